// decodeText's guesses for files without a byte order mark that hold NUL bytes: UTF-16 is
// decoded, text with a few NULs is read, binary data is skipped. Each case names the mistake it
// guards against.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/scanner/files/decode-text.js';
import { generateToken } from '../support/generate-token.js';

const utf16le = (text: string): Buffer => Buffer.from(text, 'utf16le');
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

describe('decodeText: UTF-16 without a BOM', () => {
  const text = `# exported settings\r\nname = "Café 名前 🎉"\r\ntoken = "${generateToken()}"\r\n`;

  it('decodes both byte orders exactly', () => {
    expect(decodeText(utf16le(text), 'le.txt')).toEqual({ ok: true, text, bytes: text.length * 2, encoding: 'utf-16le' });
    expect(decodeText(utf16be(text), 'be.txt')).toEqual({ ok: true, text, bytes: text.length * 2, encoding: 'utf-16be' });
  });

  it('still recognises it when the 8000-byte sample ends inside a surrogate pair', () => {
    // 3999 code units, then an emoji whose high surrogate is the sample's last unit.
    const long = `${'a'.repeat(3999)}🎉 ${generateToken()}`;
    expect(decodeText(utf16le(long), 'long.txt')).toMatchObject({ ok: true, text: long, encoding: 'utf-16le' });
  });

  it('reads mostly non-Latin text, as long as the NULs all fall on one side', () => {
    const russian = `Настройки интеграции: ключ = ${generateToken()}\n`;
    expect(decodeText(utf16le(russian), 'ru.txt')).toMatchObject({ ok: true, text: russian, encoding: 'utf-16le' });
  });

  it('does not take a short sample or 16-bit binary data for UTF-16', () => {
    expect(decodeText(utf16le('ab'), 'short.bin')).toMatchObject({ ok: false, notice: { code: 'binary' } });
    // A table of small 16-bit numbers: NUL high bytes like UTF-16 text, but control characters.
    const table = Buffer.from(Uint16Array.from({ length: 512 }, (_, index) => index % 256).buffer);
    expect(decodeText(table, 'table.bin')).toMatchObject({ ok: false, notice: { code: 'binary' } });
    // UTF-32: NULs on both sides.
    expect(decodeText(Buffer.from('abcdefghijklmnop'.split('').flatMap((c) => [c.charCodeAt(0), 0, 0, 0])), 'utf32.txt')).toMatchObject({ ok: false, notice: { code: 'binary' } });
  });

  it('rejects UTF-16-looking data with broken surrogate pairs', () => {
    const units = Uint16Array.from({ length: 64 }, (_, index) => (index % 8 === 0 ? 0xdc00 : 0x61));
    expect(decodeText(Buffer.from(units.buffer), 'pairs.bin')).toMatchObject({ ok: false, notice: { code: 'binary' } });
  });
});

describe('decodeText: NUL bytes in text', () => {
  it('reads a text file with a few NUL bytes, keeping every character in place, with a notice', () => {
    const token = generateToken();
    const text = `const a = 1;\0\nconst b = "x\0y";\nconst token = '${token}';\n`;
    const result = decodeText(Buffer.from(text), 'a.js');
    expect(result).toEqual({
      ok: true,
      text,
      bytes: text.length,
      encoding: 'utf-8',
      notice: { level: 'info', code: 'nul-bytes', path: 'a.js', message: 'a.js holds NUL bytes but is mostly text: read as text' },
    });
  });

  it('reads NUL-separated records (find -print0, xargs -0 lists)', () => {
    const list = Array.from({ length: 40 }, (_, index) => `src/components/file-${index}.ts`).join('\0');
    expect(decodeText(Buffer.from(`${list}\0`), 'files.txt')).toMatchObject({ ok: true, notice: { code: 'nul-bytes' } });
  });

  it('names invalid UTF-8 rather than the NULs when a file has both, and still reads it', () => {
    const result = decodeText(Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' au lait\0 and more text here\n')]), 'mixed.txt');
    expect(result).toMatchObject({ ok: true, notice: { code: 'invalid-utf8' } });
  });

  it('skips data that is mostly NULs or control bytes', () => {
    const sparse = Buffer.concat(Array.from({ length: 100 }, () => Buffer.from('ab\0\0\0\0\0\0')));
    expect(decodeText(sparse, 'sparse.bin')).toMatchObject({ ok: false, notice: { code: 'binary' } });
    expect(decodeText(Buffer.concat([randomBytes(2000), Buffer.alloc(8)]), 'noise.bin')).toMatchObject({ ok: false, notice: { code: 'binary' } });
  });

  it('skips files with a binary signature even when the rest is printable', () => {
    const printable = Buffer.from(`\0${'a printable comment '.repeat(50)}`);
    const signatures: Record<string, number[]> = {
      png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      gzip: [0x1f, 0x8b, 0x08, 0x00],
      zip: [0x50, 0x4b, 0x03, 0x04],
      elf: [0x7f, 0x45, 0x4c, 0x46],
      wasm: [0x00, 0x61, 0x73, 0x6d],
      class: [0xca, 0xfe, 0xba, 0xbe],
    };
    for (const [name, signature] of Object.entries(signatures)) {
      expect(decodeText(Buffer.concat([Buffer.from(signature), printable]), `file.${name}`), name).toMatchObject({ ok: false, notice: { code: 'binary' } });
    }
    // Without a NUL, a signature-like start is just text.
    expect(decodeText(Buffer.from('MZ is a file format, says this text.'), 'mz.txt')).toMatchObject({ ok: true });
  });
});
