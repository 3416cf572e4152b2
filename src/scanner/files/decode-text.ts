// Bytes to text the way the scanner needs it: a BOM picks UTF-8 or UTF-16 (checked first, since
// UTF-16 text is full of NUL bytes). Without one, a file whose first 8000 bytes hold no NUL is
// UTF-8; one that holds NULs is UTF-16 when they fall on one side of every code unit, binary when
// it has a binary signature or too many non-text bytes, and otherwise text with a few stray NULs
// (read, with a notice: nothing is lost to one NUL). Invalid UTF-8 is read with replacement
// characters so tokens in the valid parts are still found. Line endings are kept: offsets stay true.
import { isUtf8 } from 'node:buffer';
import type { Notice } from '../types.js';
import { getUtf16ByteOrder } from './get-utf16-byte-order.js';
import { isBinarySample } from './is-binary-sample.js';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export type ReadResult =
  | {
      ok: true;
      text: string;
      /** Size of the file (or blob) in bytes, BOM included. */
      bytes: number;
      encoding: TextEncodingName;
      /** Set when the text was decoded with replacement characters (`invalid-utf8`, `invalid-utf16`) or holds NUL bytes (`nul-bytes`). */
      notice?: Notice;
    }
  | { ok: false; notice: Notice };

const BINARY_PROBE_BYTES = 8000;

export function decodeText(buffer: Uint8Array, displayPath: string): ReadResult {
  const bytes = buffer.length;
  const b0 = buffer[0];
  const b1 = buffer[1];
  if (b0 === 0xef && b1 === 0xbb && buffer[2] === 0xbf) return decodeUtf8(buffer.subarray(3), bytes, 'utf-8-bom', displayPath);
  // FF FE 00 00 is the UTF-32 LE mark: left to the binary test below.
  if (b0 === 0xff && b1 === 0xfe && !(buffer[2] === 0 && buffer[3] === 0)) return decodeUtf16(buffer.subarray(2), bytes, 'utf-16le', displayPath);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(swapBytes(buffer.subarray(2)), bytes, 'utf-16be', displayPath);
  const sample = buffer.subarray(0, BINARY_PROBE_BYTES);
  if (sample.includes(0)) {
    const order = getUtf16ByteOrder(sample);
    if (order === 'le') return decodeUtf16(buffer, bytes, 'utf-16le', displayPath);
    if (order === 'be') return decodeUtf16(swapBytes(buffer), bytes, 'utf-16be', displayPath);
  }
  return decodeUtf8(buffer, bytes, 'utf-8', displayPath);
}

function decodeUtf8(body: Uint8Array, bytes: number, encoding: 'utf-8' | 'utf-8-bom', displayPath: string): ReadResult {
  const sample = body.subarray(0, BINARY_PROBE_BYTES);
  const hasNul = sample.includes(0);
  if (hasNul && isBinarySample(sample)) {
    return { ok: false, notice: { level: 'info', code: 'binary', path: displayPath, message: `Skipped ${displayPath}: binary file` } };
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.length).toString('utf8');
  if (!isUtf8(body)) {
    const notice: Notice = { level: 'info', code: 'invalid-utf8', path: displayPath, message: `${displayPath} is not valid UTF-8: invalid bytes were read as U+FFFD` };
    return { ok: true, text, bytes, encoding, notice };
  }
  if (!hasNul) return { ok: true, text, bytes, encoding };
  const notice: Notice = { level: 'info', code: 'nul-bytes', path: displayPath, message: `${displayPath} holds NUL bytes but is mostly text: read as text` };
  return { ok: true, text, bytes, encoding, notice };
}

function decodeUtf16(body: Uint8Array, bytes: number, encoding: 'utf-16le' | 'utf-16be', displayPath: string): ReadResult {
  try {
    return { ok: true, text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(body), bytes, encoding };
  } catch {
    const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(body);
    const notice: Notice = { level: 'info', code: 'invalid-utf16', path: displayPath, message: `${displayPath} is not valid ${encoding.toUpperCase()}: invalid code units were read as U+FFFD` };
    return { ok: true, text, bytes, encoding, notice };
  }
}

// Big-endian to little-endian in a copy (TextDecoder's 'utf-16be' needs full ICU); an odd last
// byte is kept so the decoder reports the truncation.
function swapBytes(body: Uint8Array): Uint8Array {
  const copy = Buffer.from(body);
  const even = copy.length - (copy.length % 2);
  copy.subarray(0, even).swap16();
  return copy;
}
