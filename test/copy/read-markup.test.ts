import { describe, expect, it } from 'vitest';
import { containsMarkup, readMarkup, type MarkupPiece } from '../../src/copy/read-markup.js';

const pieces = (markup: string) =>
  readMarkup(markup).pieces.map(({ kind, text, element, attribute, labelsInput, context }) => ({
    kind,
    text,
    element,
    ...(attribute === undefined ? {} : { attribute }),
    labelsInput,
    context,
  }));

const find = (markup: string, text: string): MarkupPiece => {
  const piece = readMarkup(markup).pieces.find((p) => p.text === text);
  if (!piece) throw new Error(`no piece ${text}`);
  return piece;
};

describe('containsMarkup', () => {
  it.each([
    '<label>Access token</label>',
    '<input placeholder="x">',
    '<div class="a">',
    '</p>',
    '<intercom-token-field></intercom-token-field>',
    'Text <br/><p>more',
  ])('sees markup in %j', (text) => expect(containsMarkup(text)).toBe(true));

  it.each([
    'Paste your <access token> here',
    'Paste your <b>Intercom</b> access token',
    'a < b and c > d',
    'Intercom access token<br>Paste it below',
    '<Token>',
  ])('reads %j as prose', (text) => expect(containsMarkup(text)).toBe(false));
});

