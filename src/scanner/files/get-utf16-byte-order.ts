// UTF-16 without a byte order mark, as some Windows tools and exporters write it. Text in the
// Latin range has a NUL high byte in nearly every code unit, always on the same side, and tokens
// are ASCII, so a file that can hold a token looks like that. The guess is confirmed on the
// sample: whole surrogate pairs and hardly any control characters, which rules out tables of
// 16-bit numbers and other binary data.

/** Fewer bytes than this are too ambiguous to call UTF-16 (`a\0` is as likely binary). */
const MIN_SAMPLE_BYTES = 16;
/** At least this share of code units has a NUL high byte: Latin-range letters, digits, punctuation. */
const MIN_NUL_SIDE = 0.2;
/** At most this share has a NUL low byte (U+0100, U+0200, … are rare in text). */
const MAX_OTHER_SIDE = 0.02;
const MAX_CONTROL_UNITS = 0.02;

export function getUtf16ByteOrder(sample: Uint8Array): 'le' | 'be' | undefined {
  const units = sample.length >> 1;
  if (units * 2 < MIN_SAMPLE_BYTES) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < units * 2; index += 2) {
    if (sample[index] === 0) evenNul++;
    if (sample[index + 1] === 0) oddNul++;
  }
  const isOneSided = (nulSide: number, otherSide: number) => nulSide >= units * MIN_NUL_SIDE && otherSide <= units * MAX_OTHER_SIDE;
  const order = isOneSided(oddNul, evenNul) ? 'le' : isOneSided(evenNul, oddNul) ? 'be' : undefined;
  return order !== undefined && looksLikeText(sample.subarray(0, units * 2), order) ? order : undefined;
}

function looksLikeText(body: Uint8Array, order: 'le' | 'be'): boolean {
  const units = body.length >> 1;
  let controls = 0;
  let expectLow = false;
  for (let index = 0; index < units; index++) {
    const first = body[index * 2]!;
    const second = body[index * 2 + 1]!;
    const unit = order === 'le' ? first | (second << 8) : (first << 8) | second;
    const isHighSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    const isLowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
    // Pairs must be whole; only the sample's last unit may be half of one (the sample was cut).
    if (expectLow !== isLowSurrogate) return false;
    expectLow = isHighSurrogate;
    // Tab, line feed, vertical tab, form feed, carriage return and escape (coloured logs) are text.
    if ((unit < 0x20 && !(unit >= 0x09 && unit <= 0x0d) && unit !== 0x1b) || unit === 0x7f) controls++;
  }
  return controls <= units * MAX_CONTROL_UNITS;
}
