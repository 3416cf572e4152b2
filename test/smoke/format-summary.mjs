// The smoke run for people: counts, then every crash and finding (masked), then where time went.
const ms = (value) => `${(value / 1000).toFixed(1)} s`;

export function formatSummary(summary) {
  const out = [];
  const { crashes, findings, scanner } = summary;
  out.push(`smoke: ${summary.linted} of ${summary.files} files linted${summary.sampled ? ' (sample)' : ''} under ${summary.root} in ${ms(summary.durationMs)}`);
  out.push(`  canary token found: ${summary.canary ? 'yes' : 'NO — the linter reports nothing, the run proves nothing'}`);
  out.push(`  parse errors (not crashes): ${summary.parseErrors.length}`);
  for (const error of summary.parseErrors.slice(0, 10)) out.push(`    ${error.path} [${error.dialect}]: ${error.message}`);
  if (summary.parseErrors.length > 10) out.push(`    … ${summary.parseErrors.length - 10} more`);
  out.push(`  crashes: ${crashes.length}`);
  for (const crash of crashes) out.push(`    ${crash.path} (${crash.mode}) ${crash.rule}: ${crash.message} [${crash.where}]`);
  out.push(`  findings: ${findings.filter((f) => f.mode === 'as-is').length} as written, ${findings.filter((f) => f.mode === 'primed').length} with the primer`);
  for (const finding of findings) {
    out.push(`    ${finding.rule} ${finding.path}:${finding.line}:${finding.column} (${finding.mode}) ${finding.message}`);
    out.push(`      ${finding.excerpt}`);
  }
  if (scanner) {
    out.push(`  scanner: exit ${scanner.exitCode} in ${ms(scanner.ms)}, ${scanner.files} files, ${scanner.findings.length} findings, problems: ${scanner.problems.length}`);
    for (const problem of scanner.problems) out.push(`    ✖ ${problem}`);
    out.push(`    notices: ${Object.entries(scanner.noticeCodes).map(([code, count]) => `${code} ${count}`).join(', ') || 'none'}`);
    for (const finding of scanner.findings) {
      out.push(`    ${finding.rule} ${finding.path}:${finding.line}:${finding.column} ${finding.message}`);
      out.push(`      ${finding.excerpt}`);
    }
  }
  out.push(`  time: parse ${ms(summary.parseMs)}, rules ${Object.entries(summary.ruleMs).map(([rule, time]) => `${rule} ${ms(time)}`).join(', ')}`);
  out.push('  slowest files (all passes):');
  for (const file of summary.slowest) out.push(`    ${ms(file.ms).padStart(7)}  ${file.path} (${Math.round(file.bytes / 1024)} KiB)`);
  return `${out.join('\n')}\n`;
}
