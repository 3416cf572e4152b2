/**
 * Hostile Markdown: inputs shaped to make a block or inline reader rescan (quadratic) or recurse.
 * Each finishes in a few seconds at most; the quadratic shapes fixed while writing the reader
 * (a list marker per character on one line, a 40 000-cell table row) took minutes. No timings
 * are asserted: vitest's timeout catches a regression.
 */
import { describe, expect, it } from 'vitest';
import { findMarkdownSolicitations } from '../../../src/scanner/detect/markdown/find-markdown-solicitations.js';
import { readMarkdownBlocks } from '../../../src/scanner/detect/markdown/read-markdown-blocks.js';

const MB = 1_000_000;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));
const lineOf = (text: string, offset: number) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
};
const ask = 'Go to Settings and paste your Intercom access token in the field. ';

function scan(text: string, path = 'help/intercom.md') {
  return findMarkdownSolicitations(text, path).map((detection) => lineOf(text, detection.start));
}

describe('hostile Markdown', () => {
  it('a 20 MB single line of solicitation copy: judged within a budget, reported on line 1', () => {
    const lines = scan(fill(ask, 20 * MB));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(1000);
    expect(new Set(lines)).toEqual(new Set([1]));
  });

  it('a 20 MB single line without spaces', () => {
    expect(scan(fill('intercomaccesstokenpaste', 20 * MB))).toEqual([]);
  });

  it('1 MB of backticks, and backtick runs of every length', () => {
    expect(scan(`# Intercom access token\n\n${fill('`', MB)}\n`)).toEqual([]);
    const runs = Array.from({ length: 1400 }, (_, i) => `${'`'.repeat(i + 1)}x`).join('');
    expect(scan(`Intercom api key ${runs}`)).toEqual([]);
    expect(scan(`Intercom ${fill('`a` api key ', MB)}`)).toEqual([]);
  });

  it('100 000 nested blockquote markers', () => {
    const text = `# Connect Intercom\n${fill('>', 100_000)} ${ask}\n`;
    expect(scan(text)).toEqual([2]);
  });

  it('100 000 columns of list indentation, deep nesting and a marker per character', () => {
    // Deeper than four columns without a list around it: indented code, not copy.
    expect(scan(`# Intercom\n${fill(' ', 100_000)}- ${ask}\n`)).toEqual([]);
    const nested = Array.from({ length: 450 }, (_, i) => `${' '.repeat(i * 2)}- Intercom api key`).join('\n');
    expect(readMarkdownBlocks(nested)).toHaveLength(450);
    expect(scan(`# Intercom\n${fill('- ', 200_000)}${ask}\n`).length).toBeLessThanOrEqual(1);
  });

  it('an unterminated fence swallows the rest of the page', () => {
    const text = `# Connect Intercom\n\n${ask}\n\n\`\`\`md\n${fill(`${ask}\n`, MB)}`;
    expect(scan(text)).toEqual([3]);
    expect(scan(`# Intercom\n${fill('```a`\nPaste your api key\n', MB)}`)).toEqual([]);
  });

  it('unclosed comments, brackets, link tails, tags, autolinks and braces', () => {
    for (const unit of ['<!--', '[', '[a](', '](', '<a ', '<http:', '{', '\\', '*a', '_', 'A_', '.']) {
      const text = `Intercom api key ${fill(unit, MB)} paste it`;
      expect(() => scan(text)).not.toThrow();
      expect(() => scan(text, 'help/intercom.mdx')).not.toThrow();
    }
  });

  it('a 40 000-cell table row and 1 MB of solicitation rows, blocks and headings', () => {
    expect(scan(`| a | b |\n| - | - |\n|${fill(' Intercom access token |', MB)}\n`)).toEqual([]);
    for (const text of [
      `| a | b |\n| - | - |\n${fill('| Intercom access token | from Settings |\n', MB)}`,
      fill(`<div>\n${ask}\n\n`, MB),
      fill(`# Intercom\n${ask}\n`, MB),
      Array.from({ length: 15_000 }, (_, i) => `Go to Settings ${i} and paste your Intercom access token.`).join('\n\n'),
    ]) {
      expect(scan(text).length).toBe(1000);
    }
  });

  it('nested JSX braces in MDX', () => {
    const text = `# Intercom\n\n<TextField label="Intercom access token" x=${fill('{', MB)}\n`;
    expect(scan(text, 'help/connect.mdx')).toEqual([3]);
  });
});
