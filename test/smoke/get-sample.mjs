// A fixed spread of the sorted list (every k-th file) plus every file that gets past the rules'
// cheap early exits on its own (mentions Intercom or a token prefix): those exercise the most code.
// Files over 1 MB are left out: one bundle would cost more than the rest of a sample together,
// and the scanner itself only scans them as text (the full run still lints them).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mightContainToken, mightContainTokenPiece } from '../../dist/src/tokens/index.js';

export const MAX_SAMPLED_BYTES = 1_000_000;

const INTERCOM = /intercom/i;

export function isInteresting(text, path) {
  return INTERCOM.test(path) || INTERCOM.test(text) || mightContainToken(text) || mightContainTokenPiece(text);
}

/** About `size` files of `files` (sorted), evenly spread, plus the interesting ones; sorted. */
export function getSample(files, size, root) {
  const candidates = files.filter((path) => statSync(join(root, path)).size <= MAX_SAMPLED_BYTES);
  if (size >= candidates.length) return candidates;
  const step = candidates.length / size;
  const chosen = new Set();
  for (let index = 0; index < size; index++) chosen.add(candidates[Math.floor(index * step)]);
  for (const path of candidates) {
    if (!chosen.has(path) && isInteresting(readFileSync(join(root, path), 'utf8'), path)) chosen.add(path);
  }
  return candidates.filter((path) => chosen.has(path));
}
