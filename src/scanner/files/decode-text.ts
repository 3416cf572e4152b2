// Bytes to text the way the scanner needs it: a BOM picks UTF-8 or UTF-16 (checked first, since
// UTF-16 text is full of NUL bytes); otherwise a NUL byte in the first 8000 bytes means binary,
// as git decides; everything else is UTF-8, with replacement characters for invalid sequences
// so tokens in the valid parts are still found. Line endings are kept: offsets stay true.
import { isUtf8 } from 'node:buffer';
import type { Notice } from '../types.js';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export type ReadResult =
  | {
      ok: true;
      text: string;
      /** Size of the file (or blob) in bytes, BOM included. */
      bytes: number;
      encoding: TextEncodingName;
      /** Set when the text was decoded with replacement characters (`invalid-utf8`, `invalid-utf16`). */
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
  return decodeUtf8(buffer, bytes, 'utf-8', displayPath);
}

function decodeUtf8(body: Uint8Array, bytes: number, encoding: 'utf-8' | 'utf-8-bom', displayPath: string): ReadResult {
  if (body.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    return { ok: false, notice: { level: 'info', code: 'binary', path: displayPath, message: `Skipped ${displayPath}: binary file` } };
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.length).toString('utf8');
  if (isUtf8(body)) return { ok: true, text, bytes, encoding };
  const notice: Notice = { level: 'info', code: 'invalid-utf8', path: displayPath, message: `${displayPath} is not valid UTF-8: invalid bytes were read as U+FFFD` };
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
