// Runs the plugin's recommended config over fixtures/demo with the real ESLint and prints the
// findings. Exits 0 when the demo finds what it should, so `npm run demo` reads as a success.
import { ESLint } from 'eslint';
import plugin from '../dist/src/index.js';

const eslint = new ESLint({
  cwd: new URL('../fixtures/demo/', import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{js,jsx}'] },
    plugin.configs.recommended,
    { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  ],
});
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
process.stdout.write(await formatter.format(results));

const found = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
const expected = Object.keys(plugin.rules).map((name) => `intercom-auth/${name}`);
const missing = expected.filter((id) => !found.has(id));
if (missing.length > 0) {
  console.error(`demo: expected findings from ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`demo: all ${expected.length} rules reported on fixtures/demo (oauth.js, the correct way, is clean).`);
