// Recall and precision on the planted set: which plants a tool's findings (path + line) hit,
// and which findings fall elsewhere in the tree.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { TREE_DIR } from './bench-paths.mjs';

export const TOKEN_RULE = 'intercom-auth/no-hardcoded-token';

/** findings: [{ path (relative to the tree, '/'), line, rule?, message? }]. */
export function checkPlanted(plants, findings) {
  const hits = new Map(plants.map((plant) => [plant.id, 0]));
  const elsewhere = [];
  for (const finding of findings) {
    const plant = plants.find((p) => p.path === finding.path && finding.line >= p.startLine && finding.line <= p.endLine);
    if (plant) hits.set(plant.id, hits.get(plant.id) + 1);
    else elsewhere.push(finding);
  }
  const tokens = plants.filter((plant) => plant.expected === 'token');
  const lookalikes = plants.filter((plant) => plant.expected === 'lookalike');
  return {
    tokensTotal: tokens.length,
    missed: tokens.filter((plant) => hits.get(plant.id) === 0),
    lookalikesTotal: lookalikes.length,
    reportedLookalikes: lookalikes.filter((plant) => hits.get(plant.id) > 0),
    elsewhere,
  };
}

/** Our scanner's --format json report: findings of every rule, and the notices. */
export function readScannerReport(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.version !== 1 || !Array.isArray(report.findings)) throw new Error(`unexpected JSON report shape in ${file}`);
  return report;
}

/** rg --json: one finding per matching line. */
export function readRgMatches(text) {
  const findings = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{"type":"match"')) continue;
    const { data } = JSON.parse(line);
    const path = data.path.text ?? Buffer.from(data.path.bytes, 'base64').toString();
    findings.push({ path: path.replace(/^\.\//, ''), line: data.line_number, rule: 'rg' });
  }
  return findings;
}

/** secretlint --format unix: `/abs/path:line:column: message [Severity/rule-id]` (secrets masked by secretlint). */
export function readSecretlintUnix(text) {
  const findings = [];
  for (const line of text.split('\n')) {
    const match = /^(.+?):(\d+):(\d+): (.*) \[(?:\w+)\/([^\]]+)\]$/.exec(line);
    if (!match) continue;
    findings.push({ path: relative(TREE_DIR, match[1]).split('\\').join('/'), line: Number(match[2]), rule: match[5], message: match[4] });
  }
  return findings;
}
