// Every sample under fixtures/scanner/other-languages marks the line of each expected detection
// with an `expect: user` or `expect: cli` comment; everything else must stay silent.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUserSuppliedTokensInOtherLanguage } from '../../../src/scanner/detect/other-languages/find-user-supplied-tokens-in-other-language.js';
import type { OtherLanguage } from '../../../src/scanner/detect/other-languages/token-list.js';
import { getFileKind } from '../../../src/scanner/get-file-kind.js';

const ROOT = join(import.meta.dirname, '../../../fixtures/scanner/other-languages');
const LANGUAGES: readonly string[] = ['python', 'ruby', 'php', 'go', 'java', 'csharp'];
const MARKER = /(?:#|\/\/)\s*expect:\s*(user|cli)\b/;

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

const samples = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .map((path) => join(ROOT, path))
  .filter((path) => LANGUAGES.includes(getFileKind(path)))
  .sort();

describe('other-language samples', () => {
  it('covers every language with several samples', () => {
    for (const language of LANGUAGES) expect(samples.filter((path) => getFileKind(path) === language).length).toBeGreaterThanOrEqual(3);
  });

  for (const path of samples) {
    it(relative(ROOT, path), () => {
      const text = readFileSync(path, 'utf8');
      const expected = text
        .split('\n')
        .flatMap((line, index) => {
          const m = MARKER.exec(line);
          return m === null ? [] : [{ line: index + 1, severity: m[1] }];
        });
      const detections = findUserSuppliedTokensInOtherLanguage(text, getFileKind(path) as OtherLanguage);
      const actual = detections.map((d) => ({ line: lineOf(text, d.start), severity: d.downgraded === true ? 'cli' : 'user' }));
      expect(actual).toEqual(expected);
      for (const d of detections) {
        expect(d.rule).toBe('no-user-supplied-token');
        expect(d.messageId).toBe(d.downgraded === true ? 'cliSuppliedToken' : 'userSuppliedToken');
        expect(d.end).toBeGreaterThan(d.start);
        expect(d.key).toBe(text.slice(d.start, d.end).replace(/\s+/g, ' ').trim());
        expect(d.message).not.toMatch(/\{\{/);
      }
    });
  }
});
