// Finds the words that tell who a piece of a page is written for: a developer configuring their
// own deployment, or an end user clicking through an app. One pass over the text.
import { scanDeveloperSigns } from './scan-developer-signs.js';
import { createPhraseCounter } from './create-phrase-counter.js';
import { DEVELOPER_HEADINGS, DEVELOPER_PHRASES, SETUP_PHRASES, USER_INTERFACE_PHRASES } from './markdown-audience-words.js';

export interface AudienceEvidence {
  /** Everything that addresses a developer, `setup` included. */
  developer: number;
  /** Pointers at where a developer keeps their own token: env vars, config files, secrets, flags. */
  setup: number;
  user: number;
}

export type EvidenceKind = 'setup' | 'developer' | 'user';

const KINDS: readonly EvidenceKind[] = ['setup', 'developer', 'user'];
const PHRASES = createPhraseCounter([SETUP_PHRASES, DEVELOPER_PHRASES, USER_INTERFACE_PHRASES]);
const HEADINGS = createPhraseCounter([DEVELOPER_HEADINGS]);
// What a developer heading weighs: it says what the whole section is for.
const HEADING_WEIGHT = 3;
const ARROWS = /[→›»⇒>]/g;

const isSpace = (code: number) => code === 32 || code === 9;
const isWordy = (char: string) => char !== '' && /[\p{L}\p{N}*]/u.test(char);

/**
 * UI paths: "Settings → Integrations", "**Settings** > **Integrations**", "Settings -> API".
 * A `>` needs spaces on both sides (so a blockquote marker or a tag end is no arrow).
 */
function scanBreadcrumbs(text: string, visit: (at: number) => void): void {
  ARROWS.lastIndex = 0;
  for (let match = ARROWS.exec(text); match; match = ARROWS.exec(text)) {
    const at = match.index;
    if (match[0] !== '>') {
      visit(at);
      continue;
    }
    const arrow = text.charAt(at - 1) === '-';
    let before = arrow ? at - 2 : at - 1;
    let after = at + 1;
    const spaced = isSpace(text.charCodeAt(before)) && isSpace(text.charCodeAt(after));
    while (before >= 0 && isSpace(text.charCodeAt(before)) && at - before < 8) before -= 1;
    while (after < text.length && isSpace(text.charCodeAt(after)) && after - at < 8) after += 1;
    if ((arrow || spaced) && isWordy(text.charAt(before)) && isWordy(text.charAt(after))) visit(at);
  }
}

/** Calls `visit` for every piece of audience evidence in `text` (copy or raw Markdown), with its offset. */
export function scanAudienceEvidence(text: string, visit: (kind: EvidenceKind, at: number) => void): void {
  PHRASES.scan(text, (category, at) => visit(KINDS[category] ?? 'developer', at));
  scanDeveloperSigns(text, (at) => visit('setup', at));
  scanBreadcrumbs(text, (at) => visit('user', at));
}

/** Developer and end-user evidence in `text`. Setup evidence counts as developer evidence too. */
export function countAudienceEvidence(text: string): AudienceEvidence {
  const evidence: AudienceEvidence = { developer: 0, setup: 0, user: 0 };
  scanAudienceEvidence(text, (kind) => {
    if (kind === 'user') evidence.user += 1;
    else {
      evidence.developer += 1;
      if (kind === 'setup') evidence.setup += 1;
    }
  });
  return evidence;
}

/** Extra developer weight of a heading that opens developer material ("Installation", "Self-hosting"). */
export function getHeadingDeveloperWeight(heading: string): number {
  return (HEADINGS.count(heading)[0] ?? 0) > 0 ? HEADING_WEIGHT : 0;
}
