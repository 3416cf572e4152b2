// The markdown report: the timing table, the targets of issue 4 with pass/fail, the planted-token
// check, what each tool saw, and the machine.
import { getStats } from './measure-rows.mjs';
import { maskSecrets } from './mask-secrets.mjs';

const MB = 1024 * 1024;

export function formatReport({ rows, planted, seen, machine, args }) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const stats = (id) => (byId.has(id) ? getStats(byId.get(id)) : undefined);
  const ratio = (id, floor) => {
    const [a, b] = [stats(id), stats(floor)];
    return a && b ? a.median / b.median : undefined;
  };
  const lines = [`# intercom-auth-scan benchmark — ${machine.date}`, ''];

  lines.push('| row | time, median (min–max) | runs | MB/s | files/s | peak RSS MB | ratio to floor |', '|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const label = row.seenNote ? `${row.label} ⚠ ${row.seenNote}` : row.label;
    if (row.skipped || row.crashed) {
      lines.push(`| ${label} | ${row.skipped ? `skipped: ${row.skipped}` : `CRASHED: ${escapeCell(row.crashed)}`} | | | | | |`);
      continue;
    }
    const s = getStats(row);
    if (!s) continue;
    const floors = row.floors.map((floor) => (ratio(row.id, floor) === undefined ? undefined : `${formatRatio(ratio(row.id, floor))} ${byId.get(floor).short ?? floor}`)).filter(Boolean);
    const throughput = row.size
      ? `${formatNumber(row.size.bytes / MB / s.median)} | ${formatNumber(row.size.files / s.median)}`
      : '— | —';
    lines.push(
      `| ${label} | ${formatSeconds(s.median)} (${formatRange(s.min, s.max)}) | ${s.runs}${row.warmup ? ' + warm-up' : ''} | ${throughput} | ` +
        `${s.rssMB === undefined ? 'n/a' : Math.round(s.rssMB)} | ${floors.length ? floors.join(', ') : row.floors.length ? 'n/a' : 'floor'} |`,
    );
  }

  lines.push('', '## Targets (issue 4)', '', '| target | measured | result |', '|---|---|---|');
  const target = (name, value, shown, passes) => lines.push(`| ${name} | ${value === undefined ? 'not measured' : shown} | ${value === undefined ? '—' : passes ? 'pass' : 'FAIL'} |`);
  const scanVsRg = ratio('scan', 'rg');
  target('whole-tree scan ≤ 4× rg', scanVsRg, `${formatRatio(scanVsRg)}`, scanVsRg <= 4);
  const secretlintVsScan = ratio('secretlint', 'scan');
  target('whole-tree scan ≥ 20× faster than secretlint', secretlintVsScan, `secretlint takes ${formatRatio(secretlintVsScan)} the scan's time`, secretlintVsScan >= 20);
  const rss = stats('scan')?.rssMB;
  target('whole-tree scan peak RSS ≤ 300 MB', rss, `${Math.round(rss)} MB`, rss <= 300);
  const scanner = planted?.scanner;
  const found = scanner ? scanner.tokensTotal - scanner.missed.length : undefined;
  target('planted tokens: 100% found', found, `${found}/${scanner?.tokensTotal}`, found === scanner?.tokensTotal);
  const reported = scanner?.reportedLookalikes.length;
  target('look-alikes: 0 reported', reported, `${reported}/${scanner?.lookalikesTotal}`, reported === 0);
  const eslintOverhead = ratio('eslint-plugin', 'eslint');
  target('ESLint + configs.recommended ≤ 1.10× ESLint', eslintOverhead, formatRatio(eslintOverhead), eslintOverhead <= 1.1);
  const stagedRatio = ratio('staged', 'node');
  target('--staged on 5 files ≤ 5× node -e 0', stagedRatio, formatRatio(stagedRatio), stagedRatio <= 5);

  if (planted) lines.push('', ...formatPlanted(planted));
  if (seen.length > 0) {
    lines.push('', '## Files each tool sees (same tree)', '', '| tool | files | note |', '|---|---|---|');
    for (const entry of seen) lines.push(`| ${entry.tool} | ${entry.files === undefined ? 'n/a' : entry.files.toLocaleString('en-US')} | ${entry.note ?? ''} |`);
  }

  lines.push(
    '',
    '## Machine',
    '',
    `${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB RAM, load average ${machine.loadBefore} before / ${machine.loadAfter} after; ` +
      `Node ${machine.node}; ${machine.os}; ${machine.date}; eslint-plugin-intercom-auth at ${machine.commit}. ` +
      `Median of ${args.runs} run(s) after one warm-up (secretlint: ${args.secretlintRuns} run(s), no warm-up); runs of a group interleaved. ` +
      `Wall time from the bench's clock, peak RSS from GNU time (${machine.hasTime ? 'max over runs' : 'not installed: n/a'}). MB = 2^20 bytes.`,
    '',
  );
  return maskSecrets(lines.join('\n'));
}

