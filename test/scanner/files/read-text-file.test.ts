import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeText, DEFAULT_MAX_FILE_SIZE, readTextFile, type ReadResult } from '../../../src/scanner/files/read-text-file.js';
import { generateToken } from '../../support/generate-token.js';
import { hasMkfifo } from '../support/has-mkfifo.js';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'read-text-file-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const options = { maxBytes: DEFAULT_MAX_FILE_SIZE };

async function read(name: string, content: Uint8Array | string, maxBytes = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult> {
  writeFileSync(join(root, name), content);
  return readTextFile(join(root, name), name, { maxBytes });
}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

describe('readTextFile', () => {
  it('reads UTF-8 and keeps CRLF so offsets stay true', async () => {
    const token = generateToken();
    const text = `const a = 1;\r\nconst t = "${token}";\r\n`;
    const result = await read('a.ts', text);
    expect(result).toEqual({ ok: true, text, bytes: Buffer.byteLength(text), encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM', async () => {
    const result = await read('bom.ts', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('é = 1')]));
    expect(result).toMatchObject({ ok: true, text: 'é = 1', encoding: 'utf-8-bom', bytes: 9 });
  });

  it('decodes UTF-16 LE and BE with a BOM (despite their NUL bytes)', async () => {
    const text = 'const key = "x";\r\n名前 🎉';
    expect(await read('le.ts', utf16(text, 'le'))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(await read('be.ts', utf16(text, 'be'))).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });

  it('skips binary files (a NUL byte in the first 8000 bytes)', async () => {
    const result = await read('img.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(result).toMatchObject({ ok: false, notice: { level: 'info', code: 'binary', path: 'img.png' } });
    const late = Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]);
    expect(await read('late.txt', late)).toMatchObject({ ok: true });
  });

  it('decodes invalid UTF-8 with replacement characters and a notice', async () => {
    const token = generateToken();
    const result = await read('bad.txt', Buffer.concat([Buffer.from('a '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(` ${token}`)]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain(token);
    expect(result.text).toContain('\uFFFD');
    expect(result.notice).toMatchObject({ level: 'info', code: 'invalid-utf8', path: 'bad.txt' });
  });

  it('refuses files over the size limit without reading them', async () => {
    const result = await read('big.txt', 'x'.repeat(2048), 1024);
    expect(result).toMatchObject({ ok: false, notice: { level: 'warning', code: 'too-large', path: 'big.txt' } });
    if (!result.ok) expect(result.notice.message).toBe('Skipped big.txt: 2.0 KiB is over the 1.0 KiB limit (--max-file-size)');
    expect(await read('edge.txt', 'x'.repeat(1024), 1024)).toMatchObject({ ok: true, bytes: 1024 });
  });

  it('reads an empty file', async () => {
    expect(await read('empty.ts', '')).toEqual({ ok: true, text: '', bytes: 0, encoding: 'utf-8' });
  });

  it('reads names with spaces and unicode', async () => {
    expect(await read('my fïlé 名前.ts', 'x')).toMatchObject({ ok: true, text: 'x' });
  });

  it('turns errors into one-line notices instead of throwing', async () => {
    const missing = await readTextFile(join(root, 'gone.ts'), 'gone.ts', options);
    expect(missing).toMatchObject({ ok: false, notice: { level: 'error', code: 'unreadable', path: 'gone.ts' } });
    if (!missing.ok) expect(missing.notice.message).toMatch(/^Cannot read gone\.ts: .*ENOENT/);

    mkdirSync(join(root, 'dir'));
    expect(await readTextFile(join(root, 'dir'), 'dir', options)).toMatchObject({ ok: false, notice: { code: 'unreadable' } });

    writeFileSync(join(root, 'target.ts'), 'x');
    symlinkSync(join(root, 'target.ts'), join(root, 'link.ts'));
    const link = await readTextFile(join(root, 'link.ts'), 'link.ts', options);
    expect(link).toMatchObject({ ok: false, notice: { level: 'error', code: 'unreadable' } });

    for (const result of [missing, link]) if (!result.ok) expect(result.notice.message).not.toContain('\n');
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    writeFileSync(join(root, 'secret.ts'), 'x');
    chmodSync(join(root, 'secret.ts'), 0o000);
    const result = await readTextFile(join(root, 'secret.ts'), 'secret.ts', options);
    expect(result).toMatchObject({ ok: false, notice: { code: 'unreadable', message: 'Cannot read secret.ts: permission denied (EACCES)' } });
  });

  it.skipIf(!hasMkfifo)('never blocks on a FIFO', async () => {
    execFileSync('mkfifo', [join(root, 'pipe.ts')]);
    const result = await readTextFile(join(root, 'pipe.ts'), 'pipe.ts', options);
    expect(result).toMatchObject({ ok: false, notice: { level: 'warning', code: 'not-a-file', path: 'pipe.ts' } });
  });
});

describe('decodeText', () => {
  it('is the same decoding, for staged blobs', () => {
    expect(decodeText(Buffer.from('a\r\nb'), 'x.ts')).toEqual({ ok: true, text: 'a\r\nb', bytes: 4, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), 'x.ts')).toEqual({ ok: true, text: '', bytes: 3, encoding: 'utf-8-bom' });
    expect(decodeText(new Uint8Array([0x61, 0x00]), 'x.bin')).toMatchObject({ ok: false, notice: { code: 'binary' } });
  });

  it('reports truncated or invalid UTF-16', () => {
    const odd = decodeText(Buffer.concat([utf16('ab', 'be'), Buffer.from([0x00])]), 'odd.txt');
    expect(odd).toMatchObject({ ok: true, encoding: 'utf-16be', notice: { code: 'invalid-utf16' } });
    if (odd.ok) expect(odd.text).toBe('ab\uFFFD');
    // A lone high surrogate.
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x3d, 0xd8, 0x61, 0x00]), 'lone.txt')).toMatchObject({ ok: true, text: '\uFFFDa', notice: { code: 'invalid-utf16' } });
  });

  it('treats UTF-32 as binary rather than misreading it as UTF-16', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]), 'x.txt')).toMatchObject({ ok: false, notice: { code: 'binary' } });
  });
});

