// One regex through recheck in two stages. The automaton checker is exact and fast on most of the
// package's patterns, but it gives up on look-around and blows up on large bounded repeats
// (`{0,4096}`); those go to the fuzzer, with fewer and smaller generations than its defaults
// (about 4x less work), which keeps the suite near a minute on one free core. REDOS_THOROUGH=1
// runs the fuzzer with recheck's defaults: slower, and better at bounded repeats.
import { checkSync, type Diagnostics, type Parameters } from 'recheck';

const AUTOMATON: Parameters = { checker: 'automaton', timeout: 800 };
const QUICK_FUZZ: Parameters = {
  checker: 'fuzz',
  timeout: 20_000,
  maxIteration: 4,
  maxInitialGenerationSize: 200,
  maxGenerationSize: 50,
  mutationSize: 25,
  crossoverSize: 10,
};
const FUZZ: Parameters = process.env.REDOS_THOROUGH === '1' ? { checker: 'fuzz', timeout: 60_000 } : QUICK_FUZZ;

export interface RegexCheck {
  diagnostics: Diagnostics;
  /** What the automaton stage said when it could not decide (timeout, unsupported syntax). */
  automatonError?: string;
}

export function checkRegex(source: string, flags: string): RegexCheck {
  const first = checkSync(source, flags, AUTOMATON);
  if (first.status !== 'unknown') return { diagnostics: first };
  const automatonError = first.error.kind === 'unsupported' ? first.error.message : first.error.kind;
  return { diagnostics: checkSync(source, flags, FUZZ), automatonError };
}

/** One line for a failure message: status, checker, complexity and a short attack string. */
export function describeDiagnostics({ diagnostics, automatonError }: RegexCheck): string {
  const via = automatonError === undefined ? '' : ` (automaton: ${automatonError})`;
  switch (diagnostics.status) {
    case 'safe':
      return `safe by ${diagnostics.checker}${via}: ${diagnostics.complexity.summary}`;
    case 'vulnerable':
      return `vulnerable by ${diagnostics.checker}${via}: ${diagnostics.complexity.summary}; attack ${diagnostics.attack.pattern.slice(0, 120)}`;
    default:
      return `unknown${via}: ${diagnostics.error.kind}${'message' in diagnostics.error ? ` ${diagnostics.error.message}` : ''}`;
  }
}
