// The scanner's per-file dispatch (scanText) on every supported file type: a token planted in a
// kind-appropriate place, in any supported encoding, is always a no-hardcoded-token detection
// covering it, with a message that holds no token; and random text of any kind never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultConfig } from '../../src/scanner/config/default-config.js';
import { createScanEngine, scanText } from '../../src/scanner/scan-text.js';
import { arbitraryToken } from './support/arbitrary-token.js';
import { encodeToken, TOKEN_ENCODINGS, type TokenEncoding } from './support/encode-token.js';
import { getPropertySettings, getPropertyTimeout } from './support/fc-settings.js';
import { FILE_KINDS, FILE_TEMPLATES } from './support/file-templates.js';
import { getPlantedFile } from './support/get-planted-file.js';
import { getSplitScript, SPLIT_FORMS } from './support/get-split-script.js';
import { getTokenSecrets } from './support/get-token-secrets.js';

// The recommended settings, as the CLI runs without a config file.
const engine = createScanEngine({ rules: createDefaultConfig().rules, inlineConfig: true });
const scan = (path: string, text: string) => scanText(text, path, `/project/${path}`, engine);

// Padding the core may take from the text after a value (`…=` before a holder's `=`).
const TRAILING_PADDING = /^(?:=|%3[Dd]|\\u003[Dd]){0,2}$/;

// Filler lines: mostly none, so scripts often parse and go through the ESLint rule; sometimes
// random text, so they often do not and go through the text fallback. Both must find the token.
// A leading BOM is the reader's to strip (scanText takes decoded text), so none is generated.
const arbitraryFiller = fc.oneof(
  { arbitrary: fc.constant(''), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replace(/^\uFEFF+/, '')), weight: 1 },
);

// Every line break ESLint counts: script findings are mapped back from its lines and columns.
const arbitraryNewline = fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029');

const arbitraryPlanting = fc.record({
  generated: arbitraryToken(),
  encoding: fc.constantFrom(...TOKEN_ENCODINGS),
  holder: fc.nat(),
  filler: arbitraryFiller,
});

describe('scanText on generated files', () => {
  const options = { numRuns: 150 };
  const settings = getPropertySettings<unknown>(options);
  it(
    'reports every planted token, in every file type, at the place it is written, without printing it',
    () => {
      // Scripts reach the token through the ESLint rule when they parse, through the text fallback
      // when they do not: the property is only worth something if both happen.
      const scriptPaths = { linted: 0, fallback: 0 };
      fc.assert(
        fc.property(fc.constantFrom(...FILE_KINDS), fc.array(arbitraryPlanting, { minLength: 1, maxLength: 3 }), arbitraryNewline, (kind, plantings, newline) => {
          const encoded = plantings.map((p) => encodeToken(p.generated, p.encoding));
          const file = getPlantedFile(
            kind,
            plantings.map((p, i) => ({ ...encoded[i]!, holder: p.holder, filler: p.filler })),
            newline,
          );
          const { detections, notices } = scan(file.path, file.text);
          if (['js', 'ts', 'jsx'].includes(kind)) scriptPaths[notices.some((n) => n.code === 'parse-fallback') ? 'fallback' : 'linted']++;
          const tokens = detections.filter((d) => d.rule === 'no-hardcoded-token');
          file.spans.forEach(({ start, end }, i) => {
            const found = tokens.find((d) => d.start === start);
            expect(found, `planting ${i} (${plantings[i]!.encoding}) at ${start}: ${JSON.stringify(tokens.map((d) => [d.start, d.end]))}`).toBeDefined();
            expect(file.text.slice(end, found!.end)).toMatch(TRAILING_PADDING);
          });
          const printed = JSON.stringify(detections.map((d) => d.message));
          for (const [i, p] of plantings.entries()) {
            for (const secret of getTokenSecrets(p.generated, encoded[i])) expect(printed.includes(secret)).toBe(false);
          }
        }),
        settings,
      );
      if ((settings.numRuns ?? 0) >= 100) expect(Math.min(scriptPaths.linted, scriptPaths.fallback)).toBeGreaterThan(0);
    },
    getPropertyTimeout(options, 40),
  );
});

// Cuts inside `\u003d` would make the literal invalid, so the JSON-escaped padding is not split.
const SPLITTABLE = TOKEN_ENCODINGS.filter((e) => e !== 'json-padding');

