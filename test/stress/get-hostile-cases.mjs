// Hostile files for the scanner: giant single lines, token look-alikes by the megabyte, unclosed
// or deeply nested brackets, quotes, templates and comments in every file type the scanner reads
// with a parser, and size-limit edges. Shared by run-hostile-inputs.mjs (full sizes, timed) and
// hostile-inputs.test.ts (scaled down). Plain ESM so the script runs without a TypeScript step.
//
// Contents are built lazily (`make`) so only one multi-megabyte file is in memory at a time.
// Planted tokens are generated at run time and never printed.
import { randomUUID } from 'node:crypto';

/** A fake token with a real shape: base64 of `tok:<uuid with _>:1:0` (as test/support/generate-token.ts). */
export function generateToken() {
  return Buffer.from(`tok:${randomUUID().replace(/-/g, '_')}:1:0`).toString('base64');
}

export const MB = 1_000_000;

/** Full sizes, as issue 5 names them. */
export const FULL_SIZES = Object.freeze({
  singleLine: 50 * MB,
  lookAlikes: 10 * MB,
  unclosed: 1 * MB,
  depth: 100_000,
  bundle: 30 * MB,
  // Over the default 64 MB --max-file-size.
  oversized: 70 * MB,
});

// Makes a script worth linting (an SDK sink and copy), so the rules' parser and walkers see the
// nesting; without it the scanner reads the file for tokens only.
const LINTED = "import { IntercomClient } from 'intercom-client';\nexport const label = 'Paste your Intercom access token';\n";
const fill = (unit, size) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
const nest = (open, inner, close, depth) => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
// `unit` × count in lines of 100: scripts with long lines count as minified and are not linted.
const inLines = (unit, count) => `${`${unit.repeat(100)}\n`.repeat(Math.floor(count / 100))}${unit.repeat(count % 100)}`;
const nestInLines = (open, inner, close, depth) => `${inLines(open, depth)}${inner}${inLines(close, depth)}`;
// 49 base64 characters: with `dG9rOj` in front, a unit just short of a token (60 with padding).
const BASE64_49 = 'QmFzZTY0IGxvb2thbGlrZSBub3QgYSB0b2tlbiBhdCBhbGwhI';

/**
 * @typedef {object} HostileCase
 * @property {string} group    a–e, as in the issue's list
 * @property {string} file     file name inside the scan directory
 * @property {string} what     one line for the table
 * @property {(token: string) => string} make  the content; `token` is planted where `planted` says
 * @property {boolean} planted the content holds the token: it must be reported (exit 1)
 * @property {string} [rule] a finding of this rule must be reported (exit 1), token or not
 * @property {string[]} [args] extra CLI arguments
 * @property {{ code: string, exit: number }} [skipped] the file must be skipped with this notice code and exit code
 * @property {string} [knownBug] why the case fails today (reported, not fixed in this change)
 */

/**
 * The cases at the given sizes (defaults: FULL_SIZES). With `maxFileSize`, the oversized case
 * passes it as --max-file-size; without, it relies on the default (64 MiB).
 * @param {Partial<typeof FULL_SIZES> & { maxFileSize?: number }} [sizes]
 * @returns {HostileCase[]}
 */