function formatPlanted(planted) {
  const { scanner, rg, secretlint } = planted;
  const lines = ['## Planted tokens and look-alikes', ''];
  if (scanner) {
    lines.push(
      `intercom-auth-scan (\`--format json\`, rule \`no-hardcoded-token\`): **${scanner.tokensTotal - scanner.missed.length}/${scanner.tokensTotal}** planted tokens found, ` +
        `**${scanner.reportedLookalikes.length}/${scanner.lookalikesTotal}** look-alikes reported, ${scanner.elsewhere.length} token finding(s) elsewhere in the tree.`,
    );
    for (const plant of scanner.missed) lines.push(`- missed: ${plant.kind} (${plant.variant}) in \`${plant.path}:${plant.startLine}\``);
    for (const plant of scanner.reportedLookalikes) lines.push(`- look-alike reported: ${plant.kind} \`${plant.variant}\` in \`${plant.path}:${plant.startLine}\``);
    for (const finding of scanner.elsewhere) lines.push(`- false positive? \`${finding.path}:${finding.line}\` ${finding.message ?? ''}`);
    if (scanner.otherRules.length > 0) {
      const counts = countBy(scanner.otherRules, (finding) => finding.rule);
      lines.push(`- other rules' findings in the tree (not part of the planted check): ${Object.entries(counts).map(([rule, n]) => `${rule} ×${n}`).join(', ')}`);
      for (const finding of scanner.otherRules.slice(0, 20)) lines.push(`  - \`${finding.path}:${finding.line}\` ${finding.rule}: ${escapeCell(finding.message ?? '').slice(0, 160)}`);
      if (scanner.otherRules.length > 20) lines.push(`  - … ${scanner.otherRules.length - 20} more in the JSON report`);
    }
  } else {
    lines.push('intercom-auth-scan: not run.');
  }
  for (const [name, result] of [['rg prefix regex', rg], ["secretlint's gitleaks Intercom pattern", secretlint]]) {
    if (!result) continue;
    lines.push(
      `- for context, ${name}: ${result.tokensTotal - result.missed.length}/${result.tokensTotal} planted tokens matched, ` +
        `${result.reportedLookalikes.length}/${result.lookalikesTotal} look-alikes matched, ${result.elsewhere.length} match(es) elsewhere` +
        (result.otherRules ? `; other secretlint findings: ${Object.entries(countBy(result.otherRules, (f) => f.rule)).map(([rule, n]) => `${rule} ×${n}`).join(', ') || 'none'}` : ''),
    );
  }
  return lines;
}

function formatSeconds(seconds) {
  return seconds < 1 ? `${Math.round(seconds * 1000)} ms` : `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
}

function formatRange(min, max) {
  const [a, b] = [formatSeconds(min), formatSeconds(max)];
  return a.endsWith(' s') && b.endsWith(' s') ? `${a.slice(0, -2)}–${b}` : `${a}–${b}`;
}

function formatRatio(value) {
  return value === undefined ? 'n/a' : `${value.toFixed(value < 2 ? 2 : value < 10 ? 1 : 0)}×`;
}

function formatNumber(value) {
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  return value >= 1 ? value.toFixed(1) : value.toPrecision(2);
}

function escapeCell(text) {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