// The core folds a file's strings only when one piece still shows a token keyword: `dG9`
// (`ZEc5`, `tok:`) or `Basic ` (src/tokens/might-contain-token.ts). A cut through those first
// characters is out of its reach by design, so the property does not make one.
function isCutFolded(encoding: TokenEncoding, secretStart: number, cut: number): boolean {
  // A cut right after `Basic ` is a known bug (scan-text.regressions.test.ts): left out until fixed.
  if (encoding === 'basic-password' || encoding === 'basic-password-decoded') return cut > 6;
  const keyword = ['decoded', 'double-encoded', 'double-encoded-no-colon', 'basic-username'].includes(encoding) ? 4 : 3;
  return !(secretStart < cut && cut < secretStart + keyword);
}

describe('scanText on a token split into string pieces', () => {
  const options = { numRuns: 100 };
  const settings = getPropertySettings<unknown>(options);
  it(
    'reports it over the pieces that hold it, whichever way they are joined',
    () => {
      fc.assert(
        fc.property(
          arbitraryToken(),
          fc.constantFrom(...SPLITTABLE),
          fc.constantFrom(...SPLIT_FORMS),
          fc.constantFrom("'", '"', '`'),
          fc.constantFrom('src/token.js', 'src/token.ts'),
          fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 3 }),
          (generated, encoding, form, quote, path, cutSeeds) => {
            const encoded = encodeToken(generated, encoding);
            const length = encoded.text.length;
            const cuts = [...new Set(cutSeeds.map((n) => 1 + (n % (length - 1))))]
              .filter((cut) => isCutFolded(encoding, encoded.secretStart, cut))
              .sort((a, b) => a - b);
            const script = getSplitScript(encoded.text, encoded.secretStart, cuts, form, quote);
            const { detections, notices } = scan(path, script.text);
            expect(notices.map((n) => n.code)).toEqual([]);
            const covering = detections.filter((d) => d.rule === 'no-hardcoded-token' && d.start <= script.start && script.end <= d.end);
            expect(covering.length, `${form} in ${cuts.length + 1} pieces: ${JSON.stringify(detections.map((d) => [d.messageId, d.start, d.end]))}`).toBeGreaterThan(0);
          },
        ),
        settings,
      );
    },
    getPropertyTimeout(options, 40),
  );
});

// Pieces each detector reacts to, so random files get past the keyword filters into the
// parsers, lexers and copy judges instead of being dismissed at once.
const FRAGMENTS = [
  'intercom', 'Intercom', 'access token', 'Paste your Intercom access token', 'API key', 'placeholder="', 'label=',
  '<script>', '</script>', '<script setup lang="ts">', '<template>', '</template>', '<input v-model="token">', '<input',
  '{{', '}}', '<?php', '?>', '<%=', '%>', '{', '}', '[', ']', '(', ')', '"', "'", '`', '${', ':', ': ', '- ', '# ', '#',
  'msgid "', 'msgstr "', '=', '\n', '\r\n', '\r', '\u2028', '  ', '\t', '\\', '/*', '*/', '//', '<!--', '-->', '"""',
  'req.body.token', 'request.args["token"]', 'params[:token]', '$_POST["token"]', 'r.FormValue("token")',
  "fetch('https://api.intercom.io/me', { headers: { Authorization: ", 'new IntercomClient({ token: ',
  'Intercom::Client.new(token: ', 'from intercom.client import Client', 'import intercom', "import { IntercomClient } from 'intercom-client'",
  'Authorization', 'Bearer ', 'Basic ', 'dG9rOj', 'dG9rOm', 'tok:', 'intercom-auth-ignore', 'eslint-disable', '\u0000', '\uFFFD',
];
const arbitrarySoup = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...FRAGMENTS), weight: 3 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 }), {
    maxLength: 60,
  })
  .map((pieces) => pieces.join('').replace(/^\uFEFF+/, ''));

describe('scanText on random text', () => {
  const options = { numRuns: 200 };
  const settings = getPropertySettings<unknown>(options);
  it(
    'never throws on any file type, and keeps its detections and notices well formed',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...FILE_KINDS), arbitrarySoup, (kind, text) => {
          const path = FILE_TEMPLATES[kind].path;
          const result = scan(path, text);
          for (const d of result.detections) {
            expect(0 <= d.start && d.start <= d.end && d.end <= text.length, `${d.rule} at ${d.start}..${d.end}`).toBe(true);
            expect(d.message).not.toMatch(/[\r\n]/);
          }
          for (const n of result.notices) expect(n.message, n.code).not.toMatch(/[\r\n]/);
          expect(result.suppressed).toBeGreaterThanOrEqual(0);
        }),
        settings,
      );
    },
    getPropertyTimeout(options, 60),
  );
});
