// Plants synthetic tokens and look-alikes into the tree and records where (the ground truth).
//
// Reproducible: every run first restores the files the previous planting touched (from the
// installed corpus) and removes the files it added, then plants again from the fixed seed, so
// each run scans the same bytes. The truth file holds paths and line ranges, never a token.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { PLANT_MANIFEST_FILE, TREE_DIR, TRUTH_FILE } from './bench-paths.mjs';
import { getCorpusPath, RENAMED_DIRECTORY } from './lay-out-tree.mjs';
import { listTreeFiles } from './list-tree-files.mjs';
import { BenchError, logStep } from './log-step.mjs';
import { createTokenMaker } from './make-tokens.mjs';
import { maskSecrets } from './mask-secrets.mjs';

const REGIONS = ['eu', 'au', 'eu-west-1'];

/** Where a token goes; each returns the plant's file and line range. */
const TOKEN_PLACEMENTS = {
  'js-string': (ctx, token, n) => ctx.append(ctx.pick('js'), `const __intercomBench${n} = '${token}';\n`),
  'dts-comment': (ctx, token) => ctx.append(ctx.pick('dts'), `/** Example access token: ${token} */\n`),
  'json-value': (ctx, token, n) =>
    ctx.create(`${ctx.pickPackageDirectory()}/intercom-bench-${n}.json`, `${JSON.stringify({ name: 'bench', intercom: { accessToken: token } }, null, 2)}\n`),
  'markdown-code-block': (ctx, token) =>
    ctx.append(ctx.pick('readme'), `\n\`\`\`js\nconst client = new IntercomClient({ token: '${token}' });\n\`\`\`\n`),
  'nested-node-modules': (ctx, token, n) => ctx.append(ctx.pick('nested-js'), `module.exports.__intercomBench${n} = "${token}";\n`),
  'minified-js-end': (ctx, token, n) => ctx.appendToLastLine(ctx.pick('minified-js'), `;var __intercomBench${n}="${token}";`),
  'source-map-content': (ctx, token) => ctx.addToSourceMap(ctx.pick('source-map'), `\nconst intercomToken = "${token}";\n`),
  'bearer-header': (ctx, token, n) =>
    ctx.append(ctx.pick('ts'), `export const __intercomBench${n} = { headers: { Authorization: 'Bearer ${token}' } };\n`),
  'env-line': (ctx, token) => ctx.create(`${ctx.pickPackageDirectory()}/.env`, `INTERCOM_ACCESS_TOKEN=${token}\n`),
  yaml: (ctx, token, n) => ctx.create(`${ctx.pickPackageDirectory()}/intercom-bench-${n}.yml`, `services:\n  intercom:\n    auth:\n      token: ${token}\n`),
  'split-concatenation': (ctx, token, n) =>
    ctx.append(ctx.pick('js'), `const __intercomBench${n} = '${token.slice(0, 30)}' +\n  '${token.slice(30)}';\n`),
  'url-encoded-padding': (ctx, token, n) =>
    ctx.append(ctx.pick('js'), `const __intercomBench${n} = 'https://example.invalid/callback?access_token=${token.replace(/=/g, '%3D')}&state=1';\n`),
  'basic-auth': (ctx, token, n) =>
    ctx.append(ctx.pick('js'), `const __intercomBench${n} = { Authorization: 'Basic ${ctx.b64(`${token}:`)}' };\n`),
};

/** Where a look-alike goes: the same kinds of places, with `intercom` nearby so no keyword filter skips them. */
const LOOKALIKE_PLACEMENTS = [
  (ctx, text, n) => ctx.append(ctx.pick('js'), `const intercomAccessToken${n} = '${text}';\n`),
  (ctx, text) => ctx.append(ctx.pick('readme'), `\nExample Intercom access token value: \`${text}\`\n`),
  (ctx, text, n) => ctx.create(`${ctx.pickPackageDirectory()}/intercom-bench-${n}.json`, `${JSON.stringify({ intercom: { accessToken: text } }, null, 2)}\n`),
  (ctx, text, n) => ctx.create(`${ctx.pickPackageDirectory()}/intercom-bench-${n}.yml`, `intercom:\n  access_token: "${text}"\n`),
];
const LOOKALIKE_COPIES = 4;

/** Which existing files a placement may write into. */
const CATEGORIES = {
  js: ({ path, size }) => path.endsWith('.js') && !path.endsWith('.min.js') && size > 2_000 && size < 200_000 && !path.includes(`${RENAMED_DIRECTORY}/`),
  'nested-js': ({ path, size }) => path.endsWith('.js') && size < 200_000 && path.includes(`/${RENAMED_DIRECTORY}/`),
  dts: ({ path, size }) => path.endsWith('.d.ts') && size < 200_000,
  ts: ({ path, size }) => path.endsWith('.ts') && !path.endsWith('.d.ts') && size < 100_000,
  readme: ({ path }) => /(^|\/)readme\.md$/i.test(path),
  'minified-js': ({ path, size }) => path.endsWith('.js') && size > 1_048_576,
  'source-map': ({ path, size }) => path.endsWith('.map') && size < 2_000_000,
  package: ({ path }) => /^(@[^/]+\/)?[^/@]+\/package\.json$/.test(path),
};

/** Checks that need the file's content, made only on the candidate about to be picked. */
const CONTENT_CHECKS = {
  // Minified: long lines, not just a big file; and the last line is code, not a trailing
  // `//# sourceMappingURL` comment that the appended statement would fall into.
  'minified-js': (text) => {
    const lines = text.replace(/\n+$/, '').split('\n');
    const last = lines[lines.length - 1];
    return text.length / lines.length > 500 && last.length > 1_000 && !last.trimStart().startsWith('//');
  },
  'source-map': (text) => {
    try {
      const map = JSON.parse(text);
      return Array.isArray(map.sourcesContent) && typeof map.sourcesContent[0] === 'string';
    } catch {
      return false;
    }
  },
};

