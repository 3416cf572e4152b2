// One template per file type the scanner supports: where such a file holds a value (a string, a
// comment, a config value, an attribute, a code span). `{n}` in a holder becomes the piece's index,
// so several pieces never clash. Every holder sets its value apart with a character that is not
// base64 and cannot continue the decoded form, so what is planted is exactly what the core sees.

export const FILE_KINDS = ['js', 'ts', 'jsx', 'vue', 'html', 'json', 'yaml', 'env', 'md', 'py', 'rb', 'php', 'go', 'java', 'cs', 'properties', 'po', 'txt'] as const;
export type FileKindName = (typeof FILE_KINDS)[number];

/** Text before and after the value, on one line (or a few). */
export type Holder = readonly [before: string, after: string];

export interface FileTemplate {
  /** Path under a scanned directory; its extension decides the detectors. */
  path: string;
  header: string;
  footer: string;
  holders: readonly Holder[];
}

const JS_HOLDERS: readonly Holder[] = [
  ['const token{n} = "', '";'],
  ["const t{n} = '", "';"],
  ['// ', ''],
  ['/* ', ' */'],
  ['const s{n} = `', '`;'],
  ["fetch('https://api.intercom.io/me', { headers: { Authorization: '", "' } });"],
  ['export const config{n} = { token: "', '" };'],
];

export const FILE_TEMPLATES: Readonly<Record<FileKindName, FileTemplate>> = {
  js: { path: 'src/client.js', header: '', footer: '', holders: JS_HOLDERS },
  ts: { path: 'src/client.ts', header: '', footer: '', holders: [...JS_HOLDERS, ['const typed{n}: string = "', '";'], ['enum Keys{n} { Token = "', '" }']] },
  jsx: {
    path: 'src/Widget.jsx',
    header: '',
    footer: '',
    holders: [...JS_HOLDERS, ['export const a{n} = <Widget token="', '" />;'], ['export const p{n} = <p>', '</p>;'], ['export const b{n} = <a title={"', '"} />;']],
  },
  vue: {
    path: 'src/Connect.vue',
    header: '',
    footer: '',
    holders: [['<template><p title="', '"></p></template>'], ["<script setup>\nconst t{n} = '", "'\n</script>"], ['<!-- ', ' -->']],
  },
  html: {
    path: 'public/index.html',
    header: '<!doctype html>\n<html><body>\n',
    footer: '\n</body></html>\n',
    holders: [
      ['<meta name="intercom-token" content="', '">'],
      ['<!-- ', ' -->'],
      ['<script>var t{n} = "', '";</script>'],
      ['<a href="https://api.intercom.io/me?access_token=', '">me</a>'],
      ['<p>', '</p>'],
    ],
  },
  json: {
    path: 'config/settings.json',
    header: '{\n',
    footer: '\n  "end": true\n}\n',
    holders: [['  "token{n}": "', '",'], ['  "headers{n}": { "Authorization": "', '" },'], ['  "list{n}": ["', '"],']],
  },
  yaml: {
    path: 'deploy/values.yaml',
    header: '',
    footer: '',
    holders: [['token{n}: ', ''], ['token{n}: "', '"'], ["token{n}: '", "'"], ['# ', ''], ['- ', ''], ['env{n}:\n  INTERCOM_TOKEN: ', '']],
  },
  env: { path: '.env', header: '', footer: '', holders: [['INTERCOM_TOKEN_{n}=', ''], ['export INTERCOM_TOKEN_{n}="', '"'], ['# ', '']] },
  md: {
    path: 'docs/setup.md',
    header: '# Setup\n\n',
    footer: '',
    holders: [['Use `', '` here.'], ['```sh\ncurl -H "Authorization: ', '" https://api.intercom.io/me\n```'], ['Your token: ', ''], ['> ', ''], ['| token | ', ' |']],
  },
  py: {
    path: 'app/client.py',
    header: 'import os\n',
    footer: '',
    holders: [['TOKEN_{n} = "', '"'], ["TOKEN_{n} = '", "'"], ['# ', ''], ['"""', '"""'], ['headers{n} = {"Authorization": "', '"}'], ['client{n} = Client(personal_access_token="', '")']],
  },
  rb: { path: 'lib/client.rb', header: '', footer: '', holders: [["TOKEN_{n} = '", "'"], ['# ', ''], ['client{n} = Intercom::Client.new(token: "', '")']] },
  php: { path: 'admin/settings.php', header: '<?php\n', footer: '', holders: [["$token{n} = '", "';"], ['// ', ''], ['$client{n} = new IntercomClient("', '");']] },
  go: { path: 'cmd/main.go', header: 'package main\n', footer: '', holders: [['const token{n} = "', '"'], ['var t{n} = `', '`'], ['// ', '']] },
  java: {
    path: 'src/Main.java',
    header: 'class Main {\n',
    footer: '\n}\n',
    holders: [['  static final String TOKEN_{n} = "', '";'], ['  // ', ''], ['  /* ', ' */']],
  },
  cs: { path: 'src/Program.cs', header: '', footer: '', holders: [['var token{n} = "', '";'], ['var t{n} = @"', '";'], ['// ', '']] },
  properties: { path: 'src/main/resources/messages.properties', header: '', footer: '', holders: [['intercom.token{n}=', ''], ['intercom.token{n}: ', ''], ['# ', '']] },
  po: { path: 'locale/fr.po', header: 'msgid ""\nmsgstr ""\n', footer: '', holders: [['msgid "token{n}"\nmsgstr "', '"'], ['# ', '']] },
  txt: { path: 'notes.txt', header: '', footer: '', holders: [['', ''], ['token: ', ''], ['(', ')']] },
};
