// The flat config the JS/TS corpora are linted with (test/eval, and the scanner's agreement test):
// the plugin's recommended config plus a parser per file type, as a user's config would have.
import * as tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import * as espree from 'espree';
import plugin from '../../src/index.js';

export const SCRIPT_EXTENSIONS: readonly string[] = ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'];

export function getEvalLintConfig(): Linter.Config[] {
  const espreeParser = espree as unknown as Linter.Parser;
  const typescriptParser = tsParser as unknown as Linter.Parser;
  return [
    {
      files: ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
      languageOptions: { parser: espreeParser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { files: ['**/*.ts', '**/*.mts', '**/*.cts'], languageOptions: { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: false } } } },
    { files: ['**/*.tsx'], languageOptions: { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    plugin.configs.recommended as unknown as Linter.Config,
  ];
}
