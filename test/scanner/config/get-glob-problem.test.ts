import { describe, expect, it } from 'vitest';
import { getGlobProblem } from '../../../src/scanner/config/get-glob-problem.js';

describe('getGlobProblem', () => {
  it.each([
    'src/**/*.ts',
    '**/*.{js,ts,vue}',
    '**/{a,{b,c}}/*.md',
    'fixtures/**',
    'src/\\[id\\].ts',
    'app/\\(auth\\)/page.tsx',
    '+(a|b).js',
    '[!a]*.txt',
    '[]]x',
    '[!]]x',
    'a]b',
    '*.min.js',
    '../shared/**',
  ])('accepts %s', (glob) => {
    expect(getGlobProblem(glob)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['', 'expected a non-empty glob'],
    ['   ', 'expected a non-empty glob'],
    ['src/**/*.{ts,js', 'unclosed "{"'],
    ['src/*.ts}', 'unbalanced "}"'],
    ['+(a|b.js', 'unclosed "("'],
    ['{a,(b}', 'unbalanced "}"'],
    ['src/[ab.ts', 'unclosed "["'],
    ['src\\', 'ends with a lone "\\"'],
    ['src\\lib\\*.ts', 'use "/" as the path separator ("\\" escapes the next character)'],
    ['/abs/**', 'expected a glob relative to the working directory, not an absolute path'],
    ['C:/code/**', 'expected a glob relative to the working directory, not an absolute path'],
    ['!x', 'a leading "!" is not supported; use "include" and "exclude"'],
    ['a'.repeat(5000), 'expected a glob of at most 4096 characters'],
  ])('rejects %j', (glob, problem) => {
    expect(getGlobProblem(glob)).toBe(problem);
  });

  it('is linear on deeply nested braces', () => {
    const glob = `${'{'.repeat(2000)}${'}'.repeat(2000)}`;
    const started = performance.now();
    getGlobProblem(glob);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
