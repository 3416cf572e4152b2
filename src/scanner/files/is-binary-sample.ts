// Whether the first bytes of a file that holds NUL bytes are binary data. One NUL is not enough
// (git's rule): a log, a dump or a source file with a stray NUL is still text, and a token in it
// must not be lost. Binary formats are recognised by their signature, or by how much of the
// sample is NULs, other control bytes and byte sequences that are not UTF-8.
import { hasBinarySignature } from './has-binary-signature.js';

/** Text rarely has more than this share of such bytes; compressed or machine data has far more. */
const MAX_NON_TEXT_SHARE = 0.1;

export function isBinarySample(sample: Uint8Array): boolean {
  if (hasBinarySignature(sample)) return true;
  let nonText = 0;
  for (const byte of sample) {
    // Tab, line feed, vertical tab, form feed, carriage return and escape are text.
    if ((byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b) || byte === 0x7f) nonText++;
  }
  // Each byte that is not part of a valid UTF-8 sequence decodes to one U+FFFD (a sequence cut
  // off at the end of the sample adds one, which does not matter at this scale).
  const decoded = Buffer.from(sample.buffer, sample.byteOffset, sample.length).toString('utf8');
  for (let index = decoded.indexOf('\uFFFD'); index !== -1; index = decoded.indexOf('\uFFFD', index + 1)) nonText++;
  return nonText > sample.length * MAX_NON_TEXT_SHARE;
}
