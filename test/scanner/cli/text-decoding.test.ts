// Files as they really are: binary files skipped with a notice, BOMs, UTF-16 in both byte orders,
// CRLF line endings, oversized files, scripts that do not parse and a 2 MB minified line. Every
// finding is checked at its exact line and column.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../../src/scanner/report/index.js';
import { generateToken } from '../../support/generate-token.js';
import { createTempTree, removeTempTrees, type TempTree } from '../support/create-temp-tree.js';
import { getLocations } from '../support/get-locations.js';
import { readJsonReport } from '../support/read-json-report.js';
import { runScanner } from '../support/run-scanner.js';

const PNG_HEADER = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

const utf16le = (text: string): Buffer => Buffer.from(`\ufeff${text}`, 'utf16le');
const utf16be = (text: string): Buffer => utf16le(text).swap16();

/** `line:column` (1-based) of `needle` in `text`, counting \r\n and \n as line breaks. */
function getPosition(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle));
  const lines = before.split(/\r\n|\n/);
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

let tree: TempTree;
let report: JsonReport;
const expected: string[] = [];

beforeAll(() => {
  const files: Record<string, string> = {};
  const add = (path: string, text: (token: string) => string): string => {
    const token = generateToken();
    files[path] = text(token);
    expected.push(`${path}:${getPosition(files[path]!, token)} no-hardcoded-token`);
    return token;
  };
  add('bom.ts', (t) => `// saved with a BOM\nexport const token = '${t}';\n`);
  add('utf16-le.ts', (t) => `// UTF-16 LE\nexport const token = '${t}';\n`);
  add('utf16-be.txt', (t) => `UTF-16 BE\n\ntoken: ${t}\n`);
  add('crlf.yaml', (t) => `a: 1\r\nb: 2\r\nintercom:\r\n  token: ${t}\r\n`);
  add('crlf.js', (t) => `const a = 1;\r\n\r\nexport const token = '${t}';\r\n`);
  add('broken.js', (t) => `const ok = 1;\nconst broken = {;\nconst token = '${t}';\n`);
  // An inlined asset and a config object on one 2 MB line, the token at its very end.
  add('bundle.min.js', (t) => `!function(){var d="${'QUJDRA'.repeat(350_000)}";window.__cfg={token:"${t}"}}();`);
  tree = createTempTree({
    ...files,
    'bom.ts': `\ufeff${files['bom.ts']}`,
    'utf16-le.ts': utf16le(files['utf16-le.ts']!),
    'utf16-be.txt': utf16be(files['utf16-be.txt']!),
    'logo.png': Buffer.concat([PNG_HEADER, Buffer.from(`\0tEXt token ${generateToken()}`)]),
  });
  expected.sort();
  const result = runScanner(['--format', 'json'], { cwd: tree.root });
  expect(result.code, result.stderr).toBe(1);
  report = readJsonReport(result);
});

afterAll(removeTempTrees);

describe('text as it is', () => {
  it('finds tokens at the right line and column whatever the encoding and line endings', () => {
    expect(getLocations(report.findings, ['no-hardcoded-token']).sort()).toEqual(expected);
    expect(expected.find((e) => e.startsWith('bundle.min.js'))).toMatch(/:1:2100\d{3} /);
  });

  it('skips a binary file with a notice instead of reporting it', () => {
    expect(report.findings.some((f) => f.path === 'logo.png')).toBe(false);
    expect(report.notices).toContainEqual(expect.objectContaining({ code: 'binary', path: 'logo.png' }));
  });

  it('falls back to text for a script that does not parse, and says so', () => {
    expect(report.notices).toContainEqual(expect.objectContaining({ level: 'warning', code: 'parse-fallback', path: 'broken.js' }));
    expect(report.notices.filter((n) => n.code === 'parse-fallback').map((n) => n.path)).toEqual(['broken.js']);
  });

  it('skips files over --max-file-size with a notice naming them, findings elsewhere still exit 1', () => {
    const result = runScanner(['--max-file-size', '1k'], { cwd: tree.root });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^ {2}bundle\.min\.js +Skipped bundle\.min\.js: .* \(--max-file-size\) +too-large$/m);
    // Stylish shows the binary notice too, and still the findings of the small files.
    expect(result.stdout).toMatch(/^ {2}logo\.png +Skipped logo\.png: binary file +binary$/m);
    expect(result.stdout).toContain('crlf.yaml');
    expect(result.stdout).not.toMatch(/^bundle\.min\.js$/m);
  });
});
