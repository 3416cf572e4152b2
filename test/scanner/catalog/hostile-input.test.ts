import { describe, expect, it } from 'vitest';
import { findCatalogSolicitations } from '../../../src/scanner/detect/catalog/find-catalog-solicitations.js';
import { generateToken } from '../../support/generate-token.js';

const KINDS = ['json', 'yaml', 'gettext'] as const;

/** Runs the detector and returns its findings with the time it took. */
function timed(text: string, kind: (typeof KINDS)[number], path: string) {
  const started = performance.now();
  const detections = findCatalogSolicitations(text, kind, path);
  return { detections, ms: performance.now() - started };
}

/** A small deterministic generator, so a failure can be replayed. */
function createRandom(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

describe('hostile input', () => {
  it('reads 100k levels of JSON nesting without overflowing, and finds the copy at the bottom', () => {
    const depth = 100_000;
    const objects = '{"intercom":'.repeat(depth) + '{"label":"Access token"}' + '}'.repeat(depth);
    const { detections, ms } = timed(objects, 'json', 'locales/en.json');
    expect(detections).toHaveLength(1);
    expect(objects.slice(detections[0]!.start, detections[0]!.end)).toBe('"Access token"');
    expect(ms).toBeLessThan(10_000);
    const arrays = '['.repeat(depth) + '"Intercom access token"' + ']'.repeat(depth);
    expect(timed(arrays, 'json', 'locales/en.json').detections).toHaveLength(1);
    // Unclosed and mismatched brackets.
    expect(() => findCatalogSolicitations('{"intercom":['.repeat(depth), 'json', 'locales/en.json')).not.toThrow();
    expect(() => findCatalogSolicitations(']}'.repeat(depth) + '{"intercom": {"a": "API key"}}', 'json', 'locales/en.json')).not.toThrow();
  });

  it('reads 100k levels of YAML nesting without overflowing the yaml package', () => {
    const depth = 100_000;
    // Flow style is JSON: read by the JSON reader when too deep for the package.
    const flow = 'intercom_copy:\n  ' + '{"intercom": '.repeat(depth) + '{"label": "Access token"}' + '}'.repeat(depth);
    expect(() => findCatalogSolicitations(flow, 'yaml', 'locales/en.yml')).not.toThrow();
    const flowDocument = '{"intercom": '.repeat(depth) + '{"label": "Access token"}' + '}'.repeat(depth);
    const { detections, ms } = timed(flowDocument, 'yaml', 'locales/en.yml');
    expect(detections).toHaveLength(1);
    expect(ms).toBeLessThan(10_000);
    for (const deep of [
      'intercom: ' + '['.repeat(1_000_000),
      'intercom: ' + '- '.repeat(depth) + 'Access token',
      'intercom:\n' + Array.from({ length: 2000 }, (_, level) => `${' '.repeat(level + 1)}k${level}:`).join('\n') + ' Access token\n',
      '[intercom, ' + '{a: '.repeat(depth),
    ]) {
      const result = timed(deep, 'yaml', 'locales/en.yml');
      expect(result.ms).toBeLessThan(10_000);
    }
  });

  it('reads a 20 MB one-line JSON quickly', () => {
    const filler = Array.from({ length: 1_700_000 }, (_, index) => (index % 3 === 0 ? `"n${index}"` : String(index))).join(',');
    const text = `{"meta":{"source":"intercom","items":[${filler}]},"intercom":{"tokenLabel":"Access token"}}`;
    expect(text.length).toBeGreaterThan(10_000_000);
    const padded = text.replace('"meta":{', `"pad":"${'x'.repeat(20_000_000 - text.length)}","meta":{`);
    expect(padded.length).toBeGreaterThanOrEqual(20_000_000);
    expect(padded.includes('\n')).toBe(false);
    const { detections, ms } = timed(padded, 'json', 'locales/en.json');
    expect(detections.map((detection) => padded.slice(detection.start, detection.end))).toEqual(['"Access token"']);
    expect(ms).toBeLessThan(10_000);
    // Without Intercom anywhere, a cheap look at the text is all it costs.
    const other = padded.replace(/intercom/g, 'acme');
    expect(timed(other, 'json', 'locales/en.json').ms).toBeLessThan(2_000);
  });

  it('reads a 20 MB unterminated string in every format', () => {
    const body = 'intercom access token '.repeat(1_000_000);
    for (const [text, kind] of [
      [`{"intercom": {"help": "Paste your ${body}`, 'json'],
      [`{'intercom': '${body}`, 'json'],
      [`intercom:\n  help: "Paste your ${body}`, 'yaml'],
      [`msgid "Paste your ${body}`, 'gettext'],
    ] as const) {
      const { ms } = timed(text, kind, 'locales/en.json');
      expect(ms).toBeLessThan(10_000);
    }
  });

  it('reads what it can of unterminated strings and comments', () => {
    const json = '{"intercom": {"label": "Access token\n, "help": "Paste your access token"';
    expect(findCatalogSolicitations(json, 'json', 'locales/en.json').map((d) => json.slice(d.start, d.end))).toEqual([
      '"Access token',
      '"Paste your access token"',
    ]);
    expect(findCatalogSolicitations('{"intercom": {"label": "Access token"} /* never closed', 'json', 'locales/en.json')).toHaveLength(1);
    expect(() => findCatalogSolicitations('intercom:\n  label: "Access token\n  x: [', 'yaml', 'locales/en.yml')).not.toThrow();
    expect(findCatalogSolicitations('#: intercom.php\nmsgid "Access token', 'gettext', 'x.po')).toHaveLength(1);
  });

  it('never throws on random input', () => {
    const random = createRandom(42);
    const alphabet = ['{', '}', '[', ']', '"', "'", ':', ',', '\\', '/', '*', '#', '\n', ' ', '-', '|', '>', '&', '*a', '!!', '---', 'msgid ', 'msgstr ', 'intercom', 'Access token', 'Paste your token', 'dG9rOm', '\u2028', '\uD800', '%'];
    for (let round = 0; round < 300; round += 1) {
      const length = 1 + random(200);
      let text = '';
      for (let index = 0; index < length; index += 1) text += alphabet[random(alphabet.length)];
      for (const kind of KINDS) {
        expect(() => findCatalogSolicitations(text, kind, 'locales/intercom.json'), JSON.stringify(text)).not.toThrow();
      }
    }
  });

  it('never puts a token into a message or key when a real token sits in a catalog', () => {
    const token = generateToken();
    const text = JSON.stringify({ intercom: { tokenPlaceholder: token, tokenLabel: 'Access token' } });
    for (const detection of findCatalogSolicitations(text, 'json', 'locales/en.json')) {
      expect(detection.message).not.toContain(token);
    }
  });
});