export function getHostileCases(sizes = {}) {
  const { singleLine, lookAlikes, unclosed, depth, bundle, oversized, maxFileSize } = { ...FULL_SIZES, ...sizes };
  // Scripts over 1 MB (or with long lines) are scanned for tokens only: stay under, in lines.
  const script = Math.min(unclosed, 900_000);
  const minified = 'function a(b,c){return b.map(function(d){return d*c+1})}var e=a([1,2,3],4),f={g:"h",i:[5,6]};';
  /** @type {HostileCase[]} */
  const cases = [
    // (a) one giant line, token at its end.
    { group: 'a', file: 'single-line.js', what: 'single-line minified JS', planted: true, make: (t) => `${fill(minified, singleLine)}var k="${t}";` },
    { group: 'a', file: 'single-line.json', what: 'single-line JSON array', planted: true, make: (t) => `[${fill('{"id":1,"name":"item","tags":["a","b"]},', singleLine)}{"token":"${t}"}]` },
    // Tag floods: every `<script` or `<data` opens a tag that never closes.
    // Tag floods: every `<script`, `<data` or `<` opens a tag that never closes. The copy up front
    // gets the page past the cheap filters to the script and catalog readers.
    {
      group: 'a',
      file: 'single-line.html',
      what: 'single-line <script flood',
      planted: true,
      make: (t) => `<label>Paste your Intercom access token</label><input name="token">${fill('<script ', singleLine)}\ntoken: ${t}\n`,
    },
    {
      group: 'a',
      file: 'Resources/strings.resx',
      what: 'single-line <data and < flood',
      planted: true,
      make: (t) =>
        `<root><data name="label"><value>Paste your Intercom access token ${fill('<', singleLine / 2)}</value></data>${fill('<data ', singleLine / 2)}\n<!-- ${t} -->\n`,
    },
    { group: 'a', file: 'single-line.txt', what: 'single-line text', planted: true, make: (t) => `${fill('lorem ipsum dolor sit amet ', singleLine)}token=${t}` },

    // (b) token prefixes by the megabyte: look-alikes that must not be reported, then a real token.
    { group: 'b', file: 'prefix-repeated.txt', what: 'repeated dG9rOj', planted: true, make: (t) => `${fill('dG9rOj', lookAlikes)}\ntoken: ${t}\n` },
    { group: 'b', file: 'prefix-alternating.txt', what: 'repeated dG9rOjdG9rOm', planted: true, make: (t) => `${fill('dG9rOjdG9rOm', lookAlikes)}\ntoken: ${t}\n` },
    // Each candidate decodes to `tok:01234…` and only fails further on.
    { group: 'b', file: 'prefix-head.txt', what: 'repeated base64 of "tok:01234"', planted: true, make: (t) => `${fill('dG9rOjAxMjM0', lookAlikes)}\ntoken: ${t}\n` },
    { group: 'b', file: 'prefix-49.txt', what: 'repeated dG9rOj + 49 base64 chars', planted: true, make: (t) => `${fill(`dG9rOj${BASE64_49}`, lookAlikes)}\ntoken: ${t}\n` },
    { group: 'b', file: 'prefix-string.js', what: 'repeated dG9rOj in a JS string', planted: true, make: (t) => `const s = "${fill('dG9rOj', lookAlikes)}";\nconst k = "${t}";\n` },
    { group: 'b', file: 'prefix-none.txt', what: 'repeated dG9rOj, no token', planted: false, make: () => fill('dG9rOj', lookAlikes) },

    // (c) unclosed brackets, quotes, templates and comments; the token after them. Scripts are
    // cut into lines and kept under the 1 MB lint limit, so the parser reads them.
    ...[
      ['brackets', '['],
      ['braces', '{'],
      ['parens', '('],
    ].map(([name, open]) => ({
      group: 'c',
      file: `unclosed-${name}.js`,
      what: `${open} × ${script}`,
      planted: true,
      make: (t) => `${LINTED}${inLines(open, script)}\nconst k = "${t}";\n`,
    })),
    { group: 'c', file: 'unclosed-braces.json', what: '{ × size in JSON', planted: true, make: (t) => `${fill('{"a":', unclosed)}\n"${t}"\n` },
    { group: 'c', file: 'unclosed-brackets.yaml', what: '[ × size in YAML', planted: true, make: (t) => `${fill('[', unclosed)}\ntoken: ${t}\n` },
    { group: 'c', file: 'quotes.js', what: `"'"'… × ${script}`, planted: true, make: (t) => `${LINTED}${inLines(`"'`, script / 2)}\nconst k = "${t}";\n` },
    {
      group: 'c',
      file: 'unterminated-template.js',
      what: 'unterminated template literal',
      planted: true,
      make: (t) => `${LINTED}const a = \`${inLines('text ${b} ', script / 10)}\nconst k = "${t}";\n`,
    },
    { group: 'c', file: 'unterminated-comment.js', what: 'unterminated block comment', planted: true, make: (t) => `${LINTED}/*${inLines('comment ', script / 8)}\nconst k = "${t}";\n` },
    {
      group: 'c',
      file: 'lodash-path.js',
      what: `[ × ${script} in a lodash path`,
      planted: true,
      knownBug: "src/flow/flow-analysis.ts getLodashPath: /\\[[\"']?([^\\]\"']*)[\"']?\\]/g is quadratic in the path string",
      // In lines and under the 1 MB lint limit, so the rules' dataflow reads the path.
      make: (t) =>
        `import _ from 'lodash';\n${LINTED}export function connect(req) {\n  return new IntercomClient({ token: _.get(req.body, \`${inLines('[', script)}\`) });\n}\nconst k = "${t}";\n`,
    },
    { group: 'c', file: 'unterminated-string.py', what: 'unterminated Python string', planted: true, make: (t) => `x = """${fill('text \\" ', unclosed)}\nk = "${t}"\n` },

    // (d) `depth` levels of nesting, which a recursive walker would overflow on; token innermost.
    { group: 'd', file: 'nested-arrays.json', what: `[ × ${depth}`, planted: true, make: (t) => nest('[', `"${t}"`, ']', depth) },
    { group: 'd', file: 'nested-objects.json', what: `{"a": × ${depth}`, planted: true, make: (t) => nest('{"a":', `"${t}"`, '}', depth) },
    { group: 'd', file: 'nested-arrays.js', what: `[ × ${depth}`, planted: true, make: (t) => `${LINTED}const a = ${nestInLines('[', `"${t}"`, ']', depth)};\n` },
    { group: 'd', file: 'nested-parens.js', what: `( × ${depth}`, planted: true, make: (t) => `${LINTED}const a = ${nestInLines('(', `"${t}"`, ')', depth)};\n` },
    { group: 'd', file: 'nested-arrows.js', what: `() => × ${depth}`, planted: true, make: (t) => `${LINTED}const f = ${inLines('() => ', depth)}"${t}";\n` },
    { group: 'd', file: 'nested-concat.js', what: `"x" + × ${depth}`, planted: true, make: (t) => `${LINTED}const s = ${inLines('"x" + ', depth)}"${t}";\n` },
    {
      group: 'd',
      file: 'deep-concat.js',
      what: '"x" + × 3000 around user input (parses)',
      planted: false,
      rule: 'no-user-supplied-token',
      make: () => `${LINTED}export function connect(req) {\n  return new IntercomClient({ token: ${inLines('"x" + ', 3000)}req.body.token });\n}\n`,
    },
    { group: 'd', file: 'nested-objects.ts', what: `{ a: × ${depth}`, planted: true, make: (t) => `${LINTED}const o: unknown = ${nestInLines('{ a: ', `"${t}"`, ' }', depth)};\n` },
    { group: 'd', file: 'nested-calls.ts', what: `f( × ${depth}`, planted: true, make: (t) => `${LINTED}${nestInLines('f(', `"${t}"`, ')', depth)};\n` },
    { group: 'd', file: 'nested-flow.yaml', what: `[ × ${depth}`, planted: true, make: (t) => `key: ${nest('[', t, ']', depth)}\n` },
    { group: 'd', file: 'nested-sequences.yaml', what: `- × ${depth} on one line`, planted: true, make: (t) => `${'- '.repeat(depth)}${t}\n` },
    {
      group: 'd',
      file: 'nested.vue',
      what: `<div> and [ × ${depth}`,
      planted: true,
      make: (t) => `<template>${nestInLines('<div>', 'Intercom', '</div>', depth)}</template>\n<script>\n${LINTED}const a = ${nestInLines('[', `"${t}"`, ']', depth)};\n</script>\n`,
    },
    { group: 'd', file: 'nested-quotes.md', what: `> × ${depth}`, planted: true, make: (t) => `# Intercom\n\n${'>'.repeat(depth)} token ${t}\n` },
    { group: 'd', file: 'nested-lists.md', what: `- × ${depth}`, planted: true, make: (t) => `# Intercom\n\n${'- '.repeat(depth)}token ${t}\n` },
    { group: 'd', file: 'nested-html.md', what: `<div> × ${depth}`, planted: true, make: (t) => `# Intercom\n\n${nest('<div>', `token ${t}`, '</div>', depth)}\n` },

    // (e) size limits: a bundle under the limit is scanned to its last byte; one over it is skipped by name.
    { group: 'e', file: 'bundle.min.js', what: 'minified bundle, token at the very end', planted: true, make: (t) => `${fill(minified, bundle)}var k="${t}"` },
    {
      group: 'e',
      file: 'oversized.js',
      what: 'over --max-file-size',
      planted: false,
      // The README: skipped files are notices, and only errors exit 2; an oversized file is a warning.
      skipped: { code: 'too-large', exit: 0 },
      args: maxFileSize === undefined ? [] : ['--max-file-size', String(maxFileSize)],
      make: (t) => `${fill(minified, oversized)}var k="${t}"`,
    },
  ];
  return cases;
}
