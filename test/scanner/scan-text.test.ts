// scanText: the per-kind dispatch — scripts through ESLint's Linter, components and pages,
// templates, other languages, and the text-only fallbacks — on small in-memory files.
import { describe, expect, it } from 'vitest';
import { createScanEngine, scanText } from '../../src/scanner/scan-text.js';
import { generateToken } from '../support/generate-token.js';

const engine = createScanEngine({
  rules: {
    'no-hardcoded-token': { severity: 'error', options: {} },
    'no-user-supplied-token': { severity: 'error', options: {} },
    'no-token-solicitation': { severity: 'error', options: {} },
  },
  inlineConfig: true,
});

function scan(path: string, text: string) {
  const result = scanText(text, path, `/project/${path}`, engine);
  return { ...result, rules: result.detections.map((d) => `${d.rule}@${text.slice(0, d.start).split('\n').length}`) };
}

describe('scanText', () => {
  it('reports a token in a component script once, although both the rules and the text detector see it', () => {
    const token = generateToken();
    const vue = `<template><p>Hi</p></template>\n<script setup>\nconst t = '${token}'\n</script>\n`;
    expect(scan('src/A.vue', vue).rules).toEqual(['no-hardcoded-token@3']);
  });

  it('treats Vue v-model and Svelte bind:value on a script variable as user input', () => {
    const vue = [
      '<template><input v-model="token" /></template>',
      '<script setup lang="ts">',
      "import { ref } from 'vue'",
      "const token = ref('')",
      'async function check() {',
      "  await fetch('https://api.intercom.io/me', { headers: { Authorization: `Bearer ${token.value}` } })",
      '}',
      '</script>',
    ].join('\n');
    expect(scan('src/Connect.vue', vue).rules).toEqual(['no-user-supplied-token@6']);
    const svelte = [
      '<script>',
      "  let key = ''",
      "  const check = () => fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + key } })",
      '</script>',
      '<input bind:value={key} />',
    ].join('\n');
    expect(scan('src/Connect.svelte', svelte).rules).toEqual(['no-user-supplied-token@3']);
  });

  it('reads page markup, and copy inside template tags, in server-side templates', () => {
    const erb = [
      '<h2>Intercom</h2>',
      '<%= form_with model: @connection do |f| %>',
      '  <%= f.label :access_token, "Intercom access token" %>',
      '  <%= f.password_field :access_token, placeholder: "Paste your Intercom access token" %>',
      '<% end %>',
    ].join('\n');
    expect(scan('app/views/intercom/new.html.erb', erb).rules).toEqual(['no-token-solicitation@3', 'no-token-solicitation@4']);
  });

  it('judges a PHP page as markup around code blocks, and the strings of its code', () => {
    const php = [
      '<?php',
      "$title = __('Intercom settings', 'acme');",
      '?>',
      '<label for="t"><?php esc_html_e( \'Paste your Intercom access token\', \'acme\' ); ?></label>',
      '<input id="t" name="token" placeholder="Paste your Intercom access token here">',
    ].join('\n');
    expect(scan('admin/settings.php', php).rules).toEqual(['no-token-solicitation@4', 'no-token-solicitation@5']);
  });

  it('does not take developer strings of other languages for copy', () => {
    const python = [
      'import os',
      'def client():',
      '    """Paste your Intercom access token into INTERCOM_TOKEN before running."""',
      "    raise RuntimeError('Enter your Intercom access token in the environment')",
    ].join('\n');
    expect(scan('intercom_sync/client.py', python).rules).toEqual([]);
  });

  it('scans a minified bundle as text for tokens, with a notice, instead of linting it', () => {
    const token = generateToken();
    const bundle = `${'var a=function(){return 1};'.repeat(8000)}var intercom="${token}";`;
    const result = scan('public/app.min.js', bundle);
    expect(result.rules).toEqual(['no-hardcoded-token@1']);
    expect(result.notices.map((n) => n.code)).toEqual(['text-only']);
  });

  it('falls back to text detection, with a notice, when a script does not parse', () => {
    const token = generateToken();
    const result = scan('src/broken.js', `const a = {\nconst token = '${token}'\n`);
    expect(result.rules).toEqual(['no-hardcoded-token@2']);
    expect(result.notices.map((n) => n.code)).toEqual(['parse-fallback']);
  });

  it('lints TypeScript syntax in a .js file with the TypeScript parser rather than falling back', () => {
    const result = scan('src/typed.js', "const label: string = 'Paste your Intercom access token';\n");
    expect(result.notices).toEqual([]);
  });
});

describe('scanText: Vue Options API', () => {
  it('treats a v-model bound data() field, read as this.<field> in a method, as user input', () => {
    const vue = [
      '<template><el-input v-model="form.apiKey" type="password" /></template>',
      '<script>',
      'export default {',
      "  data() { return { form: { apiKey: '' } } },",
      '  methods: {',
      '    async load() {',
      "      await fetch('https://api.intercom.io/contacts', { headers: { Authorization: 'Bearer ' + this.form.apiKey } })",
      '    },',
      '  },',
      '}',
      '</script>',
    ].join('\n');
    expect(scan('src/Import.vue', vue).rules).toEqual(['no-user-supplied-token@7']);
  });

  it('leaves a component alone when its bound field never reaches Intercom', () => {
    const vue = [
      '<template><input v-model="search" /></template>',
      '<script>',
      'export default {',
      "  data() { return { search: '' } },",
      '  methods: {',
      '    async load() {',
      "      await fetch('https://api.intercom.io/contacts/search?q=' + this.search, { headers: { Authorization: `Bearer ${process.env.INTERCOM_TOKEN}` } })",
      '    },',
      '  },',
      '}',
      '</script>',
    ].join('\n');
    expect(scan('src/Search.vue', vue).rules).toEqual([]);
  });
});
