// Text as it really is, end to end through the built binary: UTF-16 without a byte order mark,
// NUL bytes in otherwise text files, invalid UTF-8, mixed line endings, and scripts in the
// dialects people put in .js files (TypeScript, JSX, Flow). Each finding is checked at its line
// and column; real binaries are still skipped with a notice. (UTF-16 with a BOM, CRLF files, a
// script that fails to parse in the middle and the size limit: test/scanner/cli/text-decoding.)
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/scanner/report/index.js';
import { generateToken } from '../support/generate-token.js';
import { createTempTree, removeTempTrees } from '../scanner/support/create-temp-tree.js';
import { getLocations } from '../scanner/support/get-locations.js';
import { readJsonReport } from '../scanner/support/read-json-report.js';
import { runScanner } from '../scanner/support/run-scanner.js';

const utf16le = (text: string): Buffer => Buffer.from(text, 'utf16le');
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

/** `line:column` (1-based) of `needle`, with ESLint's line breaks: CRLF, LF and a lone CR. */
function getPosition(text: string, needle: string): string {
  const lines = text.slice(0, text.indexOf(needle)).split(/\r\n|\r|\n/);
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

const SOLICITATION = '<form><label>Paste your Intercom access token</label><input name="token" /></form>';
/** An Express route that sends a token from the request body to Intercom, with TypeScript annotations. */
const typedRoute = (annotation: string): string =>
  [
    "import express from 'express';",
    'const app = express();',
    `app.post('/connect', async (req${annotation}, res) => {`,
    `  const key${annotation} = req.body.token;`,
    "  await fetch('https://api.intercom.io/me', { headers: { Authorization: `Bearer ${key}` } });",
    '  res.end();',
    '});',
    '',
  ].join('\n');

/** A small PNG: signature, header, a text chunk holding `text`, compressed noise as image data. */
function createPng(text: string): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const header = Buffer.from([0, 0, 0, 16, 0, 0, 0, 16, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1')),
    chunk('IDAT', deflateSync(randomBytes(768))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The first bytes of the running Node binary (ELF, Mach-O or PE), with `text` after them. */
function createExecutable(text: string): Buffer {
  const head = Buffer.alloc(16 * 1024);
  const fd = openSync(process.execPath, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return Buffer.concat([head, Buffer.from(`\0${text}\0`)]);
}

let report: JsonReport;
const expected: string[] = [];

beforeAll(() => {
  const files: Record<string, string | Buffer> = {};
  /** A text file holding a token; its expected finding is recorded at the token's position. */
  const add = (path: string, text: (token: string) => string, encode: (text: string) => string | Buffer = (t) => t, rule = 'no-hardcoded-token'): void => {
    const token = generateToken();
    const content = text(token);
    files[path] = encode(content);
    expected.push(`${path}:${getPosition(content, token)} ${rule}`);
  };
  /** A script whose expected finding is the line holding `marker`, at the first non-blank column. */
  const addRule = (path: string, text: string, marker: string, rule: string, encode: (text: string) => string | Buffer = (t) => t): void => {
    files[path] = encode(text);
    const line = text.split(/\r\n|\r|\n/).findIndex((l) => l.includes(marker)) + 1;
    expected.push(`${path}:${line}:* ${rule}`);
  };

  // UTF-16 without a BOM, both byte orders, text and scripts (rules run on the decoded text).
  add('utf16/no-bom-le.txt', (t) => `exported settings\r\n\r\nintercom_token=${t}\r\n`, utf16le);
  add('utf16/no-bom-be.ts', (t) => `// config\nexport const token = '${t}';\n`, utf16be);
  add('utf16/no-bom-le-names.yaml', (t) => `名前: テスト 🎉\nintercom:\n  token: ${t}\n`, utf16le);
  addRule('utf16/no-bom-le-form.jsx', `export const Connect = () => (\n  ${SOLICITATION}\n);\n`, 'Paste', 'no-token-solicitation', utf16le);

  // NUL bytes in otherwise text files: nothing is lost to a stray NUL.
  add('nul/after-statement.js', (t) => `const a = 1;\0\nconst token = '${t}';\n`);
  add('nul/separated.log', (t) => `job started\0job step one\0INTERCOM_TOKEN=${t}\0job done\n`);
  addRule('nul/in-string.jsx', `const separator = "a\0b";\nexport const Connect = () => (\n  ${SOLICITATION}\n);\n`, 'Paste', 'no-token-solicitation');

  // Invalid UTF-8 around a token.
  files['invalid/latin1.txt'] = Buffer.concat([Buffer.from('caf\xe9 cr\xe8me\n', 'latin1'), Buffer.from([0xc3, 0x28, 0xff, 0x0a])]);
  add('invalid/token.txt', (t) => `line one\nline two ${t}\n`, (text) => Buffer.concat([Buffer.from([0xfe, 0x80, 0x0a]), Buffer.from(text)]));
  expected[expected.length - 1] = expected.at(-1)!.replace(/:(\d+):/, (_, line: string) => `:${Number(line) + 1}:`);

  // Mixed line endings in one file: CRLF, LF and a lone CR (old Mac) all end a line.
  add('endings/mixed.txt', (t) => `one\r\ntwo\nthree\rfour\r\n\rtoken ${t}\n`);
  add('endings/mixed.js', (t) => `const a = 1;\r\nconst b = 2;\rconst c = 3;\n\r\nexport const token = '${t}';\r`);
  add('endings/mixed.md', (t) => `# Setup\r\rSome text.\nMore text.\r\n\`${t}\`\n`);
  addRule('endings/mixed-form.jsx', `const a = 1;\rconst b = 2;\r\nexport const Connect = () => (\n  ${SOLICITATION}\r);\n`, 'Paste', 'no-token-solicitation');

  // TypeScript, JSX and Flow annotations in .js files: the rules run, not only the token search.
  addRule('dialects/typed-route.js', typedRoute(': any'), 'fetch(', 'no-user-supplied-token');
  addRule('dialects/jsx-form.js', `export function Connect() {\n  return ${SOLICITATION};\n}\n`, 'Paste', 'no-token-solicitation');
  addRule('dialects/typed-form.js', `interface Props { label: string }\nexport function Connect(props: Props) {\n  return ${SOLICITATION};\n}\n`, 'Paste', 'no-token-solicitation');
  addRule(
    'dialects/flow-common.js',
    `// @flow\nimport type { Node } from 'react';\ntype Props = { label: string };\nexport function Connect(props: Props): Node {\n  return ${SOLICITATION};\n}\n`,
    'Paste',
    'no-token-solicitation',
  );

  // Real binaries stay skipped, with a notice, even with a token in their bytes.
  files['binary/logo.png'] = createPng(`token ${generateToken()}`);
  files['binary/archive.gz'] = Buffer.concat([gzipSync(randomBytes(2048)), Buffer.from(generateToken())]);
  files['binary/program'] = createExecutable(generateToken());
  files['binary/noise.bin'] = Buffer.concat([randomBytes(4096), Buffer.alloc(64), Buffer.from(generateToken())]);

  const tree = createTempTree(files);
  expected.sort();
  const result = runScanner(['--format', 'json', '--no-config'], { cwd: tree.root });
  expect(result.code, result.stderr).toBe(1);
  report = readJsonReport(result);
});

afterAll(removeTempTrees);

/** The report's findings, with the column of rule findings (not tokens) replaced by `*`. */
const getFound = (): string[] =>
  getLocations(report.findings)
    .map((location) => (location.endsWith(' no-hardcoded-token') ? location : location.replace(/:\d+ /, ':* ')))
    .sort();

describe('text as it really is', () => {
  it('finds every token and rule finding at its line and column, whatever the encoding, NULs or line endings', () => {
    expect(getFound()).toEqual(expected);
  });

  it('decodes UTF-16 without a BOM instead of calling it binary', () => {
    const utf16Notices = report.notices.filter((notice) => notice.path?.startsWith('utf16/'));
    expect(utf16Notices).toEqual([]);
  });

  it('reads a text file with NUL bytes as text, with a notice', () => {
    const nul = report.notices.filter((notice) => notice.path?.startsWith('nul/') && notice.code === 'nul-bytes').map((notice) => notice.path);
    expect(nul.sort()).toEqual(['nul/after-statement.js', 'nul/in-string.jsx', 'nul/separated.log']);
  });

  it('reads invalid UTF-8 with a notice', () => {
    const invalid = report.notices.filter((notice) => notice.code === 'invalid-utf8').map((notice) => notice.path);
    expect(invalid.sort()).toEqual(['invalid/latin1.txt', 'invalid/token.txt']);
  });

  it('lints TypeScript, JSX and Flow annotations in .js files without falling back to text', () => {
    expect(report.notices.filter((notice) => notice.path?.startsWith('dialects/'))).toEqual([]);
  });

  it('still skips real binaries, each with a notice, and reports nothing inside them', () => {
    const binary = report.notices.filter((notice) => notice.code === 'binary').map((notice) => notice.path);
    expect(binary.sort()).toEqual(['binary/archive.gz', 'binary/logo.png', 'binary/noise.bin', 'binary/program']);
    expect(report.findings.filter((finding) => finding.path.startsWith('binary/'))).toEqual([]);
  });

  // Known gap: Flow-only syntax (`?string`, exact objects `{| |}`, `opaque type`) is neither
  // JavaScript nor TypeScript, so both parsers fail and the file is scanned for tokens only (with a
  // parse-fallback notice): a form asking for a token there is missed. The fix belongs to
  // src/scanner/scan-text.ts (e.g. a Flow-aware parser, or blanking Flow annotations before the
  // TypeScript retry); no Flow parser is installed.
  it.fails('runs the rules on Flow-only syntax', () => {
    const tree = createTempTree({
      'flow-only.js': `// @flow\ntype Props = {| label: ?string |};\nexport function Connect(props: Props) {\n  return ${SOLICITATION};\n}\n`,
    });
    const result = runScanner(['--format', 'json', '--no-config'], { cwd: tree.root });
    const flow = readJsonReport(result);
    expect(getLocations(flow.findings).map((location) => location.replace(/:\d+ /, ':* '))).toEqual(['flow-only.js:4:* no-token-solicitation']);
  });
});
