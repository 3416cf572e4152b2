// Which detectors a file gets, decided by its name alone (content checks come later: binary
// detection, the keyword pre-filter).

export type FileKind =
  | 'script' // JS/TS family: the plugin's rules through ESLint's Linter
  | 'vue' // single-file components: <script> blocks through the rules, the template through the copy detector
  | 'svelte'
  | 'html'
  | 'template' // server-side templates (ERB, EJS, Handlebars, Jinja, Twig, Blade, Razor, Liquid …): markup copy
  | 'json' // i18n catalogs, form and credential schemas
  | 'yaml'
  | 'gettext' // .po/.pot catalogs
  | 'properties' // Java message bundles
  | 'xml-catalog' // .resx, XLIFF, Android strings.xml
  | 'markdown' // Markdown and MDX
  | 'python'
  | 'ruby'
  | 'php'
  | 'go'
  | 'java'
  | 'csharp'
  | 'text'; // anything else that is text: tokens only

const BY_EXTENSION: Readonly<Record<string, FileKind>> = {
  js: 'script', mjs: 'script', cjs: 'script', jsx: 'script',
  ts: 'script', mts: 'script', cts: 'script', tsx: 'script',
  vue: 'vue',
  svelte: 'svelte',
  html: 'html', htm: 'html', xhtml: 'html',
  erb: 'template', ejs: 'template', hbs: 'template', handlebars: 'template', mustache: 'template',
  njk: 'template', jinja: 'template', jinja2: 'template', j2: 'template', twig: 'template',
  liquid: 'template', cshtml: 'template', razor: 'template', jsp: 'template', astro: 'template',
  pug: 'template',
  json: 'json', json5: 'json', jsonc: 'json', arb: 'json', imljson: 'json', webmanifest: 'json',
  properties: 'properties',
  resx: 'xml-catalog', xlf: 'xml-catalog', xliff: 'xml-catalog',
  yaml: 'yaml', yml: 'yaml',
  po: 'gettext', pot: 'gettext',
  md: 'markdown', markdown: 'markdown', mdx: 'markdown',
  py: 'python', pyi: 'python',
  rb: 'ruby', rake: 'ruby',
  php: 'php', phtml: 'php',
  go: 'go',
  java: 'java', kt: 'java', kts: 'java', scala: 'java', groovy: 'java',
  cs: 'csharp',
};

// Compound extensions that change the kind: a Blade or Twig view is markup even though it ends in .php.
const BY_SUFFIX: readonly (readonly [string, FileKind])[] = [
  ['.blade.php', 'template'],
  ['.html.erb', 'template'],
  ['.html.twig', 'template'],
  ['.d.ts', 'script'],
  ['strings.xml', 'xml-catalog'],
];

/** The detectors' view of a file type, from its path (any separator, any case). */
export function getFileKind(path: string): FileKind {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  for (const [suffix, kind] of BY_SUFFIX) if (name.endsWith(suffix)) return kind;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return 'text';
  return BY_EXTENSION[name.slice(dot + 1)] ?? 'text';
}
