// The cheap test that decides whether a script needs ESLint at all. It must never be narrower
// than the rules' own early exits (each rule returns no visitors without these signals), so
// skipping the Linter can never change a result; test/scanner checks that on the corpora.
import { mightContainToken, mightContainTokenPiece } from '../../tokens/index.js';

const INTERCOM = /intercom/i;

export function isScriptRelevant(text: string, path: string, extraSinkModules: readonly string[] = []): boolean {
  return (
    INTERCOM.test(text) ||
    INTERCOM.test(path) ||
    mightContainToken(text) ||
    mightContainTokenPiece(text) ||
    extraSinkModules.some((module) => module.length > 0 && text.includes(module))
  );
}
