// Sizes for --max-file-size: '64MB', '64M', '512k', '1.5 MiB', '1000' (bytes). Units are
// powers of 1024 whatever the spelling, as in most CLIs' size flags.
import { UsageError } from '../usage-error.js';

const UNITS: Readonly<Record<string, number>> = {
  '': 1, b: 1,
  k: 1024, kb: 1024, kib: 1024,
  m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2,
  g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3,
};

// Digits, an optional fraction, optional spaces, letters: disjoint classes, so linear.
const SIZE = /^(\d{1,15}(?:\.\d{1,15})?) ?([a-zA-Z]{0,3})$/;

/** A size in bytes (a positive integer, fractions rounded down). Throws UsageError on anything else. */
export function parseSize(text: string): number {
  const match = SIZE.exec(text.trim());
  const unit = match === null ? undefined : UNITS[match[2]!.toLowerCase()];
  if (match === null || unit === undefined) {
    throw new UsageError(`Invalid size "${text}": use a number of bytes or a number with a unit (k, M, G), e.g. 64M, 512k, 1.5MiB`);
  }
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes < 1 || !Number.isSafeInteger(bytes)) throw new UsageError(`Invalid size "${text}": it must be at least 1 byte`);
  return bytes;
}
