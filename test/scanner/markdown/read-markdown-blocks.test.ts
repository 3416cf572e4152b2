import { describe, expect, it } from 'vitest';
import { readMarkdownBlocks, skipFrontMatter, type MarkdownBlock } from '../../../src/scanner/detect/markdown/read-markdown-blocks.js';

/** Each block as `kind: content` (copy blocks: their lines joined by `/`; others: their source). */
function render(text: string, mdx = false): string[] {
  return readMarkdownBlocks(text, { mdx }).map((block: MarkdownBlock) => {
    const parts: string[] = [];
    for (let k = 0; k + 1 < block.lines.length; k += 2) parts.push(text.slice(block.lines[k], block.lines[k + 1]));
    const body = block.kind === 'code' || block.kind === 'markup' ? text.slice(block.start, block.end) : parts.join(' / ');
    const extra = block.kind === 'heading' ? `${block.level}` : block.kind === 'code' ? `[${block.language}]` : block.header ? '^' : '';
    return `${block.kind}${extra}: ${body}`;
  });
}

const md = (lines: readonly string[]) => `${lines.join('\n')}\n`;

describe('readMarkdownBlocks', () => {
  it('reads a page: front matter skipped, headings, paragraphs joined across soft breaks, lists, quotes', () => {
    const text = md([
      '---',
      'title: Connect Intercom',
      'tags: [help]',
      '---',
      'Setext title',
      '============',
      '',
      'First line of a paragraph',
      'continues here.',
      '',
      '## Steps ##',
      '',
      '1. Open **Settings**.',
      '2. Paste the token',
      '   on two lines.',
      '   - nested item',
      '',
      '   More copy in item two.',
      '',
      '> Quoted advice',
      '> > nested quote',
      '',
      '- [ ] A task',
      '* * *',
      'Last words',
    ]);
    expect(render(text)).toEqual([
      'heading1: Setext title',
      'paragraph: First line of a paragraph / continues here.',
      'heading2: Steps',
      'list-item: Open **Settings**.',
      'list-item: Paste the token / on two lines.',
      'list-item: nested item',
      'list-item: More copy in item two.',
      'paragraph: Quoted advice',
      'paragraph: nested quote',
      'list-item: A task',
      'paragraph: Last words',
    ]);
  });

  it('skips fenced code of any length and info string, and keeps what follows', () => {
    const text = md([
      '# Setup',
      '````md title="README.md"',
      '```',
      'inner fence is content',
      '```',
      '````',
      '~~~ {.bash}',
      'export INTERCOM_TOKEN=x',
      '~~~',
      '```not a fence` because of the backtick',
      'After.',
    ]);
    expect(render(text)).toEqual([
      'heading1: Setup',
      'code[md]: ````md title="README.md"\n```\ninner fence is content\n```\n````',
      'code[bash]: ~~~ {.bash}\nexport INTERCOM_TOKEN=x\n~~~',
      'paragraph: ```not a fence` because of the backtick / After.',
    ]);
  });

  it('runs an unterminated fence to the end', () => {
    expect(render('Intro\n\n```js\nconst a = 1;\nPaste your token\n')).toEqual([
      'paragraph: Intro',
      'code[js]: ```js\nconst a = 1;\nPaste your token\n',
    ]);
  });

  it('tells indented code from list continuations and lazy lines', () => {
    const text = md([
      'Paragraph',
      '    lazy continuation, not code',
      '',
      '    indented code',
      '',
      '    more of the same code',
      '- item',
      '',
      '      code inside the item',
      '  item paragraph',
    ]);
    expect(render(text)).toEqual([
      'paragraph: Paragraph / lazy continuation, not code',
      'code[]:     indented code\n\n    more of the same code',
      'list-item: item',
      'code[]:       code inside the item',
      'list-item: item paragraph',
    ]);
  });

  it('skips comments and reference definitions, reads HTML and JSX blocks as markup', () => {
    const text = md([
      '<!-- a comment',
      'over lines -->',
      '[docs]: https://example.com/docs',
      '<div class="card">',
      '  <label>Access token</label>',
      '</div>',
      '',
      'Text with <kbd>Enter</kbd> inline, and <your token> as copy.',
      '<TextField label="Token" />',
      '<script>',
      '',
      'var a = "<div>";',
      '</script>',
    ]);
    expect(render(text)).toEqual([
      'markup: <div class="card">\n  <label>Access token</label>\n</div>',
      'paragraph: Text with <kbd>Enter</kbd> inline, and <your token> as copy.',
      'markup: <TextField label="Token" />\n<script>\n\nvar a = "<div>";\n</script>',
    ]);
  });

  it('treats MDX module lines and expression blocks as code', () => {
    const text = md([
      "import { Callout } from '@/components/Callout';",
      'export const meta = {',
      "  title: 'Paste your token',",
      '};',
      '',
      '{/* a comment */}',
      '',
      'Export your data from the dashboard.',
    ]);
    expect(render(text, true)).toEqual(['paragraph: Export your data from the dashboard.']);
  });

  it('reads tables cell by cell', () => {
    const text = md(['| Field | Where |', '|:---|---:|', '| Access token | Settings \\| API |', '| `x` |', '', 'After']);
    expect(render(text)).toEqual([
      'table-cell^: Field',
      'table-cell^: Where',
      'table-cell: Access token',
      'table-cell: Settings \\| API',
      'table-cell: `x`',
      'paragraph: After',
    ]);
    const [, , cell] = readMarkdownBlocks(text);
    expect(cell?.row && text.slice(cell.row[0], cell.row[1])).toBe('| Access token | Settings \\| API |');
    expect(cell?.headerRow && text.slice(cell.headerRow[0], cell.headerRow[1])).toBe('| Field | Where |');
  });

  it('keeps exact offsets with CRLF line ends', () => {
    const text = '# Title\r\n\r\nLine one\r\nline two\r\n';
    const [heading, paragraph] = readMarkdownBlocks(text);
    expect(heading?.lines).toEqual([2, 7]);
    expect(paragraph?.lines.map((offset) => offset)).toEqual([11, 19, 21, 29]);
    expect(text.slice(21, 29)).toBe('line two');
  });

  it('finds front matter only when it is closed', () => {
    expect(skipFrontMatter('---\na: 1\n---\nBody')).toBe(13);
    expect(skipFrontMatter('+++\na = 1\n+++\nBody')).toBe(14);
    expect(skipFrontMatter('---\nNot front matter, a rule and text')).toBe(0);
    expect(skipFrontMatter('Body')).toBe(0);
  });
});
