#!/usr/bin/env node
// `npm run smoke`: the three rules and the scanner over every JS/TS file of a real tree (by
// default this project's node_modules). Exits 1 on any crash; findings are listed for review.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSmokeLinter } from './create-smoke-linter.mjs';
import { findScriptFiles } from './find-script-files.mjs';
import { formatSummary } from './format-summary.mjs';
import { getExcerpt } from './get-excerpt.mjs';
import { getPrimedText } from './get-primed-text.mjs';
import { getSample } from './get-sample.mjs';
import { isCanaryFound } from './is-canary-found.mjs';
import { parseSmokeArgs } from './parse-smoke-args.mjs';
import { runScanner } from './run-scanner.mjs';

const SLOWEST = 10;

function main() {
  const args = parseSmokeArgs(process.argv.slice(2));
  const started = performance.now();
  const all = findScriptFiles(args.root);
  const files = args.sample === undefined ? all : getSample(all, args.sample, args.root);
  const linter = createSmokeLinter();
  const summary = {
    root: args.root,
    files: all.length,
    linted: 0,
    sampled: files.length < all.length,
    paths: files,
    canary: isCanaryFound(linter, args.root),
    parseErrors: [],
    crashes: [],
    findings: [],
    parseMs: 0,
    ruleMs: {},
    slowest: [],
    scanner: undefined,
    durationMs: 0,
  };
  const timed = [];
  for (const [index, path] of files.entries()) {
    if (index % 500 === 0) process.stderr.write(`smoke: ${index}/${files.length} ${path}\n`);
    const filename = join(args.root, path);
    const text = readFileSync(filename, 'utf8');
    const passes = [['as-is', linter.lint(text, filename)]];
    if (args.prime) passes.push(['primed', linter.lint(getPrimedText(text), filename)]);
    let fileMs = 0;
    for (const [mode, result] of passes) {
      fileMs += result.ms;
      summary.parseMs += result.parseMs;
      for (const [rule, ms] of Object.entries(result.ruleMs)) summary.ruleMs[rule] = (summary.ruleMs[rule] ?? 0) + ms;
      if (result.crash) summary.crashes.push({ path, mode, ...result.crash });
      if (result.parseError && mode === 'as-is') summary.parseErrors.push({ path, dialect: result.dialect, message: result.parseError });
      for (const message of result.findings) {
        summary.findings.push({
          path,
          mode,
          rule: message.ruleId,
          line: message.line,
          column: message.column,
          message: message.message,
          excerpt: getExcerpt(text, message.line, message.column),
        });
      }
    }
    summary.linted++;
    timed.push({ path, ms: fileMs, bytes: Buffer.byteLength(text) });
  }
  summary.slowest = timed.sort((a, b) => b.ms - a.ms).slice(0, SLOWEST);
  if (args.scanner) summary.scanner = getScannerSummary(args.root, summary.sampled ? files : undefined);
  summary.durationMs = performance.now() - started;

  process.stdout.write(formatSummary(summary));
  if (args.json) writeFileSync(args.json, `${JSON.stringify(summary, null, 2)}\n`);
  const failed = !summary.canary || summary.crashes.length > 0 || (summary.scanner?.problems.length ?? 0) > 0;
  process.exitCode = failed ? 1 : 0;
}

function getScannerSummary(root, paths) {
  const run = runScanner(root, paths);
  const noticeCodes = {};
  for (const notice of run.report?.notices ?? []) noticeCodes[notice.code] = (noticeCodes[notice.code] ?? 0) + 1;
  const findings = (run.report?.findings ?? []).map((finding) => ({
    rule: finding.rule,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    message: finding.message,
    excerpt: getExcerpt(readFileSync(join(root, finding.path), 'utf8'), finding.line, finding.column),
  }));
  return { exitCode: run.exitCode, ms: run.ms, files: run.report?.summary.files ?? 0, problems: run.problems, noticeCodes, findings };
}

try {
  main();
} catch (error) {
  // A broken run (bad option, unreadable root) is one line, not a stack.
  process.stderr.write(`smoke: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
