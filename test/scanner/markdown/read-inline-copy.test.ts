import { describe, expect, it } from 'vitest';
import { getCodeSpanRole } from '../../../src/scanner/detect/markdown/get-code-span-role.js';
import { readInlineCopy } from '../../../src/scanner/detect/markdown/read-inline-copy.js';
import { readMarkdownBlocks } from '../../../src/scanner/detect/markdown/read-markdown-blocks.js';

/** The copy of the first block of `text`. */
function copyOf(text: string, mdx = false) {
  const block = readMarkdownBlocks(text, { mdx })[0];
  if (!block) throw new Error('no block');
  return readInlineCopy(text, block.lines, { mdx });
}

describe('readInlineCopy', () => {
  it('keeps link and image text, drops URLs, emphasis, tags and escapes', () => {
    const text = [
      '1. Open **Settings → [Integrations](https://app.example.com/settings/integrations "Integrations")**,',
      '   then ![the Intercom card](./card.png) and _click_ ~~Connect~~ <kbd>Save</kbd>\\*.',
      '   See [the guide][guide] or <https://help.example.com/x> for <your access token> help[^1].',
    ].join('\n');
    expect(copyOf(text).text).toBe(
      'Open Settings → Integrations, then the Intercom card and click Connect  Save *. See the guide or   for <your access token> help.',
    );
  });

  it('keeps snake_case words and replaces code with a stand-in, remembering what it was', () => {
    const text = 'Set `INTERCOM_ACCESS_TOKEN` or run `npm run setup`, then paste it in the `Access token` field of my_app.';
    const copy = copyOf(text);
    expect(copy.text).toBe('Set code or run code, then paste it in the Access token field of my_app.');
    expect(copy.codeSpans.map((span) => [copy.text.slice(span.start, span.end), span.role])).toEqual([
      ['code', 'developer'],
      ['code', 'developer'],
      ['Access token', 'words'],
    ]);
  });

  it('maps every copy character back to its source offset, across lines and constructs', () => {
    const text = 'Intro line.\n\n> Go to **Settings** and\n> paste your [token](https://x.test/a) here.\n';
    const copy = copyOf(text.slice(0)); // first block is the intro
    expect(copy.text).toBe('Intro line.');
    const quote = readMarkdownBlocks(text)[1];
    const quoted = readInlineCopy(text, quote?.lines ?? []);
    expect(quoted.text).toBe('Go to Settings and paste your token here.');
    for (const word of ['Go', 'Settings', 'paste', 'token', 'here']) {
      const at = quoted.text.indexOf(word);
      const source = quoted.toSource(at);
      expect(text.slice(source, source + word.length)).toBe(word);
    }
  });

  it('ends a range after the whole code span a stand-in replaced', () => {
    const text = 'Then run `npm run connect -- --token`';
    const copy = copyOf(text);
    expect(copy.text).toBe('Then run code');
    expect(text.slice(copy.toSource(0), copy.toSourceEnd(copy.text.length))).toBe(text);
  });

  it('reads MDX expressions: string literals are copy, anything else is not', () => {
    const text = 'Paste your {"Intercom"} access token {props.hint} here.';
    expect(copyOf(text, true).text).toBe('Paste your Intercom access token   here.');
    expect(copyOf(text, false).text).toBe(text);
  });

  it('leaves unmatched syntax as text', () => {
    expect(copyOf('A `lone backtick, [open bracket and <notatag stay.').text).toBe(
      'A lone backtick, [open bracket and <notatag stay.',
    );
  });
});

describe('getCodeSpanRole', () => {
  it.each([
    ['INTERCOM_ACCESS_TOKEN', 'developer'],
    ['process.env.INTERCOM_TOKEN', 'developer'],
    ['--token', 'developer'],
    ['.env.local', 'developer'],
    ['config/intercom.yml', 'developer'],
    ['npx intercom-sync pull', 'developer'],
    ['export TOKEN=abc', 'developer'],
    ['accessToken', 'developer'],
    ['new IntercomClient({ token })', 'developer'],
    ['Access token', 'words'],
    ['Settings > Integrations', 'words'],
    ['Save', 'words'],
    ['dG9rOm••••==', 'value'],
  ])('%s is %s', (code, role) => {
    expect(getCodeSpanRole(code)).toBe(role);
  });
});
