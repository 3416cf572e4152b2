import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, getFindingHash, readBaseline, writeBaseline } from '../../../src/scanner/baseline/index.js';
import type { Finding, RuleName } from '../../../src/scanner/types.js';
import { UsageError } from '../../../src/scanner/usage-error.js';
import { getTokenFingerprint, maskToken } from '../../../src/tokens/index.js';
import { generateToken } from '../../support/generate-token.js';

const dir = mkdtempSync(join(tmpdir(), 'iaa-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;
const nextFile = () => join(dir, `baseline-${++fileCount}.json`);

function finding(rule: RuleName | 'invalid-suppression', path: string, key: string, line: number): Finding {
  return { rule, messageId: 'm', message: `found at ${line}`, severity: 'error', path, line, column: 3, endLine: line, endColumn: 9, hash: getFindingHash(rule, path, key) };
}

describe('getFindingHash', () => {
  it('is the sha256 hex of rule, path and key separated by NUL', () => {
    const expected = createHash('sha256').update('no-hardcoded-token\0src/a.ts\0abc').digest('hex');
    expect(getFindingHash('no-hardcoded-token', 'src/a.ts', 'abc')).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any part, and separators cannot be shifted between parts', () => {
    const base = getFindingHash('r', 'a/b', 'k');
    expect(getFindingHash('r', 'a/c', 'k')).not.toBe(base);
    expect(getFindingHash('r', 'a/b', 'K')).not.toBe(base);
    expect(getFindingHash('r', 'a', 'b/k')).not.toBe(getFindingHash('r', 'a/b', 'k'));
  });
});

describe('writeBaseline / readBaseline / applyBaseline', () => {
  const token = generateToken();
  const tokenKey = getTokenFingerprint(token);

  it('writes a stable, sorted file with no lines, messages or tokens', () => {
    const findings = [
      finding('no-token-solicitation', 'src/z.vue', 'paste your access token', 40),
      finding('no-hardcoded-token', 'src/a.ts', tokenKey, 12),
      finding('no-hardcoded-token', 'src/a.ts', tokenKey, 30),
      finding('invalid-suppression', 'src/a.ts', '// intercom-auth-ignore', 2),
      finding('no-user-supplied-token', 'src/a.ts', 'req.body.token', 7),
    ];
    const file = nextFile();
    writeBaseline(file, findings);
    const text = readFileSync(file, 'utf8');
    const hash = (i: number) => findings[i]!.hash;
    const aEntries = [
      { rule: 'intercom-auth/no-hardcoded-token', path: 'src/a.ts', hash: hash(1), count: 2 },
      { rule: 'intercom-auth/no-user-supplied-token', path: 'src/a.ts', hash: hash(4) },
    ];
    expect(text).toBe(
      `${JSON.stringify(
        { version: 1, tool: 'intercom-auth-scan', findings: [...aEntries, { rule: 'intercom-auth/no-token-solicitation', path: 'src/z.vue', hash: hash(0) }] },
        null,
        2,
      )}\n`,
    );
    expect(text).not.toContain(token);
    expect(text).not.toContain(maskToken(token));
    expect(text).not.toMatch(/line|message|found at|invalid-suppression/);

    // Input order does not matter: the same findings shuffled give the same bytes.
    const again = nextFile();
    writeBaseline(again, [...findings].reverse());
    expect(readFileSync(again, 'utf8')).toBe(text);
  });

  it('round-trips, and still hides findings after an edit moves them', () => {
    const before = [finding('no-hardcoded-token', 'src/a.ts', tokenKey, 12), finding('no-token-solicitation', 'src/b.html', 'enter your api key', 3)];
    const file = nextFile();
    writeBaseline(file, before);
    const baseline = readBaseline(file);
    expect(baseline.entries).toEqual([
      { rule: 'no-hardcoded-token', path: 'src/a.ts', hash: before[0]!.hash, count: 1 },
      { rule: 'no-token-solicitation', path: 'src/b.html', hash: before[1]!.hash, count: 1 },
    ]);

    // Ten lines were added above both findings; a new token appeared beside the old one.
    const newToken = generateToken();
    const after = [
      finding('no-hardcoded-token', 'src/a.ts', tokenKey, 22),
      finding('no-hardcoded-token', 'src/a.ts', getTokenFingerprint(newToken), 23),
      finding('no-token-solicitation', 'src/b.html', 'enter your api key', 13),
    ];
    const result = applyBaseline(after, baseline);
    expect(result.baselined).toEqual([after[0], after[2]]);
    expect(result.kept).toEqual([after[1]]);
    expect(result.stale).toEqual([]);
  });

  it('brings back the findings of a renamed file (the path is part of the hash)', () => {
    const baseline = createBaseline([finding('no-hardcoded-token', 'src/old.ts', tokenKey, 1)]);
    const moved = finding('no-hardcoded-token', 'src/new.ts', tokenKey, 1);
    const result = applyBaseline([moved], baseline);
    expect(result.kept).toEqual([moved]);
    expect(result.stale).toMatchObject([{ path: 'src/old.ts', count: 1 }]);
  });

  it('reports entries that match nothing as stale', () => {
    const gone = finding('no-user-supplied-token', 'src/gone.ts', 'x', 1);
    const here = finding('no-user-supplied-token', 'src/here.ts', 'y', 1);
    const result = applyBaseline([here], createBaseline([gone, here]));
    expect(result.baselined).toEqual([here]);
    expect(result.stale).toEqual([{ rule: 'no-user-supplied-token', path: 'src/gone.ts', hash: gone.hash, count: 1 }]);
  });

  it('hides at most `count` identical findings and reports unmatched counts as stale', () => {
    const make = (line: number) => finding('no-hardcoded-token', 'src/a.ts', tokenKey, line);
    const baseline = createBaseline([make(1), make(2)]);
    expect(baseline.entries).toMatchObject([{ count: 2 }]);

    const three = applyBaseline([make(5), make(6), make(7)], baseline);
    expect(three.baselined.map((f) => f.line)).toEqual([5, 6]);
    expect(three.kept.map((f) => f.line)).toEqual([7]);
    expect(three.stale).toEqual([]);

    const one = applyBaseline([make(5)], baseline);
    expect(one.baselined).toHaveLength(1);
    expect(one.stale).toMatchObject([{ count: 1 }]);
  });

  it('adds up repeated entries of a hand-merged file', () => {
    const f = finding('no-hardcoded-token', 'src/a.ts', tokenKey, 1);
    const file = nextFile();
    const entry = { rule: 'intercom-auth/no-hardcoded-token', path: 'src/a.ts', hash: f.hash.toUpperCase() };
    writeFileSync(file, JSON.stringify({ version: 1, tool: 'intercom-auth-scan', findings: [entry, { ...entry, count: 2 }] }));
    const baseline = readBaseline(file);
    expect(baseline.entries).toEqual([{ rule: 'no-hardcoded-token', path: 'src/a.ts', hash: f.hash, count: 3 }]);
    expect(applyBaseline([f, f, f, f], baseline).kept).toHaveLength(1);
  });

  it('never matches invalid-suppression findings', () => {
    const meta = finding('invalid-suppression', 'src/a.ts', 'k', 1);
    expect(createBaseline([meta]).entries).toEqual([]);
    expect(applyBaseline([meta], { entries: [] }).kept).toEqual([meta]);
  });

  it('writes an empty baseline for no findings', () => {
    const file = nextFile();
    writeBaseline(file, []);
    expect(readFileSync(file, 'utf8')).toBe('{\n  "version": 1,\n  "tool": "intercom-auth-scan",\n  "findings": []\n}\n');
    expect(readBaseline(file)).toEqual({ entries: [] });
  });

  it('fails with one line when the file cannot be written', () => {
    const file = join(dir, 'no-such-dir', 'baseline.json');
    expect(() => writeBaseline(file, [])).toThrow(new UsageError(`${file}: cannot write baseline (ENOENT)`));
  });
});

describe('readBaseline: malformed files give one clear line', () => {
  const good = { rule: 'intercom-auth/no-hardcoded-token', path: 'src/a.ts', hash: 'a'.repeat(64) };
  const write = (content: unknown): string => {
    const file = nextFile();
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const doc = (findings: unknown[], extra: Record<string, unknown> = {}) => ({ version: 1, tool: 'intercom-auth-scan', findings, ...extra });
  const errorOf = (file: string): string => {
    try {
      readBaseline(file);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      const message = (error as Error).message;
      expect(message).not.toContain('\n');
      expect(message.startsWith(`${file}: `)).toBe(true);
      return message.slice(file.length + 2);
    }
    throw new Error('expected readBaseline to fail');
  };

  it.each<[string, unknown, string]>([
    ['not JSON', '{\n  "version": 1,\n  "findings": [,]\n}', 'not valid JSON at 3:16: expected a value'],
    ['truncated', '{"version": 1, "tool": "intercom-auth-scan", "findings": [', 'not valid JSON at 1:59: unexpected end of input'],
    ['empty', '', 'not valid JSON at 1:1: unexpected end of input'],
    ['an array', [good], 'expected a JSON object with version, tool, findings (an intercom-auth-scan baseline)'],
    ['wrong version', doc([], { version: 2 }), 'version: expected 1, found 2 (written by another version of intercom-auth-scan?)'],
    ['no version', { tool: 'intercom-auth-scan', findings: [] }, 'version: expected 1'],
    ['another tool', doc([], { tool: 'gitleaks' }), 'tool: expected "intercom-auth-scan"'],
    ['unknown key', doc([], { generated: 'today' }), 'generated: unknown key; expected version, tool, findings'],
    ['findings not an array', doc({} as never), 'findings: expected an array'],
    ['entry not an object', doc([good, 'x']), 'findings[1]: expected an object with rule, path and hash'],
    ['bad hash', doc([good, good, good, { ...good, hash: 'abc' }]), 'findings[3].hash: expected a 64-character hex string'],
    ['unknown rule', doc([{ ...good, rule: 'intercom-auth/no-secrets' }]), 'findings[0].rule: expected one of "intercom-auth/no-hardcoded-token", "intercom-auth/no-user-supplied-token", "intercom-auth/no-token-solicitation"'],
    ['bare rule', doc([{ ...good, rule: 'no-hardcoded-token' }]), 'findings[0].rule: expected one of "intercom-auth/no-hardcoded-token", "intercom-auth/no-user-supplied-token", "intercom-auth/no-token-solicitation"'],
    ['meta rule', doc([{ ...good, rule: 'intercom-auth/invalid-suppression' }]), 'findings[0].rule: expected one of "intercom-auth/no-hardcoded-token", "intercom-auth/no-user-supplied-token", "intercom-auth/no-token-solicitation"'],
    ['missing path', doc([{ rule: good.rule, hash: good.hash }]), 'findings[0].path: expected a non-empty path'],
    ['zero count', doc([{ ...good, count: 0 }]), 'findings[0].count: expected a positive integer'],
    ['unknown entry key', doc([{ ...good, line: 3 }]), 'findings[0].line: unknown key; expected rule, path, hash, count'],
  ])('%s', (_, content, expected) => {
    expect(errorOf(write(content))).toBe(expected);
  });

  it('a missing file or a directory', () => {
    const missing = join(dir, 'missing.json');
    expect(errorOf(missing)).toBe('baseline file not found');
    const folder = join(dir, 'folder.json');
    mkdirSync(folder);
    expect(errorOf(folder)).toBe('is a directory, expected a baseline file');
  });

  it('does not quote the file content in JSON errors', () => {
    const token = generateToken();
    const message = errorOf(write(`{"findings": [${token}]}`));
    expect(message).toBe('not valid JSON at 1:15: expected a value');
  });

  it('accepts a UTF-8 BOM', () => {
    expect(readBaseline(write(`\uFEFF${JSON.stringify(doc([good]))}`)).entries).toHaveLength(1);
  });
});
