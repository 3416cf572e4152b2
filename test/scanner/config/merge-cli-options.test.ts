import { describe, expect, it } from 'vitest';
import { createDefaultConfig, DEFAULT_CONFIG, mergeCliOptions } from '../../../src/scanner/config/index.js';

describe('mergeCliOptions', () => {
  const config = { ...createDefaultConfig(), include: ['src/**'], exclude: ['fixtures/**'], skipDirectories: ['.git', 'node_modules', 'vendor'] };

  it('replaces include, adds to exclude, replaces skipDirectories, overrides the rest', () => {
    const merged = mergeCliOptions(config, {
      include: ['lib/**'],
      exclude: ['**/*.snap', 'fixtures/**'],
      skipDirectories: [],
      gitignore: false,
      inlineIgnore: false,
      maxFileSize: 1024,
    });
    expect(merged).toEqual({
      ...config,
      include: ['lib/**'],
      exclude: ['fixtures/**', '**/*.snap'],
      skipDirectories: [],
      gitignore: false,
      inlineIgnore: false,
      maxFileSize: 1024,
    });
  });

  it('leaves the config alone for undefined options and returns a copy', () => {
    const merged = mergeCliOptions(config, { include: undefined, gitignore: undefined });
    expect(merged).toEqual(config);
    expect(merged).not.toBe(config);
    merged.rules['no-hardcoded-token'].options.envVariable = 'X';
    expect(config.rules['no-hardcoded-token'].options.envVariable).toBe('INTERCOM_ACCESS_TOKEN');
  });

  it('works on the frozen DEFAULT_CONFIG', () => {
    const merged = mergeCliOptions(DEFAULT_CONFIG, { exclude: ['a/**'] });
    merged.exclude.push('b/**');
    expect(merged.exclude).toEqual(['a/**', 'b/**']);
    expect(DEFAULT_CONFIG.exclude).toEqual([]);
  });
});
