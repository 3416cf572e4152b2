/**
 * Every regex in src/ and rules/ goes through recheck, a maintained ReDoS checker: literals and
 * constant `new RegExp('…')` read by the TypeScript compiler, JSON-schema `pattern`s, and the
 * patterns dynamic call sites really build (captured while the package loads and runs its
 * builders). A dynamic call site that is neither exercised nor reviewed fails the suite, as does
 * any regex recheck does not call safe unless reviewed-regexes.ts accepts it with a reason.
 * About a minute with recheck's native binary on an idle core; REDOS_THOROUGH=1 fuzzes harder.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureBuiltRegexes } from './capture-built-regexes.js';
import { checkRegex, describeDiagnostics } from './check-regex.js';
import { exerciseRegexBuilders } from './exercise-regex-builders.js';
import { findRegexSites, type RegexSite } from './find-regex-sites.js';
import { getPhraseShapes } from './get-phrase-shapes.js';
import { getRecheckBackend } from './get-recheck-backend.js';
import { ACCEPTED_REGEXES, KNOWN_VULNERABLE_REGEXES, REVIEWED_DYNAMIC_SITES } from './reviewed-regexes.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
const BACKEND = getRecheckBackend();
const sites = findRegexSites(ROOT, ['src', 'rules']);
const dynamicSites = sites.filter((site) => site.kind === 'dynamic-call');
const built = await captureBuiltRegexes(ROOT, () => exerciseRegexBuilders(ROOT, dynamicSites.map((site) => site.file)));

const getPlace = (at: { file: string; line: number }) => `${at.file}:${at.line}`;
const getReview = (site: RegexSite) => REVIEWED_DYNAMIC_SITES.find((entry) => entry.file === site.file && site.code.includes(entry.call));
// Built regexes from a reviewed site whose samples are not checked one by one.
const instancesOf = new Map(dynamicSites.flatMap((site) => [[getPlace(site), getReview(site)?.instances ?? 'check'] as const]));

interface Regex {
  source: string;
  flags: string;
  /** `file:line` of every place that writes or builds it. */
  places: string[];
}

const regexes = new Map<string, Regex>();
const phraseSources: string[] = [];
for (const at of [...sites, ...built]) {
  const { source, flags } = at;
  if (source === undefined || flags === undefined) continue;
  const instances = instancesOf.get(getPlace(at)) ?? 'check';
  if (instances === 'shapes') phraseSources.push(source);
  if (instances !== 'check') continue;
  const key = `/${source}/${flags}`;
  const regex = regexes.get(key) ?? { source, flags, places: [] };
  if (!regex.places.includes(getPlace(at))) regex.places.push(getPlace(at));
  regexes.set(key, regex);
}

const getFile = (place: string) => place.slice(0, place.lastIndexOf(':'));
const isListed = (regex: Regex) => (entry: { file: string; regex: RegExp }) =>
  entry.regex.source === regex.source && entry.regex.flags === regex.flags && regex.places.some((place) => getFile(place) === entry.file);
const getName = (regex: Regex) => {
  const [first, ...more] = regex.places;
  const source = regex.source.length > 80 ? `${regex.source.slice(0, 80)}…` : regex.source;
  return `${first}${more.length > 0 ? ` (+${more.length})` : ''} /${source}/${regex.flags}`;
};

describe('regex safety', () => {
  it(`recheck runs (${BACKEND} backend) and tells a catastrophic regex from a linear one`, () => {
    if (process.platform === 'linux' && process.arch === 'x64') expect(BACKEND).toBe('native');
    const bad = checkRegex('^(a+)+$', '').diagnostics;
    expect(bad.status).toBe('vulnerable');
    expect(bad.status === 'vulnerable' && bad.complexity.type).toBe('exponential');
    expect(checkRegex('^(?:a|b)+$', '').diagnostics.status).toBe('safe');
  });

  it('finds literals, schema patterns and dynamic call sites, and every built regex comes from a found site', () => {
    for (const kind of ['literal', 'schema-pattern', 'dynamic-call'] as const) {
      expect(sites.filter((site) => site.kind === kind).length, kind).toBeGreaterThan(0);
    }
    expect(phraseSources.length).toBeGreaterThan(0);
    const found = new Set(sites.map(getPlace));
    expect(built.map(getPlace).filter((place) => !found.has(place))).toEqual([]);
  });

  it('every dynamic call site is exercised by exercise-regex-builders.ts or reviewed in reviewed-regexes.ts', () => {
    const exercised = new Set(built.map(getPlace));
    const unexplained = dynamicSites.filter((site) => !exercised.has(getPlace(site)) && getReview(site) === undefined);
    expect(unexplained.map((site) => `${getPlace(site)} ${site.code}`)).toEqual([]);
    const stale = REVIEWED_DYNAMIC_SITES.filter((entry) => !dynamicSites.some((site) => getReview(site) === entry));
    expect(stale, 'reviewed call sites that no longer exist').toEqual([]);
  });

  it('every accepted or known-vulnerable regex still exists', () => {
    const all = [...regexes.values()];
    const stale = [...ACCEPTED_REGEXES, ...KNOWN_VULNERABLE_REGEXES].filter((entry) => !all.some((regex) => isListed(regex)(entry)));
    expect(stale.map((entry) => `${entry.file} ${entry.regex}`), 'listed regexes that no longer exist: remove them').toEqual([]);
  });

  for (const regex of regexes.values()) {
    if (ACCEPTED_REGEXES.some(isListed(regex))) continue;
    const known = KNOWN_VULNERABLE_REGEXES.find(isListed(regex));
    // A known bug: passes while recheck still reports it, fails once fixed (remove the entry).
    const test = known === undefined ? it : it.fails;
    test(getName(regex), { timeout: 60_000 }, () => {
      const result = checkRegex(regex.source, regex.flags);
      expect(result.diagnostics.status, `${regex.places.join(', ')}: ${describeDiagnostics(result)}`).toBe('safe');
    });
  }

  // Lexicon alternations: every alternative's shape (see get-phrase-shapes.ts).
  for (const shape of getPhraseShapes(phraseSources)) {
    it(`phrase shape /${shape}/u`, { timeout: 60_000 }, () => {
      const result = checkRegex(shape, 'u');
      expect(result.diagnostics.status, describeDiagnostics(result)).toBe('safe');
    });
  }
});
