// Where in a block of copy the request is: the first sentence that asks on its own, so a long
// paragraph is reported on the line of its request rather than the line it starts on.
import type { SolicitationJudge } from './create-solicitation-judge.js';

const SENTENCE = /[^.!?。！？]+[.!?。！？]*/g;

/** `[start, end)` of the copy without surrounding whitespace. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return [start, end];
}

/** The first sentence of a request that is a request on its own; else the whole copy. */
export function findRequestSentence(text: string, quick: RegExp, judge: SolicitationJudge): [number, number] {
  for (const match of text.matchAll(SENTENCE)) {
    if (!quick.test(match[0])) continue;
    if (judge(match[0], false, false)?.kind === 'request') return trimRange(text, match.index, match.index + match[0].length);
  }
  return trimRange(text, 0, text.length);
}
