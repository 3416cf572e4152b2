/**
 * Held-out-style evaluation: lints every file under each corpus folder fixtures/eval* that has
 * an expected.json (fixtures/eval, fixtures/eval-b, …) with the recommended config and compares
 * the findings with the hand-written labels in that folder's expected.json. One describe per
 * corpus; the bars apply to each corpus separately.
 *
 *   npx vitest run test/eval              # report + assert the bars
 *   EVAL_REPORT_ONLY=1 npx vitest run test/eval   # report only (bars not asserted)
 *
 * A finding is a true positive when its rule and line match a label (±1 line, for multi-line
 * nodes); each label absorbs at most one finding. Labels marked `"optional": true` are grey-zone
 * cases: hitting them is neither rewarded nor punished. Output never contains token text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { getEvalLintConfig, SCRIPT_EXTENSIONS } from '../support/get-eval-lint-config.js';
import {
  BARS,
  corpusSecrets,
  LEAK_PATTERNS,
  newTally,
  pct,
  ratio,
  RULES,
  score,
  type Finding,
  type Label,
  type RuleId,
  type Tally,
} from '../support/eval-scoring.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
/** Every fixtures/eval* folder with an expected.json, e.g. ['eval', 'eval-b']. */
const CORPORA = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name.startsWith('eval') && existsSync(join(FIXTURES, e.name, 'expected.json')))
  .map((e) => e.name)
  .sort();
const NAMESPACE = 'intercom-auth';


const REPORT_ONLY = process.env.EVAL_REPORT_ONLY === '1';
const SOURCE_EXT = new Set(SCRIPT_EXTENSIONS);



interface FileResult {
  file: string;
  findings: Finding[];
  fatal: string[];
  messages: string[];
}


// ---------------------------------------------------------------------------------------------
// Corpus and config

function listCorpus(root: string, dir: string = root): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listCorpus(root, full));
    else if (SOURCE_EXT.has(extname(entry.name))) out.push(relative(root, full).split(sep).join('/'));
  }
  return out.sort();
}


// ---------------------------------------------------------------------------------------------

it('finds at least one evaluation corpus', () => {
  expect(CORPORA.length).toBeGreaterThan(0);
});

for (const corpus of CORPORA) {
  describe(`evaluation corpus (fixtures/${corpus})`, () => {
    const ROOT = join(FIXTURES, corpus);
    const files = listCorpus(ROOT);
    const expected = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as Record<string, Label[]>;
    const results: FileResult[] = [];
    const tallies = Object.fromEntries(RULES.map((r) => [r, newTally()])) as Record<RuleId, Tally>;

    beforeAll(() => {
      const linter = new Linter({ cwd: ROOT });
      const config = getEvalLintConfig();
      for (const file of files) {
        const code = readFileSync(join(ROOT, file), 'utf8');
        const messages = linter.verify(code, config, { filename: join(ROOT, file) });
        const findings: Finding[] = [];
        const fatal: string[] = [];
        for (const m of messages) {
          if (m.fatal) fatal.push(`${file}:${m.line} parse error`);
          const id = m.ruleId ?? '';
          if (!id.startsWith(`${NAMESPACE}/`)) continue;
          const rule = id.slice(NAMESPACE.length + 1) as RuleId;
          if ((RULES as readonly string[]).includes(rule)) findings.push({ rule, line: m.line });
        }
        results.push({ file, findings, fatal, messages: messages.map((m) => m.message) });
        score(file, expected[file] ?? [], findings, tallies);
      }

      const lines: string[] = [];
      lines.push('', `eval corpus fixtures/${corpus}: ${files.length} files, recommended config`, '');
      lines.push('rule                      labels    TP    FP    FN   recall  precision  optional-hits');
      for (const rule of RULES) {
        const t = tallies[rule];
        lines.push(
          `${rule.padEnd(24)} ${String(t.tp + t.fn).padStart(7)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}  ${pct(ratio(t.tp, t.tp + t.fn))}    ${pct(ratio(t.tp, t.tp + t.fp))}  ${String(t.optionalHits).padStart(13)}`,
        );
      }
      for (const rule of RULES) {
        const t = tallies[rule];
        if (t.misses.length) lines.push('', `misses (${rule}):`, ...t.misses.map((m) => `  ${m}`));
        if (t.falseAlarms.length) lines.push('', `false alarms (${rule}):`, ...t.falseAlarms.map((m) => `  ${m}`));
      }
      console.log(lines.join('\n'));
    });

    it('has a label entry for every corpus file and no stale entries', () => {
      const labelled = Object.keys(expected).sort();
      expect(labelled.filter((f) => !files.includes(f))).toEqual([]);
      expect(files.filter((f) => !(f in expected))).toEqual([]);
      for (const [file, labels] of Object.entries(expected)) {
        for (const l of labels) {
          expect(RULES, `${file}: unknown rule`).toContain(l.rule);
          expect(Number.isInteger(l.line) && l.line > 0, `${file}: bad line`).toBe(true);
        }
        // A negative folder never expects its own rule (except grey-zone optional labels).
        const [ownRule, kind] = file.split('/');
        if (kind === 'negative') expect(labels.filter((l) => l.rule === ownRule && !l.optional), file).toEqual([]);
        if (kind === 'positive') expect(labels.some((l) => l.rule === ownRule), file).toBe(true);
      }
    });

    it('parses every corpus file without a fatal error', () => {
      expect(results.flatMap((r) => r.fatal)).toEqual([]);
    });

    it('never puts a token into a message', () => {
      const secrets = corpusSecrets(ROOT, files);
      expect(secrets.size).toBeGreaterThan(20);
      const leaks: string[] = [];
      for (const r of results) {
        r.messages.forEach((msg, i) => {
          const leaked = [...secrets].some((s) => msg.includes(s)) || LEAK_PATTERNS.some((re) => re.test(msg));
          // Report where, never what.
          if (leaked) leaks.push(`${r.file} message #${i + 1}`);
        });
      }
      expect(leaks).toEqual([]);
    });

    for (const rule of RULES) {
      it.skipIf(REPORT_ONLY)(`${rule} meets recall ≥ ${BARS[rule].recall} and precision ≥ ${BARS[rule].precision}`, () => {
        const t = tallies[rule];
        const recall = ratio(t.tp, t.tp + t.fn);
        const precision = ratio(t.tp, t.tp + t.fp);
        expect.soft(recall, `${rule} recall`).toBeGreaterThanOrEqual(BARS[rule].recall);
        expect.soft(precision, `${rule} precision`).toBeGreaterThanOrEqual(BARS[rule].precision);
      });
    }
  });
}
