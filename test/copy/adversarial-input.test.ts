/**
 * Adversarial input: ~200k-character strings shaped to make a backtracking regex or a per-match
 * slice of the whole text go quadratic (or worse). Linear code finishes each in milliseconds; the
 * shapes below took seconds at 40k characters before they were fixed, and would take minutes at
 * this size. No timings are asserted: vitest's default timeout catches a regression.
 */
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';
import { findSolicitationCandidate, getSolicitation } from '../../src/copy/get-solicitation.js';
import { normalizeCopy } from '../../src/copy/normalize-copy.js';
import { containsMarkup, readMarkup } from '../../src/copy/read-markup.js';
import plugin from '../../src/index.js';

const SIZE = 200_000;
const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length));

/** Copy shaped against the classifier: regexes ending in `$`, per-noun and per-verb slicing. */
const COPY_CASES: Record<string, string> = {
  'a long word before a noun (previous-word regex)': `${fill('A')}= api key`,
  'a long word before a noun, lower case': `${fill('a')}= api key`,
  'a long hyphen run before a noun': `Acme ${fill('-')}x api key`,
  'many request verbs after a named credential (reference lookup)': `Access token. ${fill('enter ')}`,
  'many verbs before a reference, verb-final': `Zugriffstoken. ${fill('token einfügen ')}`,
  'many copy verbs (clipboard lookup)': `Access token. ${fill('copy ')}`,
  'many nouns in one sentence (owner lookup)': fill('api key '),
  'many nouns with capitalised words between': fill('Acme api key '),
  'many nouns with owners after them': fill('api key for intercom '),
  'nested open brackets in a label': `Access token [${fill('[')}`,
  'nested open parentheses in a label': `Access token (${fill('(')}`,
  'a long decoration run not at the end': `Access token ${fill('-')}x`,
  'a long decoration run at the end': `Access token ${fill('- ')}`,
  'only decoration': `api key${fill('.')}!x`,
  'a label hint that never ends': `Access token, from ${fill('settings ')}`,
  'environment-variable shapes': `api key ${fill('A_')}a ${fill('_A')}a`,
  'an env var prefix then a long capital run': `api key A_${fill('A')}a`,
  'identifier-like text': `api-key-${fill('a-')}`,
  'a long run of spaces and line breaks': `api key${fill(' \t')}\n${fill(' \n')}x`,
  'entities': `api key ${fill('&')} ${fill('&#')} ${fill('&amp')}`,
  'unclosed tags in copy': `api key ${fill('<a ')}`,
  'a tag with a long attribute list': `api key <a ${fill(' x')}`,
  'masked placeholder shapes': `api key ${fill('dG9rOj')} ${fill('tok:x')} ${fill('x')}`,
  'many sentences naming Intercom': fill('Paste your Intercom API key here. '),
  'one long sentence with Intercom at the end': `${fill('Paste your api key ')} for Intercom`,
  'no spaces at all': fill('apikeyintercomtoken'),
  'CJK without breaks': fill('アクセストークンを入力'),
  'negations everywhere': fill("don't paste your api key "),
  'destinations everywhere': fill('paste it into intercom settings '),
  'negations right before shared es/pt verbs': fill('no me envie seu token de acesso '),
  'negations after verb-first verbs': `Zugriffstoken. ${fill('schick mir nie ')}`,
  'many conversational verbs after a named credential': `Access token. ${fill('dm me followed by your ')}`,
};

