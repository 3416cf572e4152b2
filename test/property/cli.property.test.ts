// The built CLI end to end, a few runs (each spawns the binary): a temporary tree of generated
// files of every supported type holding tokens in any supported encoding, one with a token in its
// name too, scanned with a random format, to stdout or --output, with or without colour. The run
// exits 1, every planted token is a finding at its exact line and column, and nothing
// printed or written holds a whole token.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { getLineIndex } from '../../src/scanner/get-line-index.js';
import { FORMAT_NAMES } from '../../src/scanner/report/index.js';
import { redactTokens } from '../../src/tokens/index.js';
import { createTempTree, removeTempTrees } from '../scanner/support/create-temp-tree.js';
import { runScanner } from '../scanner/support/run-scanner.js';
import { arbitraryToken, type GeneratedToken } from './support/arbitrary-token.js';
import { encodeToken, TOKEN_ENCODINGS, type EncodedToken } from './support/encode-token.js';
import { getPropertySettings, getPropertyTimeout } from './support/fc-settings.js';
import { FILE_KINDS, FILE_TEMPLATES, type FileKindName } from './support/file-templates.js';
import { getPlantedFile } from './support/get-planted-file.js';
import { getTokenSecrets } from './support/get-token-secrets.js';
import { readTokenLocations } from './support/read-token-locations.js';

afterAll(removeTempTrees);

interface Planted {
  generated: GeneratedToken;
  encoded: EncodedToken;
}

// Printable text only: control characters and NUL would make the reader skip a file as binary,
// which is reported (a notice), not a missed token, and is tested elsewhere.
const arbitraryFiller = fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 30 }));

const arbitraryPlanting = fc.record({
  generated: arbitraryToken(),
  encoding: fc.constantFrom(...TOKEN_ENCODINGS),
  holder: fc.nat(),
  filler: arbitraryFiller,
});

const arbitraryFile = fc.record({
  kind: fc.constantFrom(...FILE_KINDS),
  newline: fc.constantFrom('\n', '\r\n', '\r'),
  plantings: fc.array(arbitraryPlanting, { minLength: 1, maxLength: 2 }),
});

// File names hold a token as issued, unpadded, decoded or after `Bearer ` (never `/` or `+`).
const arbitraryNameToken = fc.record({
  generated: arbitraryToken(),
  encoding: fc.constantFrom('padded' as const, 'unpadded' as const, 'decoded' as const, 'bearer' as const),
});

const arbitraryRun = fc.record({
  files: fc.array(arbitraryFile, { minLength: 1, maxLength: 4 }),
  nameToken: fc.option(arbitraryNameToken, { nil: undefined }),
  format: fc.constantFrom(...FORMAT_NAMES),
  toFile: fc.boolean(),
  color: fc.boolean(),
});

interface Expected {
  path: string;
  line: number;
  column: number;
}

describe('intercom-auth-scan on generated trees', () => {
  const options = { numRuns: 5, numRunsVariable: 'FC_CLI_NUM_RUNS' } as const;
  const settings = getPropertySettings<unknown>(options);
  it(
    'exits 1, reports every planted token and prints no whole token, in any format',
    () => {
      fc.assert(
        fc.property(arbitraryRun, ({ files, nameToken, format, toFile, color }) => {
          const tree = createTempTree();
          const out = createTempTree();
          const planted: Planted[] = [];
          const expected: Expected[] = [];
          const write = (path: string, kind: FileKindName, plantings: (typeof files)[number]['plantings'], newline = '\n') => {
            const encoded = plantings.map((p) => encodeToken(p.generated, p.encoding));
            const file = getPlantedFile(kind, plantings.map((p, i) => ({ ...encoded[i]!, holder: p.holder, filler: p.filler })), newline);
            tree.write({ [path]: file.text });
            const lines = getLineIndex(file.text);
            for (const [i, span] of file.spans.entries()) {
              planted.push({ generated: plantings[i]!.generated, encoded: encoded[i]! });
              expected.push({ path, ...lines.getLocation(span.start) });
            }
            return file;
          };
          files.forEach(({ kind, plantings, newline }, i) => write(`d${i}/${FILE_TEMPLATES[kind].path}`, kind, plantings, newline));
          if (nameToken) {
            const encoded = encodeToken(nameToken.generated, nameToken.encoding);
            planted.push({ generated: nameToken.generated, encoded });
            // The file's findings are reported under its redacted name.
            const name = `leak/${encoded.text}.txt`;
            const file = write(name, 'txt', [{ ...files[0]!.plantings[0]!, filler: '' }]);
            expect(file.spans).toHaveLength(1);
            expected.at(-1)!.path = redactTokens(name);
          }

          const output = out.path(`report.${format}`);
          const args = ['--no-progress', '--format', format, color ? '--color' : '--no-color', ...(toFile ? ['--output', output] : [])];
          const run = runScanner(args, { cwd: tree.root });
          const report = toFile ? readFileSync(output, 'utf8') : run.stdout;

          const secrets = planted.flatMap((p) => getTokenSecrets(p.generated, p.encoded));
          for (const [where, text] of [['stdout', run.stdout], ['stderr', run.stderr], ['report', report]] as const) {
            const leaked = secrets.filter((secret) => text.includes(secret));
            expect(leaked.length, `${format}: ${leaked.length} secret form(s) in ${where}`).toBe(0);
          }
          expect(run.code, `exit code; stderr: ${redactTokens(run.stderr).slice(0, 500)}`).toBe(1);
          const at = (e: Expected) => `${e.path}:${e.line}:${e.column}`;
          expect(readTokenLocations(format, report).sort(), `${format} findings`).toEqual(expected.map(at).sort());
        }),
        settings,
      );
    },
    getPropertyTimeout(options, 5_000),
  );
});
