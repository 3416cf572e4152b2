// Minimal reproductions of what the smoke run over node_modules found, so each one is fixed at its
// source and stays fixed.
import { createRequire } from 'node:module';
import type { Linter as LinterType } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const { Linter } = createRequire(import.meta.url)('eslint') as typeof import('eslint');

function lintRecommended(code: string): LinterType.LintMessage[] {
  const config = { ...plugin.configs.recommended, files: ['**/*.js'] } as LinterType.Config;
  return new Linter({ configType: 'flat' }).verify(code, config, { filename: 'scanner.js' });
}

describe('no-user-supplied-token on real code', () => {
  // Found in typescript/lib/typescript.js (its scanner's `pos`/`oldPos`, written thousands of
  // times). Two variables that are written from each other ten times each, in a file that
  // mentions an Intercom host: `findPropertyValues` walks p → q → p … to its structure depth of 12,
  // and calls past that depth cost no budget, so one branch returns ~10^5 values;
  // `found.push(...values)` in `findVariableValues` (src/flow/flow-analysis.ts) then throws
  // "RangeError: Maximum call stack size exceeded". The scanner reported `internal-error` and
  // exited 2 on this 23-line file. Fixed: every call spends from the step budget, and results are
  // appended without spreading.
  const getCode = (writes: number) =>
    [
      '// calls api.intercom.io',
      'let p = 0;',
      'let q = 0;',
      ...Array.from({ length: writes }, () => 'p = q;'),
      ...Array.from({ length: writes }, () => 'q = p;'),
      'send(p);',
    ].join('\n');

  it('does not throw on variables assigned from each other many times', () => {
    expect(lintRecommended(getCode(10))).toEqual([]);
  });

  it('stays quiet on the same code below the size that overflows', () => {
    expect(lintRecommended(getCode(5))).toEqual([]);
  });
});
