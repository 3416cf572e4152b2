// Scoring shared by the evaluation tests (ESLint over fixtures/eval*, the scanner over
// fixtures/scan-eval*): labels by rule and line, ±1 line, optional grey-zone labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RULES = ['no-hardcoded-token', 'no-user-supplied-token', 'no-token-solicitation'] as const;
export type RuleId = (typeof RULES)[number];

export const BARS: Record<RuleId, { recall: number; precision: number }> = {
  'no-hardcoded-token': { recall: 0.97, precision: 0.97 },
  'no-user-supplied-token': { recall: 0.85, precision: 0.9 },
  'no-token-solicitation': { recall: 0.85, precision: 0.9 },
};

export interface Label {
  rule: RuleId;
  line: number;
  optional?: boolean;
}

export interface Finding {
  rule: RuleId;
  line: number;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  optionalHits: number;
  misses: string[];
  falseAlarms: string[];
}

// ---------------------------------------------------------------------------------------------
// Tokens present in the corpus (for the leak check). Found by decoding, never printed.

const DECODED_TOKEN = /^tok:[0-9a-f]{8}(?:_[0-9a-f]{4}){3}_[0-9a-f]{12}:\d+:\d+(?::[a-z0-9-]+)?$/;
const B64_RUN = /[A-Za-z0-9+/]{40,}(?:={1,2}|%3D|\\u003d)?/g;

function decodeB64(s: string): string {
  return Buffer.from(s, 'base64').toString('latin1');
}

/** Every full token (and double-encoded wrapper) literally present in the corpus. */
export function corpusSecrets(root: string, files: string[]): Set<string> {
  const secrets = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(B64_RUN)) {
      const rawForm = match[0];
      const normal = rawForm.replace(/%3D$/i, '=').replace(/\\u003d$/, '=');
      const once = decodeB64(normal);
      const inner = once.replace(/:$/, '');
      if (DECODED_TOKEN.test(once)) {
        secrets.add(rawForm).add(normal);
      } else if (/^[A-Za-z0-9+/]+=*$/.test(inner) && DECODED_TOKEN.test(decodeB64(inner))) {
        secrets.add(rawForm).add(normal).add(inner);
      }
    }
  }
  return secrets;
}

/** Generic guards: no 16+ char run of a token's or a double-encoded token's base64, no decoded form. */
export const LEAK_PATTERNS = [/dG9rO[A-Za-z0-9+/]{11,}/, /ZEc5ck9[A-Za-z0-9+/]{9,}/, /tok:[0-9a-f]{8}_/];

// ---------------------------------------------------------------------------------------------
// Scoring

export function newTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, optionalHits: 0, misses: [], falseAlarms: [] };
}

export function score(file: string, labels: Label[], findings: Finding[], tallies: Record<RuleId, Tally>): void {
  for (const rule of RULES) {
    const tally = tallies[rule];
    const wanted = labels.filter((l) => l.rule === rule);
    const got = findings.filter((f) => f.rule === rule).map((f) => f.line);
    const used = new Array<boolean>(got.length).fill(false);
    const claim = (line: number, slack: number): boolean => {
      const i = got.findIndex((g, k) => !used[k] && Math.abs(g - line) <= slack);
      if (i < 0) return false;
      used[i] = true;
      return true;
    };
    // Exact matches first, then ±1, required labels before optional ones.
    const ordered = [...wanted.filter((l) => !l.optional), ...wanted.filter((l) => l.optional)];
    const matched = new Array<boolean>(ordered.length).fill(false);
    for (const slack of [0, 1]) {
      ordered.forEach((label, k) => {
        if (!matched[k] && claim(label.line, slack)) matched[k] = true;
      });
    }
    ordered.forEach((label, k) => {
      if (label.optional) {
        if (matched[k]) tally.optionalHits++;
      } else if (matched[k]) {
        tally.tp++;
      } else {
        tally.fn++;
        tally.misses.push(`${file}:${label.line} ${rule}`);
      }
    });
    got.forEach((line, k) => {
      if (!used[k]) {
        tally.fp++;
        tally.falseAlarms.push(`${file}:${line} ${rule}`);
      }
    });
  }
}

export const ratio = (num: number, den: number): number => (den === 0 ? 1 : num / den);
export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

