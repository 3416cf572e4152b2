// A tree full of code that a careless tool would run: config files in JavaScript (ESLint, the
// scanner's own name, bundlers), package.json scripts, modules the sources import, packages in
// node_modules that shadow the scanner's own dependencies, native addons, git hooks, .env and
// .npmrc preloads. Each piece of code, if it ever runs, writes a file named after itself into
// `markers` (through process.getBuiltinModule, so it works from CommonJS, ESM and eval alike).
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { generateToken } from '../../support/generate-token.js';
import type { TempTree } from '../../scanner/support/create-temp-tree.js';

export interface BaitTree {
  /** Files (relative to the tree) that hold code which must never run. */
  baits: string[];
}

export function writeBaitTree(sandbox: TempTree, tree: string, markers: string): BaitTree {
  const files: Record<string, string> = {};
  const baits: string[] = [];
  const bait = (path: string, wrap: (code: string) => string = (code) => code): void => {
    const code = `;(globalThis.process?.getBuiltinModule?.('node:fs') ?? require('node:fs')).writeFileSync(${JSON.stringify(join(markers, path.replace(/[/\\]/g, '__')))}, 'ran');\n`;
    files[`${tree}/${path}`] = wrap(code);
    baits.push(path);
  };
  const shellBait = (path: string): void => {
    files[`${tree}/${path}`] = `#!/bin/sh\necho ran > ${JSON.stringify(join(markers, path.replace(/[/\\]/g, '__')))}\n`;
    baits.push(path);
  };

  for (const name of ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', '.eslintrc.js', '.eslintrc.cjs']) bait(name);
  for (const name of ['intercom-auth.config.js', 'intercom-auth.config.mjs', 'intercom-auth.config.cjs', '.intercom-authrc.js']) bait(name);
  for (const name of ['babel.config.js', 'postcss.config.js', 'vite.config.ts', 'jest.config.js', 'prettier.config.js']) bait(name);
  bait('src/side-effect.js');
  bait('src/side-effect.cjs');
  bait('src/app.js', (code) => `import './side-effect.js';\nconst again = require('./side-effect.cjs');\n${code}export const token = '${generateToken()}';\n`);
  bait('src/Widget.vue', (code) => `<template><p>Hi</p></template>\n<script>\n${code}export default {};\n</script>\n`);
  bait('src/Page.svelte', (code) => `<script>\n${code}</script>\n<p>Hi</p>\n`);
  bait('src/typed.ts', (code) => `import type { Bait } from 'bait-types';\n${code}export const n: number = 1;\n`);
  bait('scripts/postinstall.js');
  // Packages that shadow what the scanner loads: resolution must start from the scanner, not the tree.
  for (const [name, main] of [
    ['eslint-plugin-intercom-auth', 'index.js'],
    ['eslint', 'lib/api.js'],
    ['espree', 'dist/espree.cjs'],
    ['@typescript-eslint/parser', 'dist/index.js'],
    ['yaml', 'dist/index.js'],
    ['picomatch', 'index.js'],
  ] as const) {
    files[`${tree}/node_modules/${name}/package.json`] = JSON.stringify({ name, version: '99.0.0', main, exports: { '.': `./${main}` } });
    bait(`node_modules/${name}/${main}`);
  }
  files[`${tree}/node_modules/bait-addon/build/Release/addon.node`] = '\x7fELF not really an addon';
  shellBait('node_modules/.bin/intercom-auth-scan');
  shellBait('node_modules/.bin/eslint');
  shellBait('githooks/pre-commit');
  shellBait('githooks/post-index-change');
  shellBait('githooks/post-checkout');
  shellBait('tools/fsmonitor.sh');
  shellBait('tools/external-diff.sh');
  shellBait('tools/textconv.sh');
  shellBait('tools/filter.sh');
  shellBait('tools/pager.sh');

  files[`${tree}/package.json`] = JSON.stringify(
    {
      name: 'bait',
      type: 'module',
      scripts: { preinstall: 'node scripts/postinstall.js', postinstall: 'node scripts/postinstall.js', prepare: 'node scripts/postinstall.js', 'intercom-auth-scan': 'node scripts/postinstall.js' },
      eslintConfig: { extends: ['./eslint.config.js'] },
      'intercom-auth': { exclude: ['not-this-one/**'] },
    },
    null,
    2,
  );
  // The JSON config is read (its exclude is honoured), the JavaScript ones beside it are not.
  files[`${tree}/intercom-auth.config.json`] = JSON.stringify({ exclude: ['excluded/**'] });
  files[`${tree}/excluded/leak.js`] = `export const token = '${generateToken()}';\n`;
  files[`${tree}/tsconfig.json`] = JSON.stringify({ extends: './node_modules/bait-tsconfig/tsconfig.json', compilerOptions: { plugins: [{ name: 'bait' }] } });
  files[`${tree}/.env`] = 'NODE_OPTIONS=--require ./src/side-effect.cjs\n';
  files[`${tree}/.npmrc`] = 'node-options=--require ./src/side-effect.cjs\nscript-shell=./tools/pager.sh\n';
  files[`${tree}/.gitattributes`] = '* filter=bait diff=bait\n';
  sandbox.write(files);
  for (const path of baits) chmodSync(sandbox.path(`${tree}/${path}`), 0o755);
  return { baits };
}