export function plantTokens({ seed }) {
  restorePreviousPlanting();
  const maker = createTokenMaker(seed);
  const files = listTreeFiles(TREE_DIR);
  const manifest = { touched: [], added: [] };
  const plants = [];
  try {
    const ctx = createPlantingContext(files, maker, manifest);
    let n = 0;
    Object.entries(TOKEN_PLACEMENTS).forEach(([kind, place], kindIndex) => {
      const variants = [{ startsWith: 'digit' }, { startsWith: 'letter' }, { startsWith: kindIndex % 2 ? 'digit' : 'letter', region: REGIONS[kindIndex % 3] }];
      for (const variant of variants) {
        // %3D stands for padding: use a region whose token is padded.
        if (kind === 'url-encoded-padding' && variant.region === 'eu-west-1') variant.region = 'eu';
        const token = maker.token(variant);
        const label = `${variant.startsWith}${variant.region ? `, region ${variant.region}` : ''}`;
        plants.push({ id: ++n, expected: 'token', kind, variant: label, ...place(ctx, token, n) });
      }
    });
    for (const [kind, make] of Object.entries(maker.lookalikes)) {
      for (let copy = 0; copy < LOOKALIKE_COPIES; copy++) {
        const text = make(copy);
        const place = LOOKALIKE_PLACEMENTS[copy % LOOKALIKE_PLACEMENTS.length];
        plants.push({ id: ++n, expected: 'lookalike', kind, variant: maskSecrets(text), ...place(ctx, text, n) });
      }
    }
  } finally {
    writeFileSync(PLANT_MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  writeFileSync(TRUTH_FILE, `${JSON.stringify({ seed, plants }, null, 2)}\n`);
  const tokens = plants.filter((plant) => plant.expected === 'token').length;
  logStep(`plant: ${tokens} tokens and ${plants.length - tokens} look-alikes planted (seed "${seed}"; ${manifest.touched.length} files edited, ${manifest.added.length} added; truth in ${TRUTH_FILE})`);
  return plants;
}

function restorePreviousPlanting() {
  if (!existsSync(PLANT_MANIFEST_FILE)) return;
  const manifest = JSON.parse(readFileSync(PLANT_MANIFEST_FILE, 'utf8'));
  for (const path of manifest.touched) copyFileSync(getCorpusPath(path), join(TREE_DIR, path));
  for (const path of manifest.added) rmSync(join(TREE_DIR, path), { force: true });
  rmSync(PLANT_MANIFEST_FILE);
}

function createPlantingContext(files, maker, manifest) {
  const used = new Set();
  const candidates = new Map();
  const absolute = (path) => join(TREE_DIR, path);

  const pick = (category) => {
    let list = candidates.get(category);
    if (list === undefined) candidates.set(category, (list = files.filter(CATEGORIES[category])));
    if (list.length === 0) throw new BenchError(`planting: the corpus has no file for "${category}"`);
    const start = maker.nextInt(list.length);
    for (let offset = 0; offset < list.length; offset++) {
      const { path } = list[(start + offset) % list.length];
      if (used.has(path)) continue;
      const check = CONTENT_CHECKS[category];
      if (check && !check(readFileSync(absolute(path), 'utf8'))) continue;
      used.add(path);
      return path;
    }
    throw new BenchError(`planting: ran out of files for "${category}"`);
  };

  // One plant per directory for new files: `.env` has a fixed name.
  const pickPackageDirectory = () => posix.dirname(pick('package'));

  const edit = (path, change) => {
    const before = readFileSync(absolute(path), 'utf8');
    const { text, offset, snippet } = change(before);
    manifest.touched.push(path);
    writeFileSync(absolute(path), text);
    return getRange(path, text, offset, snippet);
  };

  return {
    b64: maker.b64,
    pick,
    pickPackageDirectory,
    append: (path, snippet) =>
      edit(path, (before) => {
        const prefix = before === '' || before.endsWith('\n') ? '' : '\n';
        return { text: before + prefix + snippet, offset: before.length + prefix.length, snippet };
      }),
    appendToLastLine: (path, snippet) =>
      edit(path, (before) => {
        const body = before.replace(/\n+$/, '');
        return { text: `${body}${snippet}\n`, offset: body.length, snippet };
      }),
    // JSON.stringify escapes the snippet's newlines: the map stays one line.
    addToSourceMap: (path, snippet) =>
      edit(path, (before) => {
        const map = JSON.parse(before);
        map.sourcesContent[0] += snippet;
        const text = JSON.stringify(map);
        return { text, offset: 0, snippet: text };
      }),
    create: (path, text) => {
      if (existsSync(absolute(path))) throw new BenchError(`planting: ${path} already exists in the corpus`);
      if (!existsSync(dirname(absolute(path)))) throw new BenchError(`planting: no directory for ${path}`);
      manifest.added.push(path);
      writeFileSync(absolute(path), text);
      return getRange(path, text, 0, text);
    },
  };
}

/** The 1-based lines the snippet spans (trailing newline excluded). */
function getRange(path, text, offset, snippet) {
  const startLine = countNewlines(text, 0, offset) + 1;
  const endLine = startLine + countNewlines(snippet.replace(/\n+$/, ''), 0);
  return { path, startLine, endLine };
}

function countNewlines(text, from, to = text.length) {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