describe('readMarkup', () => {
  it('yields text nodes and copy attributes with their offsets', () => {
    const markup = '<label for="t">Access token</label><input id="t" placeholder="dG9rOm••••" title="Token">';
    const reading = readMarkup(markup);
    expect(reading.pieces.map((p) => [p.kind, p.text, markup.slice(p.start, p.end)])).toEqual([
      ['text', 'Access token', 'Access token'],
      ['attribute', 'dG9rOm••••', 'dG9rOm••••'],
      ['attribute', 'Token', 'Token'],
    ]);
    expect(reading.hasInput).toBe(true);
  });

  it('reads inline elements as one sentence and <br> as a line break', () => {
    expect(pieces('<p>Paste your <b>Intercom</b> <a href="#">access token</a><br>then save</p>')).toEqual([
      { kind: 'text', text: 'Paste your Intercom access token\nthen save', element: 'p', labelsInput: false, context: 'intercom' },
    ]);
  });

  it('splits text at block elements and collapses whitespace', () => {
    expect(readMarkup('<div>\n  Intercom\n  <p>Access\n   token</p> tail </div>').pieces.map((p) => p.text)).toEqual([
      'Intercom',
      'Access token',
      'tail',
    ]);
  });

  it('knows what labels an input', () => {
    expect(find('<label>API key</label>', 'API key').labelsInput).toBe(true);
    expect(find('<legend>API key</legend>', 'API key').labelsInput).toBe(true);
    expect(find('<mat-label>API key</mat-label>', 'API key').labelsInput).toBe(true);
    expect(find('<span for="k">API key</span>', 'API key').labelsInput).toBe(true);
    expect(find('<label><div>API key</div></label>', 'API key').labelsInput).toBe(true);
    expect(find('<dt>API key</dt><dd><input name="k"></dd>', 'API key').labelsInput).toBe(true);
    expect(find('<dt>API key</dt><dd>••••1234</dd>', 'API key').labelsInput).toBe(false);
    expect(find('<dt>API key</dt><dd><input type="hidden" name="k"></dd>', 'API key').labelsInput).toBe(false);
    expect(find('<div title="API key">x</div>', 'API key').labelsInput).toBe(false);
    expect(find('<div placeholder="API key">x</div>', 'API key').labelsInput).toBe(true);
    expect(find('<input aria-label="API key">', 'API key').labelsInput).toBe(true);
  });

  it.each([
    '<v-text-field label="API key"></v-text-field>',
    '<div><h3>API key</h3><textarea></textarea></div>',
    '<div><h3>API key</h3><select><option>a</option></select></div>',
    '<div><h3>API key</h3><span contenteditable></span></div>',
    '<div><h3>API key</h3><my-input v-model="token"></my-input></div>',
    '<div><h3>API key</h3><x-box [(ngModel)]="token"></x-box></div>',
    '<div><h3>API key</h3><div data-bind="textInput: token"></div></div>',
  ])('sees the input in %j', (markup) => {
    expect(readMarkup(markup).hasInput).toBe(true);
    expect(find(markup, 'API key').labelsInput).toBe(true);
  });

  it('reads binding syntax: string literals count, expressions do not', () => {
    expect(pieces(`<input :placeholder="'Intercom API key'" [title]="tokenTitle" [attr.aria-label]="'API key'">`)).toEqual([
      { kind: 'attribute', text: 'Intercom API key', element: 'input', attribute: 'placeholder', labelsInput: true, context: 'intercom' },
      { kind: 'attribute', text: 'API key', element: 'input', attribute: 'aria-label', labelsInput: true, context: 'intercom' },
    ]);
    const markup = `<input :placeholder="'Intercom API key'">`;
    const piece = find(markup, 'Intercom API key');
    expect(markup.slice(piece.start, piece.end)).toBe('Intercom API key');
  });

  it('reads interpolations as gaps', () => {
    expect(readMarkup('<p>Paste your ${vendor} access token</p><input placeholder="${hint}">').pieces.map((p) => p.text)).toEqual([
      'Paste your access token',
    ]);
    expect(readMarkup('<p>Hi {{ user.name }}, paste your token</p>').pieces.map((p) => p.text)).toEqual([
      'Hi , paste your token',
    ]);
    expect(readMarkup('<p>Hi <%= name %>, paste <%- x %> it</p><button><%- saveLabel %></button>').pieces.map((p) => p.text)).toEqual([
      'Hi , paste it',
    ]);
    expect(readMarkup('<input placeholder="a ${b ? "x" : "y"} c" title=${t}>').pieces.map((p) => p.text)).toEqual(['a c']);
  });

  it('decodes entities', () => {
    expect(readMarkup('<p>Collez votre jeton d&apos;acc&egrave;s&nbsp;Intercom</p><input placeholder="Clé&#160;API">').pieces.map((p) => p.text)).toEqual([
      "Collez votre jeton d'acces Intercom",
      'Clé API',
    ]);
  });

  it('skips comments, scripts, styles and textarea values', () => {
    expect(
      readMarkup('<!-- Access token --><style>label{x}</style><script>var a = "<label>API key</label>";</script><textarea>API key</textarea><p>ok</p>')
        .pieces.map((p) => p.text),
    ).toEqual(['ok']);
  });

  it('tolerates unclosed tags, quotes, interpolations and stray angle brackets', () => {
    expect(readMarkup('<div><p>a < b<p>c').pieces.map((p) => p.text)).toEqual(['a < b', 'c']);
    expect(readMarkup('<input placeholder="API key><p>next</p>').pieces.map((p) => p.text)).toEqual(['API key', 'next']);
    expect(readMarkup('<p>${ unclosed and {{ also</p>').pieces.map((p) => p.text)).toEqual(['${ unclosed and {{ also']);
    expect(readMarkup('<label>Access token').pieces.map((p) => [p.text, p.labelsInput])).toEqual([['Access token', true]]);
    expect(readMarkup('</span></div>text<').pieces.map((p) => p.text)).toEqual(['text<']);
  });

  it('takes context from the nearest element that names a vendor', () => {
    const markup =
      '<section class="intercom"><label>Access token</label></section><section><h3>Slack</h3><label>Bot token</label></section><label>API key</label>';
    expect(find(markup, 'Access token').context).toBe('intercom');
    expect(find(markup, 'Bot token').context).toBe('other');
    expect(find(markup, 'API key').context).toBe('mixed');
    expect(find('<label>Access token</label><input>', 'Access token').context).toBe('none');
    expect(readMarkup('<div data-vendor="intercom"><p>Intercom</p></div>').mentions).toEqual({ intercom: 2, other: 0 });
  });

  it('stays linear on pathological input', () => {
    const nasty = '<div a="'.repeat(20_000) + '${'.repeat(20_000) + '<p>'.repeat(20_000) + '</x>'.repeat(20_000);
    const started = performance.now();
    readMarkup(nasty);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
