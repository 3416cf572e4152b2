// Hostile input must come back quickly and without a crash: giant single lines, deep or unbalanced
// nesting, pathological chains. Bounds are loose (shared CI machines); what they catch is a
// quadratic path or a hang, which would take minutes at these sizes.
import { describe, expect, it } from 'vitest';
import { findUserSuppliedTokensInOtherLanguage as find } from '../../../src/scanner/detect/other-languages/find-user-supplied-tokens-in-other-language.js';
import type { OtherLanguage } from '../../../src/scanner/detect/other-languages/token-list.js';

const LANGUAGES: readonly OtherLanguage[] = ['python', 'ruby', 'php', 'go', 'java', 'csharp'];
const TIMEOUT = 120_000;

function timed(text: string, languages: readonly OtherLanguage[] = LANGUAGES): number {
  const start = performance.now();
  for (const language of languages) {
    const detections = find(text, language);
    expect(Array.isArray(detections)).toBe(true);
  }
  return performance.now() - start;
}

describe('hostile input', () => {
  it('reads a 50 MB single line', { timeout: TIMEOUT }, () => {
    expect(timed(`x = "intercom" + ${'a'.repeat(50_000_000)}`)).toBeLessThan(30_000);
  });

  it('reads a 50 MB unterminated string', { timeout: TIMEOUT }, () => {
    expect(timed(`<?php $x = "intercom ${'a\\"'.repeat(25_000_000)}`)).toBeLessThan(30_000);
  });

  it('gives up on files with millions of tokens', { timeout: TIMEOUT }, () => {
    expect(timed(`intercom ${'a.b(c) + '.repeat(400_000)}`, ['python', 'java'])).toBeLessThan(30_000);
  });

  it('handles 10k nested braces, brackets and parentheses', { timeout: TIMEOUT }, () => {
    const depth = 10_000;
    const text = `api.intercom.io\n${'f(x) {'.repeat(depth)}${'['.repeat(depth)}${'('.repeat(depth)}${')'.repeat(depth)}${']'.repeat(depth)}${'}'.repeat(depth)}`;
    expect(timed(text)).toBeLessThan(30_000);
  });

  it('handles unbalanced brackets', { timeout: TIMEOUT }, () => {
    expect(timed(`intercom ${'{'.repeat(100_000)}${'})]'.repeat(100_000)}`)).toBeLessThan(30_000);
  });

  it('handles deeply nested interpolation', { timeout: TIMEOUT }, () => {
    expect(timed(`intercom ${'f"{"#{$"{"${'.repeat(10_000)}`)).toBeLessThan(30_000);
  });

  it('handles chained lambdas and assignments', { timeout: TIMEOUT }, () => {
    expect(timed(`api.intercom.io ${'x => '.repeat(100_000)}1`, ['csharp', 'php'])).toBeLessThan(30_000);
    expect(timed(`api.intercom.io ${'x -> '.repeat(100_000)}1`, ['java'])).toBeLessThan(30_000);
    const chained = `from intercom import Intercom\n${'a = '.repeat(100_000)}request.form["t"]\nIntercom(token=a)\n`;
    expect(timed(chained, ['python'])).toBeLessThan(30_000);
  });

  it('handles thousands of nested Python functions', { timeout: TIMEOUT }, () => {
    const text = `import intercom\n${Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}def f(request):`).join('\n')}`;
    expect(timed(text, ['python'])).toBeLessThan(30_000);
  });

  it('handles Ruby blocks that never end', { timeout: TIMEOUT }, () => {
    const text = `Intercom::Client\n${'post "/x" do |t|\n  if t\n'.repeat(20_000)}Intercom::Client.new(token: params[:t])\n`;
    expect(timed(text, ['ruby'])).toBeLessThan(30_000);
  });

  it('handles a flood of sinks', { timeout: TIMEOUT }, () => {
    const text = `<?php use Intercom\\IntercomClient;\n${'new IntercomClient($_POST["t"]);\n'.repeat(20_000)}`;
    const start = performance.now();
    expect(find(text, 'php')).toHaveLength(20_000);
    expect(performance.now() - start).toBeLessThan(30_000);
  });

  it('does not trip over prototype names', () => {
    const text = 'import intercom\nconstructor(toString, __proto__)\nx.constructor(hasOwnProperty).valueOf(1)\n';
    for (const language of LANGUAGES) expect(find(text, language)).toEqual([]);
  });
});
