// `npm run demo`: the scanner CLI, as users run it, over fixtures/demo (JS, JSX, HTML, Python,
// YAML). Prints its report, then checks the demo found what it should, so a correct run exits 0
// even though the scanner itself exits 1 on findings.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/src/bin/intercom-auth-scan.js', import.meta.url));
const demo = fileURLToPath(new URL('../fixtures/demo/', import.meta.url));

const shown = spawnSync(process.execPath, [bin, '.'], { cwd: demo, stdio: 'inherit' });
const json = spawnSync(process.execPath, [bin, '--format', 'json', '.'], { cwd: demo, encoding: 'utf8' });
if (shown.status !== 1 || json.status !== 1) {
  console.error(`demo: the scanner should exit 1 on the demo's findings (got ${shown.status})`);
  process.exit(1);
}
const findings = JSON.parse(json.stdout).findings;
const rules = new Set(findings.map((finding) => finding.rule));
const expected = ['intercom-auth/no-hardcoded-token', 'intercom-auth/no-user-supplied-token', 'intercom-auth/no-token-solicitation'];
const missing = expected.filter((rule) => !rules.has(rule));
const noisy = findings.filter((finding) => finding.path === 'oauth.js');
if (missing.length > 0 || noisy.length > 0) {
  console.error(`demo: missing ${missing.join(', ') || 'nothing'}; findings in oauth.js: ${noisy.length}`);
  process.exit(1);
}
console.log(`demo: all ${expected.length} rules reported across ${new Set(findings.map((f) => f.path)).size} files; oauth.js (the OAuth way) is clean.`);
