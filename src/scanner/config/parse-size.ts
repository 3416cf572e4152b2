// Sizes for maxFileSize and --max-file-size: '64MB', '64M', '512k', '1.5 MiB', '1000' (bytes).
// Every unit is a power of 1024 however it is spelled, as in most CLIs' size flags.
import { UsageError } from '../usage-error.js';
import { getQuotedText } from './get-quoted-text.js';

const POWERS: Readonly<Record<string, number>> = { '': 0, k: 1, m: 2, g: 3, t: 4 };

// Digits, fraction, spaces and letters are disjoint classes with bounded counts: linear.
const SIZE = /^([0-9]{1,16}(?:\.[0-9]{1,16})?|\.[0-9]{1,16}) {0,3}([kmgt]?)(i?)(b?)$/;

/** A size in bytes: a positive safe integer, fractions rounded down. Throws UsageError otherwise. */
export function parseSize(text: string): number {
  const match = text.length <= 64 ? SIZE.exec(text.trim().toLowerCase()) : null;
  // "iB" needs a prefix: "1.5 MiB" is a size, "5 iB" is not.
  if (match === null || (match[3] === 'i' && (match[2] === '' || match[4] === ''))) {
    throw new UsageError(`invalid size ${getQuotedText(text)}: expected a number of bytes or a size such as "64MB", "512k" or "1.5 MiB"`);
  }
  const bytes = Math.floor(Number(match[1]) * 1024 ** POWERS[match[2]!]!);
  if (bytes < 1 || !Number.isSafeInteger(bytes)) throw new UsageError(`invalid size ${getQuotedText(text)}: expected at least 1 byte and less than 8 PiB`);
  return bytes;
}
