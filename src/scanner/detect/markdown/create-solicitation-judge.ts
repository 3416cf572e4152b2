// The copy classifier as a Markdown page uses it: with a budget and a memo.
import { findSolicitationCandidate, type SolicitationCandidate } from '../../../copy/index.js';

// How much copy one page may send through the copy classifier, which costs microseconds a
// character on dense credential talk. Real pages use a small part of it; a hostile page (20 MB
// of "paste your access token") stops being judged there instead of taking minutes.
const JUDGE_BUDGET = 250_000;
// Longer copy is not remembered: it is rarely repeated, and the key would cost memory.
const MEMO_KEY_LENGTH = 2_000;

export type SolicitationJudge = (text: string, allowLabel: boolean, allowPlaceholder: boolean) => SolicitationCandidate | null;

/**
 * The copy classifier with a budget and a memo: identical copy (repeated steps, a pasted block)
 * is judged once, and once the budget is spent nothing more is.
 */
export function createSolicitationJudge(additionalNouns: readonly string[]): SolicitationJudge {
  const memo = new Map<string, SolicitationCandidate | null>();
  let budget = JUDGE_BUDGET;
  return (text, allowLabel, allowPlaceholder) => {
    const key = `${allowLabel ? 'l' : '-'}${allowPlaceholder ? 'p' : '-'}${text}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (budget <= 0) return null;
    budget -= text.length;
    const found = findSolicitationCandidate(text, { allowLabel, allowPlaceholder, additionalNouns });
    if (text.length <= MEMO_KEY_LENGTH) memo.set(key, found);
    return found;
  };
}
