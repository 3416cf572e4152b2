import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSuppressions } from '../../../src/scanner/suppress/index.js';

const dir = mkdtempSync(join(tmpdir(), 'iaa-suppress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to a real file and scans what comes back, as the scanner does. */
function scanFile(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return findSuppressions(readFileSync(file, 'utf8'));
}

// One comment per syntax; `D` stands for the directive and its arguments.
const SYNTAXES: [string, string, (d: string) => string][] = [
  ['//', 'a.ts', (d) => `// ${d}`],
  ['#', 'a.py', (d) => `# ${d}`],
  ['/* */', 'a.css', (d) => `/* ${d} */`],
  ['<!-- -->', 'a.html', (d) => `<!-- ${d} -->`],
  ['-- (SQL/Lua)', 'a.sql', (d) => `-- ${d}`],
  [';', 'a.ini', (d) => `; ${d}`],
  ['%', 'a.tex', (d) => `% ${d}`],
  ['{{!-- --}}', 'a.hbs', (d) => `{{!-- ${d} --}}`],
  ['{# #}', 'a.njk', (d) => `{# ${d} #}`],
  ['<%# %>', 'a.erb', (d) => `<%# ${d} %>`],
  ["' (VB)", 'a.vb', (d) => `' ${d}`],
];

describe('findSuppressions: comment syntaxes', () => {
  it.each(SYNTAXES)('%s: next-line form applies to the following line', (_, name, comment) => {
    const text = `first\n${comment('intercom-auth-ignore-next-line -- rotated test fixture')}\nsecret line\n`;
    expect(scanFile(name, text)).toEqual({
      directives: [{ line: 2, column: text.indexOf('intercom') - 5, appliesToLine: 3, rules: 'all', reason: 'rotated test fixture' }],
      invalid: [],
    });
  });

  it.each(SYNTAXES)('%s: same-line form applies to its own line', (_, name, comment) => {
    const text = `first\nvalue = 1 ${comment('intercom-auth-ignore -- rotated test fixture')}\n`;
    const { directives, invalid } = scanFile(name, text);
    expect(invalid).toEqual([]);
    expect(directives).toMatchObject([{ line: 2, appliesToLine: 2, rules: 'all', reason: 'rotated test fixture' }]);
  });

  it.each(SYNTAXES)('%s: a rule list before the reason', (_, name, comment) => {
    const text = comment('intercom-auth-ignore no-hardcoded-token -- example token');
    expect(scanFile(name, text).directives).toMatchObject([{ rules: ['no-hardcoded-token'], reason: 'example token' }]);
  });

  it.each(SYNTAXES)('%s: no reason reports the directive and applies nothing', (_, name, comment) => {
    const { directives, invalid } = scanFile(name, comment('intercom-auth-ignore-next-line'));
    expect(directives).toEqual([]);
    expect(invalid).toMatchObject([{ rule: 'invalid-suppression', messageId: 'missingReason' }]);
  });
});

describe('findSuppressions: arguments', () => {
  it('accepts namespaced names and lists separated by commas and spaces', () => {
    const text =
      '// intercom-auth-ignore-next-line intercom-auth/no-hardcoded-token, no-token-solicitation -- docs sample\n' +
      '// intercom-auth-ignore no-user-supplied-token  no-hardcoded-token,no-hardcoded-token -- fixture\n';
    expect(findSuppressions(text).directives).toMatchObject([
      { rules: ['no-hardcoded-token', 'no-token-solicitation'], appliesToLine: 2 },
      { rules: ['no-user-supplied-token', 'no-hardcoded-token'], appliesToLine: 2 },
    ]);
  });

  it('reads the reason up to the comment end and trims it', () => {
    const reasons = [
      '/*   intercom-auth-ignore --   spaced   reason   */ more code',
      '<!-- intercom-auth-ignore -- reason-->',
      '{{!-- intercom-auth-ignore -- reason --}}',
      '<%# intercom-auth-ignore -- reason %> <%= x %>',
      '// intercom-auth-ignore --reason',
      '// intercom-auth-ignore -- reason -- with dashes',
    ].map((line) => findSuppressions(line).directives[0]?.reason);
    expect(reasons).toEqual(['spaced   reason', 'reason', 'reason', 'reason', 'reason', 'reason -- with dashes']);
  });

  it('reports a directive without a reason, with its offsets and text as key', () => {
    for (const comment of ['<!-- intercom-auth-ignore -->', '/* intercom-auth-ignore -- */', '{# intercom-auth-ignore #}', '# intercom-auth-ignore no-hardcoded-token', '// intercom-auth-ignore --   ']) {
      const text = `x = 1\n${comment}\n`;
      const { directives, invalid } = findSuppressions(text);
      expect(directives).toEqual([]);
      expect(invalid).toHaveLength(1);
      const [detection] = invalid;
      expect(detection!.messageId).toBe('missingReason');
      expect(detection!.message).toBe('This suppression comment needs a reason after " -- "; it was not applied.');
      expect(detection!.start).toBe(text.indexOf('intercom-auth-ignore'));
      expect(text.slice(detection!.start, detection!.end)).toBe(detection!.key);
      expect(detection!.key.startsWith('intercom-auth-ignore')).toBe(true);
      expect(detection!.key).not.toMatch(/-->|\*\/|#}|\s$/);
    }
  });

  // A saved report must not read as a directive when the tree holding it is scanned again.
  it('never repeats the directive itself in its messages', () => {
    for (const text of ['// intercom-auth-ignore-next-line', '# intercom-auth-ignore', '// intercom-auth-ignore no-such-rule -- why']) {
      expect(findSuppressions(text).invalid[0]!.message).not.toContain('intercom-auth-ignore');
    }
  });

  it('reports unknown rule names and does not apply the directive', () => {
    const text = '// intercom-auth-ignore-next-line no-hardcoded-tokens, intercom-auth/invalid-suppression -- typo';
    const { directives, invalid } = findSuppressions(text);
    expect(directives).toEqual([]);
    expect(invalid).toEqual([
      {
        rule: 'invalid-suppression',
        messageId: 'unknownRule',
        message:
          'This suppression comment names unknown rules "no-hardcoded-tokens", "intercom-auth/invalid-suppression" (known: no-hardcoded-token, no-user-supplied-token, no-token-solicitation); it was not applied.',
        start: 3,
        end: text.length,
        key: text.slice(3),
      },
    ]);
  });

  it('missing reason wins over unknown rules: one detection per directive', () => {
    expect(findSuppressions('# intercom-auth-ignore because tests').invalid).toMatchObject([{ messageId: 'missingReason' }]);
  });

  it('never copies a token from the directive into a message', async () => {
    const { generateToken } = await import('../../support/generate-token.js');
    const token = generateToken();
    const { invalid } = findSuppressions(`// intercom-auth-ignore ${token} -- pasted by mistake`);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.message).not.toContain(token);
    expect(invalid[0]!.message).not.toContain(token.slice(10, 40));
  });
});

describe('findSuppressions: where directives are found', () => {
  it('counts an occurrence inside a string literal too (any occurrence is a directive)', () => {
    const text = 'const s = "x"; const t = "intercom-auth-ignore -- documented in a string";\n';
    // No string syntax is known, so the reason runs to the end of the line.
    expect(findSuppressions(text).directives).toMatchObject([{ line: 1, appliesToLine: 1, reason: 'documented in a string";' }]);
  });

  it('ignores longer words that merely contain the directive', () => {
    const text = [
      '// intercom-auth-ignored -- no',
      '// my-intercom-auth-ignore -- no',
      '// xintercom-auth-ignore -- no',
      '// intercom-auth-ignore-file -- no',
      '// intercom-auth-ignore-next-lines -- no',
      '// intercom-auth-ignore_x -- no',
    ].join('\n');
    expect(findSuppressions(text)).toEqual({ directives: [], invalid: [] });
  });

  it('returns nothing at once for text without the directive', () => {
    expect(findSuppressions('// eslint-disable-next-line intercom-auth/no-hardcoded-token -- x\n')).toEqual({ directives: [], invalid: [] });
    expect(findSuppressions('')).toEqual({ directives: [], invalid: [] });
  });

  it('numbers lines across \\r\\n, \\n and lone \\r', () => {
    const crlf = 'a\r\nb\r\n// intercom-auth-ignore-next-line -- r\r\nc\r\n  // intercom-auth-ignore -- s\r\n';
    expect(scanFile('crlf.ts', crlf).directives).toMatchObject([
      { line: 3, column: 4, appliesToLine: 4, reason: 'r' },
      { line: 5, column: 6, appliesToLine: 5, reason: 's' },
    ]);
    const mixed = 'a\rb\n\r\n\r// intercom-auth-ignore -- r\rnext';
    expect(findSuppressions(mixed).directives).toMatchObject([{ line: 5, appliesToLine: 5, reason: 'r' }]);
  });

  it('reads several directives on one line separately', () => {
    const text = '/* intercom-auth-ignore -- a */ x /* intercom-auth-ignore no-hardcoded-token -- b */';
    expect(findSuppressions(text).directives).toMatchObject([
      { line: 1, rules: 'all', reason: 'a' },
      { line: 1, rules: ['no-hardcoded-token'], reason: 'b' },
    ]);
  });

  it('stays linear on a hostile single line full of directives', () => {
    const line = 'intercom-auth-ignore '.repeat(250_000) + 'x'.repeat(5_000_000);
    const started = performance.now();
    const { invalid } = findSuppressions(line);
    const elapsed = performance.now() - started;
    expect(invalid).toHaveLength(250_000);
    expect(elapsed).toBeLessThan(3000);
  });
});
