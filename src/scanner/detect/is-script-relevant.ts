// The cheap test that decides whether a script needs ESLint at all: each enabled rule's own early
// exit, asked of the text first (the rules call the same functions), so skipping the Linter can
// never change a result; test/scanner checks that on the corpora. A script with a whole token
// and nothing else is left to the text detector, which reports what the rule would.
import { mayHoldSolicitation } from '../../copy/may-hold-solicitation.js';
import { getIntercomMarkers } from '../../flow/is-intercom-relevant.js';
import { mightContainTokenPiece } from '../../tokens/index.js';

export interface ScriptGateSettings {
  isEnabled(rule: 'no-hardcoded-token' | 'no-user-supplied-token' | 'no-token-solicitation'): boolean;
  additionalNouns: readonly string[];
  extraSinkModules: readonly string[];
}

// Type declarations hold no code and no copy: no value flows, no string is shown to anyone,
// no constant is joined. Their tokens are the text detector's (packages ship thousands of them).
const DECLARATION_FILE = /\.d\.[cm]?ts$/i;

/** `filename` is what the rules see as `context.filename` (solicitation reads it for context). */
export function isScriptRelevant(text: string, filename: string, settings: ScriptGateSettings): boolean {
  if (DECLARATION_FILE.test(filename)) return false;
  // Without a piece to fold, the token rule reports exactly the text detector's matches.
  if (settings.isEnabled('no-hardcoded-token') && mightContainTokenPiece(text)) return true;
  if (settings.isEnabled('no-user-supplied-token') && getIntercomMarkers(text, settings.extraSinkModules).any) return true;
  return settings.isEnabled('no-token-solicitation') && mayHoldSolicitation(text, filename, settings.additionalNouns);
}