/** Markup shaped against the reader: deep nesting, unclosed quotes, tags and interpolations. */
const MARKUP_CASES: Record<string, string> = {
  'deep nesting with copy attributes': `<label>${fill('<div title="api key">')}`,
  'deep inline nesting then many blocks': `<div>${fill('<b>', SIZE / 2)}${fill('</x>api key', SIZE / 2)}`,
  'deep nesting under a mention': `intercom <form>${fill('<div>api key')}`,
  'deep nesting with text': fill('<div>Paste your Intercom API key'),
  'unclosed quotes': `<div><input placeholder="${fill('api key ')}`,
  'many unclosed quotes': `<div>${fill('<input placeholder=" title=\' ')}`,
  'unclosed interpolations': `<div>${fill('${')}${fill('{{')}${fill('<%')}`,
  'nested interpolations': `<div title="${fill('${')}">api key`,
  'unclosed comments and doctypes': `<div>${fill('<!--')}${fill('<!')}`,
  'unclosed raw text': `<div>${fill('<script>')}`,
  'close tags without opens': `<div>${fill('</div>')}`,
  'stray angle brackets': `<div>${fill('< <a <1 </ ')}`,
  'a custom element name that never ends': `<my-${fill('a-')}`,
  'a block tag name that never ends': `<div>${fill('<divx')}`,
  'long attribute names': `<input ${fill('v-model.')}`,
  'knockout bindings': `<input data-bind="${fill('value ')}">`,
  'bound values': `<input :placeholder="'${fill('api key ')}">`,
};

describe('adversarial input completes', () => {
  for (const [name, text] of Object.entries(COPY_CASES)) {
    it(`classifier: ${name}`, () => {
      const options = [{}, { allowLabel: false }, { additionalNouns: ['app secret'] }];
      for (const option of options) {
        const candidate = findSolicitationCandidate(text, option);
        expect(candidate === null || typeof candidate.kind === 'string').toBe(true);
      }
      getSolicitation(text, { intercomContext: true });
      expect(typeof normalizeCopy(text)).toBe('string');
    });
  }

  for (const [name, markup] of Object.entries(MARKUP_CASES)) {
    it(`markup reader: ${name}`, () => {
      containsMarkup(markup);
      const reading = readMarkup(markup);
      expect(Array.isArray(reading.pieces)).toBe(true);
      for (const piece of reading.pieces.slice(0, 50)) findSolicitationCandidate(piece.text);
    });
  }

  it('still finds a request in long copy', () => {
    const text = `${fill('Welcome to the app. ', SIZE)}Please paste your Intercom access token below.`;
    expect(findSolicitationCandidate(text)).toMatchObject({ kind: 'request', namesIntercom: true });
  });
});

describe('adversarial input through the rule', () => {
  const linter = new Linter();
  const config: Linter.Config[] = [
    {
      files: ['**/*.jsx'],
      languageOptions: {
        parser: espree as unknown as Linter.Parser,
        ecmaVersion: 'latest',
        sourceType: 'module',
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      plugins: { 'intercom-auth': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: { 'intercom-auth/no-token-solicitation': ['error', { contextScope: 'file' }] },
    },
  ];
  const lint = (code: string) => linter.verify(code, config, { filename: 'intercom-settings.jsx' });
  const quoted = (text: string) => JSON.stringify(text);

  const sources: Record<string, string> = {};
  for (const [name, text] of Object.entries(COPY_CASES)) {
    sources[`string: ${name}`] = `// Intercom\nconst label = ${quoted(text)};\n`;
  }
  for (const [name, markup] of Object.entries(MARKUP_CASES)) {
    sources[`markup: ${name}`] = `// Intercom\nel.innerHTML = ${quoted(markup)};\n`;
  }
  sources['JSX text: many nouns'] = `// Intercom\nconst C = () => <label>${fill('api key ')}</label>;\n`;
  sources['JSX text: long word before a noun'] = `// Intercom\nconst C = () => <p>${fill('A')}= api key</p>;\n`;
  sources['JSX attribute: long decoration'] = `// Intercom\nconst C = () => <input placeholder=${quoted(`Access token ${fill('-')}x`)} />;\n`;
  sources['JSX whitespace runs'] = `// Intercom\nconst C = () => <p>a${fill(' ')}b api key</p>;\n`;
  const pieces = Array.from({ length: 2_000 }, () => quoted('<p>Paste your Intercom API key</p>'));
  sources['markup concatenation with many reported pieces'] = `el.innerHTML = '<div>' + ${pieces.join(' + ')};\n`;

  for (const [name, code] of Object.entries(sources)) {
    it(name, () => {
      const messages = lint(code);
      expect(messages.filter((message) => message.fatal)).toEqual([]);
    });
  }
});
