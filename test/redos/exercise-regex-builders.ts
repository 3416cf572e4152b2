// Loads the modules that hold dynamic call sites (so module-level `new RegExp(…)` runs) and calls the
// functions that build regexes later, with the inputs they get in real use, so that
// captureBuiltRegexes sees the patterns each dynamic call site really makes. Imports are dynamic
// on purpose: nothing may load before the capture starts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleSchema } from '../../src/scanner/config/find-schema-error.js';
import type { OtherLanguage } from '../../src/scanner/detect/other-languages/token-list.js';

// Strings of every kind each lexer knows (plain, raw, interpolated, triple-quoted, heredoc), so
// read-tokens builds its per-delimiter content patterns.
const CODE_SAMPLES: Readonly<Record<OtherLanguage, string>> = {
  python: `a = 'x' + "y" + f"{b}" + r'\\d' + """doc""" + f'''{c}''' + b"z"\n`,
  ruby: `a = 'x' + "y#{b}" + %q(z) + %Q{w#{c}} + \`ls\` + <<~EOS\n  #{d}\nEOS\n`,
  php: `<?php $a = 'x' . "y{$b}" . "$c" . <<<EOT\n{$d}\nEOT;\n$e = <<<'NOW'\nraw\nNOW;\n`,
  go: 'a := "x" + `y`\n',
  java: 'String a = "x" + """\n  y""" + \'c\';\nval b = "$c ${d}"\n',
  csharp: 'var a = "x" + @"y""z" + $"{b}" + $@"{c}" + """\n  raw\n  """;\n',
};

const VUE_COMPONENT = `<template><input v-model="token"><input v-model="form.apiKey"><input v-model="$store"></template>
<script setup lang="ts">const token = ref(''); const form = reactive({ apiKey: '' }); let $store: string = '';</script>
<script>export default { methods: { send() { return this.secret.key; } } };</script>
<template><input v-model="secret.key"></template>`;
const SVELTE_COMPONENT = `<script>let token = ''; let $x = '';</script><input bind:value={token}><input bind:value={$x}>`;

function* getPatternSchemas(schema: unknown): Generator<RuleSchema> {
  if (typeof schema !== 'object' || schema === null) return;
  if (typeof (schema as RuleSchema).pattern === 'string') yield schema as RuleSchema;
  for (const value of Object.values(schema)) yield* getPatternSchemas(value);
}

// Entry points run on import (the CLI parses argv, a worker reads workerData): never loaded here.
const isEntryPoint = (file: string, text: string) => file.startsWith('src/bin/') || /\b(?:workerData|parentPort)\b/.test(text);

/** Imports `files` (repository-relative) except entry points, then exercises the regex builders. */
export async function exerciseRegexBuilders(root: string, files: readonly string[]): Promise<void> {
  for (const file of [...new Set(files)].sort()) {
    const path = join(root, file);
    if (!isEntryPoint(file, readFileSync(path, 'utf8'))) await import(pathToFileURL(path).href);
  }

  const { getCopyMatcher } = await import('../../src/copy/copy-matcher.js');
  getCopyMatcher();
  // `additionalNouns` comes from rule options or the scanned tree's config file.
  getCopyMatcher(['app secret', "client's key", 'clé-privée*']);

  const { readMarkup } = await import('../../src/copy/read-markup.js');
  readMarkup('<p>Token</p><script>a</script><style>b</style><textarea>c</textarea><SCRIPT >d</SCRIPT >');

  const { getTemplateBindingWrites } = await import('../../src/scanner/detect/get-template-binding-writes.js');
  getTemplateBindingWrites(VUE_COMPONENT, 'vue');
  getTemplateBindingWrites(SVELTE_COMPONENT, 'svelte');

  // Wide-script phrases get a regex of their own (the lexicons' are built at import).
  const { createPhraseCounter } = await import('../../src/scanner/detect/markdown/create-phrase-counter.js');
  createPhraseCounter([['アクセストークン', '访问令牌', 'api key'], ['トークン']]);

  const { readTokens } = await import('../../src/scanner/detect/other-languages/read-tokens.js');
  for (const [language, sample] of Object.entries(CODE_SAMPLES)) readTokens(sample, language as OtherLanguage);

  // Rule-option patterns are compiled when a config file is validated.
  const { findSchemaError } = await import('../../src/scanner/config/find-schema-error.js');
  const { rules } = await import('../../src/index.js');
  for (const rule of Object.values(rules)) {
    for (const schema of getPatternSchemas(rule.meta.schema)) findSchemaError('x', schema);
  }
}
