// Reads a Markdown or MDX document into the blocks the copy detector judges, in one pass over its
// lines. Not a CommonMark parser: it knows enough of the block grammar to tell copy (headings,
// paragraphs, list items, table cells) from code (fences, indented code, MDX import/export) and
// from markup (HTML and JSX blocks), and it keeps exact offsets into the text. Every construct
// that may be left open (a fence, a comment, an HTML block) simply runs to the end of the text,
// so hostile input costs one pass.

export type MarkdownBlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'code' | 'markup';

export interface MarkdownBlock {
  kind: MarkdownBlockKind;
  /** `[start, end)` in the text: the whole block (a fence with its fence lines). */
  start: number;
  end: number;
  /**
   * Copy blocks: the content of each line with container prefixes (`>`, list markers,
   * indentation) and heading marks stripped, as `[start0, end0, start1, end1, …]`.
   */
  lines: number[];
  /** Headings: 1–6. */
  level?: number;
  /** Headings inside a blockquote: quoted text, not a section of the page. */
  quoted?: boolean;
  /** Table cells: whether the cell is in the header row. */
  header?: boolean;
  /** Table cells: the content of the cell's row and of the table's header row. */
  row?: readonly [number, number];
  headerRow?: readonly [number, number];
  /** Code: the fence's info word, lower-cased (`''` for indented code and bare fences). */
  language?: string;
}

export interface ReadMarkdownOptions {
  /** MDX: `{…}` lines are expressions, not copy. */
  mdx?: boolean;
}

interface OpenParagraph {
  kind: 'paragraph' | 'list-item';
  lines: number[];
}

interface OpenFence {
  char: number;
  length: number;
  start: number;
  language: string;
}

interface OpenMarkup {
  start: number;
  /** Lower-cased closing tag that ends the block (`</script>`); otherwise a blank line does. */
  closer?: string;
  /** End of its last non-blank line so far. */
  lastEnd: number;
}

const SPACE = 32;
const TAB = 9;
const GREATER = 62; // >
const BACKTICK = 96;
const TILDE = 126;
const HASH = 35;

// Tags that start an HTML block, even in the middle of a paragraph: CommonMark's block tags, plus
// the form and media elements that MDX and hand-written help pages put on lines of their own.
const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead ' +
    'title tr track ul input label select button img picture video audio source'
  ).split(' '),
);
// Their content is code or preformatted: the block runs to the closing tag, blank lines included.
const RAW_TAGS: ReadonlySet<string> = new Set(['script', 'pre', 'style', 'textarea']);
// An MDX/ES module line: `import … from '…'`, `export const …`. "Export your data" is prose.
const ESM_LINE = /^(?:import\s*[\w{*'"]|export\s+(?:const|let|var|function|default|class|async|type|interface|\{|\*))/;

const isBlankChar = (code: number) => code === SPACE || code === TAB;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Where the body starts after YAML (`---`) or TOML (`+++`) front matter; 0 when there is none. */
export function skipFrontMatter(text: string): number {
  const marker = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : undefined;
  if (!marker) return 0;
  let lineEnd = text.indexOf('\n');
  if (lineEnd < 0 || text.slice(3, lineEnd).trim() !== '') return 0;
  // An opening line with no closing line is a thematic break, not front matter.
  while (lineEnd >= 0 && lineEnd < text.length) {
    const start = lineEnd + 1;
    lineEnd = text.indexOf('\n', start);
    const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd).trimEnd();
    if (line === marker || (marker === '---' && line === '...')) return lineEnd < 0 ? text.length : lineEnd + 1;
  }
  return 0;
}

/** The blocks of a Markdown/MDX document, in order. Linear in the length of the text; never throws. */
export function readMarkdownBlocks(text: string, { mdx = false }: ReadMarkdownOptions = {}): MarkdownBlock[] {
  const length = text.length;
  const blocks: MarkdownBlock[] = [];
  // Open constructs. A paragraph is open exactly while its next line may continue it.
  let paragraph: OpenParagraph | undefined;
  let fence: OpenFence | undefined;
  let markup: OpenMarkup | undefined;
  let table: { header: readonly [number, number] } | undefined;
  let indentedCode: MarkdownBlock | undefined;
  let skippingCode = false;
  let quoteDepth = 0;
  // Content columns of the open list items, innermost last.
  const listIndents: number[] = [];

  const code = (i: number) => text.charCodeAt(i);

  function closeParagraph(): void {
    if (!paragraph) return;
    const { lines, kind } = paragraph;
    blocks.push({ kind, start: lines[0] ?? 0, end: lines[lines.length - 1] ?? 0, lines });
    paragraph = undefined;
  }

  /** Closes whatever copy block is open, before a block of another kind starts. */
  function interrupt(): void {
    closeParagraph();
    table = undefined;
    indentedCode = undefined;
  }

  function trimEnd(start: number, end: number): number {
    while (end > start && isBlankChar(code(end - 1))) end -= 1;
    return end;
  }

  function lineHas(start: number, end: number, wanted: number): boolean {
    for (let i = start; i < end; i += 1) if (code(i) === wanted) return true;
    return false;
  }

  function pushCells(start: number, end: number, header: boolean, headerRow: readonly [number, number]): void {
    const row = [start, end] as const;
    let cellStart = code(start) === 124 ? start + 1 : start;
    for (let i = cellStart; i <= end; i += 1) {
      const current = i < end ? code(i) : 124;
      if (current === 92) {
        i += 1; // `\|` is a pipe inside a cell
        continue;
      }
      if (current !== 124) continue;
      let s = cellStart;
      let e = Math.min(i, end);
      while (s < e && isBlankChar(code(s))) s += 1;
      e = trimEnd(s, e);
      if (e > s) blocks.push({ kind: 'table-cell', start: s, end: e, lines: [s, e], header, row, headerRow });
      cellStart = i + 1;
    }
  }

  /** `| --- | :-: |` */
  function isDelimiterRow(start: number, end: number): boolean {
    let dashes = 0;
    for (let i = start; i < end; i += 1) {
      const current = code(i);
      if (current === 45) dashes += 1;
      else if (current !== 124 && current !== 58 && !isBlankChar(current)) return false;
    }
    return dashes > 0;
  }

  /**
   * Where the line's thematic-break tail starts: the shortest suffix of one mark (`*`, `-`, `_`)
   * and blanks. Worked out once per line, so testing each list marker's remainder of
   * "- - - - … x" is O(1) instead of a rescan.
   */
  function thematicTailStart(start: number, end: number): number {
    let i = trimEnd(start, end);
    const mark = code(i - 1);
    if (mark !== 42 && mark !== 45 && mark !== 95) return end;
    while (i > start && (code(i - 1) === mark || isBlankChar(code(i - 1)))) i -= 1;
    return i;
  }

  /** `***`, `- - -`, `___` from `start`, given the line's thematic tail. */
  function isThematicBreak(start: number, end: number, tail: number): boolean {
    if (start < tail) return false;
    const mark = code(start);
    let count = 0;
    for (let i = start; i < end && count < 3; i += 1) if (code(i) === mark) count += 1;
    return count >= 3;
  }

  /** A setext underline (`===`, `---`): the heading level it makes, else 0. */
  function setextLevel(start: number, end: number): number {
    const mark = code(start);
    if (mark !== 61 && mark !== 45) return 0;
    let i = start;
    while (i < end && code(i) === mark) i += 1;
    return trimEnd(i, end) === i ? (mark === 61 ? 1 : 2) : 0;
  }

  /** The width of a list marker at `start` (`- `, `12. `, `3) `), else 0. */
  function listMarkerWidth(start: number, end: number): number {
    const first = code(start);
    let width = 0;
    if (first === 45 || first === 42 || first === 43) width = 1;
    else if (isDigit(first)) {
      let i = start;
      while (i < end && isDigit(code(i)) && i - start < 10) i += 1;
      const mark = code(i);
      if (i - start <= 9 && (mark === 46 || mark === 41)) width = i - start + 1;
    }
    if (width === 0) return 0;
    const after = start + width;
    return after === end || isBlankChar(code(after)) ? width : 0;
  }

  /** The tag at `start` (`<name` or `</name`) when it could open an HTML/JSX block. */
  function readBlockTag(start: number, end: number): { name: string; capitalised: boolean } | undefined {
    let i = start + 1;
    if (code(i) === 47) i += 1;
    const nameStart = i;
    if (!isAsciiLetter(code(i))) return undefined;
    while (i < end && i - nameStart < 64) {
      const current = code(i);
      if (!isAsciiLetter(current) && !isDigit(current) && current !== 45 && current !== 46 && current !== 58) break;
      i += 1;
    }
    const next = i < end ? code(i) : SPACE;
    if (!isBlankChar(next) && next !== GREATER && next !== 47) return undefined;
    const name = text.slice(nameStart, i).toLowerCase();
    const first = code(nameStart);
    const capitalised = first >= 65 && first <= 90;
    const opens = RAW_TAGS.has(name) || BLOCK_TAGS.has(name) || capitalised || name.includes('-');
    return opens ? { name, capitalised } : undefined;
  }

  /** `[label]: destination` on one line: link plumbing, not copy. Footnotes (`[^1]: …`) are copy. */
  function isReferenceDefinition(start: number, end: number): boolean {
    if (code(start + 1) === 94) return false;
    for (let i = start + 1; i < end && i - start < 1000; i += 1) {
      const current = code(i);
      if (current === 93) return code(i + 1) === 58;
      if (current === 91) return false;
    }
    return false;
  }

  function closeMarkup(end: number): void {
    if (!markup) return;
    blocks.push({ kind: 'markup', start: markup.start, end, lines: [] });
    markup = undefined;
  }

  function pushHeading(lines: number[], start: number, end: number, level: number): void {
    const heading: MarkdownBlock = { kind: 'heading', start, end, lines, level };
    if (quoteDepth > 0) heading.quoted = true;
    blocks.push(heading);
  }

  /**
   * Reads the content of one line from `start` (blockquote markers and indentation already
   * skipped; `column` is where it starts). Returns where reading goes on when a construct
   * swallowed more than the line (an HTML comment), else undefined.
   */
  function readLine(lineStart: number, start: number, end: number, startColumn: number): number | undefined {
    let content = start;
    let column = startColumn;
    let afterMarker = false;
    const tail = thematicTailStart(start, end);
    // A list marker may be followed by more block syntax on the same line ("- ## Step", "- - x");
    // each turn consumes a marker, so the loop stays linear in the line.
    for (;;) {
      const containerIndent = listIndents[listIndents.length - 1] ?? 0;
      const relative = column - containerIndent;
      const first = code(content);

      if (!paragraph && !afterMarker && relative >= 4) {
        table = undefined;
        if (indentedCode) indentedCode.end = end;
        else {
          indentedCode = { kind: 'code', start: lineStart, end, lines: [], language: '' };
          blocks.push(indentedCode);
        }
        return undefined;
      }
      indentedCode = undefined;

      if ((first === BACKTICK || first === TILDE) && relative <= 3) {
        let i = content;
        while (i < end && code(i) === first) i += 1;
        const run = i - content;
        if (run >= 3 && !(first === BACKTICK && lineHas(i, end, BACKTICK))) {
          interrupt();
          // The info string's first word: ```` ```bash ````, ```` ```{.bash} ````, ```` ```js title="a.js" ````.
          const info = text.slice(i, Math.min(end, i + 200));
          const language = (/^[\s{.]*([\w+#-]*)/.exec(info)?.[1] ?? '').toLowerCase();
          fence = { char: first, length: run, start: lineStart, language };
          return undefined;
        }
      }

      if (first === 60 && text.startsWith('<!--', content)) {
        interrupt();
        const close = text.indexOf('-->', content + 4);
        if (close < 0) return length;
        const next = text.indexOf('\n', close + 3);
        return next < 0 ? length : next + 1;
      }

      if (first === HASH && relative <= 3) {
        let i = content;
        while (i < end && code(i) === HASH && i - content < 7) i += 1;
        const level = i - content;
        if (level <= 6 && (i === end || isBlankChar(code(i)))) {
          interrupt();
          let s = i;
          while (s < end && isBlankChar(code(s))) s += 1;
          let e = trimEnd(s, end);
          // A closing run of `#` after a space is decoration.
          let h = e;
          while (h > s && code(h - 1) === HASH) h -= 1;
          if (h === s || isBlankChar(code(h - 1))) e = trimEnd(s, h);
          pushHeading(e > s ? [s, e] : [], lineStart, end, level);
          return undefined;
        }
      }

      if (paragraph?.kind === 'paragraph' && !afterMarker && relative <= 3) {
        const level = setextLevel(content, end);
        if (level > 0) {
          const { lines } = paragraph;
          paragraph = undefined;
          pushHeading(lines, lines[0] ?? lineStart, end, level);
          return undefined;
        }
      }

      if (relative <= 3 && isThematicBreak(content, end, tail)) {
        interrupt();
        return undefined;
      }

      if (paragraph?.lines.length === 2 && isDelimiterRow(content, end)) {
        const header = [paragraph.lines[0] ?? 0, paragraph.lines[1] ?? 0] as const;
        if (lineHas(header[0], header[1], 124) || lineHas(content, end, 124)) {
          paragraph = undefined;
          pushCells(header[0], header[1], true, header);
          table = { header };
          return undefined;
        }
      }
      if (table) {
        if (lineHas(content, end, 124)) {
          pushCells(content, trimEnd(content, end), false, table.header);
          return undefined;
        }
        table = undefined;
      }

      const marker = relative <= 3 ? listMarkerWidth(content, end) : 0;
      if (marker > 0) {
        closeParagraph();
        let after = content + marker;
        let spaces = 0;
        while (after < end && isBlankChar(code(after)) && spaces < 5) {
          after += 1;
          spaces += 1;
        }
        // Content more than four columns after the marker is indented code; the item starts at one.
        if (after === end) spaces = 1;
        else if (spaces > 4) {
          after -= spaces - 1;
          spaces = 1;
        }
        while (listIndents.length > 0 && (listIndents[listIndents.length - 1] ?? 0) > column) listIndents.pop();
        const itemIndent = column + marker + spaces;
        listIndents.push(itemIndent);
        // A task box is decoration: `- [ ] Paste …`.
        if (after + 3 <= end && code(after) === 91 && code(after + 2) === 93 && /[ xX]/.test(text.charAt(after + 1))) {
          after += 3;
          while (after < end && isBlankChar(code(after))) after += 1;
        }
        if (after >= end) return undefined; // the item's copy starts on the next line
        content = after;
        column = itemIndent;
        afterMarker = true;
        continue;
      }

      if (first === 60 && relative <= 3) {
        const tag = readBlockTag(content, end);
        if (tag) {
          interrupt();
          markup = { start: content, lastEnd: end };
          if (RAW_TAGS.has(tag.name)) {
            markup.closer = `</${tag.name}>`;
            if (text.slice(content, end).toLowerCase().includes(markup.closer)) closeMarkup(end);
          }
          return undefined;
        }
      }

      if (!paragraph && !afterMarker && quoteDepth === 0 && column === 0) {
        // MDX/ES module lines and MDX expression blocks are code until a blank line.
        const isModule = (first === 105 || first === 101) && ESM_LINE.test(text.slice(content, Math.min(end, content + 40)));
        if (isModule || (mdx && first === 123)) {
          skippingCode = true;
          return undefined;
        }
      }
      if (!paragraph && first === 91 && isReferenceDefinition(content, end)) return undefined;

      const contentEnd = trimEnd(content, end);
      if (paragraph && !afterMarker) paragraph.lines.push(content, contentEnd);
      else {
        closeParagraph();
        paragraph = { kind: listIndents.length > 0 ? 'list-item' : 'paragraph', lines: [content, contentEnd] };
      }
      return undefined;
    }
  }

  let position = skipFrontMatter(text);
  while (position < length) {
    const newline = text.indexOf('\n', position);
    const lineBreak = newline < 0 ? length : newline;
    const lineEnd = lineBreak > position && code(lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak;
    const lineStart = position;
    position = newline < 0 ? length : newline + 1;

    // Blockquote markers: `> > text`. Each is consumed once, however many there are.
    let i = lineStart;
    let depth = 0;
    for (;;) {
      let j = i;
      while (j < lineEnd && j - i < 3 && code(j) === SPACE) j += 1;
      if (j >= lineEnd || code(j) !== GREATER) break;
      depth += 1;
      i = j + 1;
      if (i < lineEnd && isBlankChar(code(i))) i += 1;
    }

    if (fence) {
      // Inside a fence only its closing line matters.
      let j = i;
      while (j < lineEnd && isBlankChar(code(j))) j += 1;
      let k = j;
      while (k < lineEnd && code(k) === fence.char) k += 1;
      if (k - j >= fence.length && trimEnd(k, lineEnd) === k) {
        blocks.push({ kind: 'code', start: fence.start, end: lineEnd, lines: [], language: fence.language });
        fence = undefined;
      }
      continue;
    }

    let contentStart = i;
    let column = 0;
    while (contentStart < lineEnd) {
      const current = code(contentStart);
      if (current === SPACE) column += 1;
      else if (current === TAB) column += 4 - (column % 4);
      else break;
      contentStart += 1;
    }
    const blank = contentStart === lineEnd;

    if (markup) {
      if (markup.closer) {
        if (text.slice(lineStart, lineEnd).toLowerCase().includes(markup.closer)) closeMarkup(lineEnd);
      } else if (blank) closeMarkup(markup.lastEnd);
      else {
        markup.lastEnd = lineEnd;
        // A `<script>` or `<pre>` opened inside the block keeps it open across blank lines.
        const tag = code(contentStart) === 60 ? readBlockTag(contentStart, lineEnd) : undefined;
        if (tag && RAW_TAGS.has(tag.name) && code(contentStart + 1) !== 47) {
          const closer = `</${tag.name}>`;
          if (!text.slice(contentStart, lineEnd).toLowerCase().includes(closer)) markup.closer = closer;
        }
      }
      continue;
    }
    if (skippingCode) {
      if (blank) skippingCode = false;
      continue;
    }

    if (depth !== quoteDepth) {
      interrupt();
      listIndents.length = 0;
      quoteDepth = depth;
    }
    if (blank) {
      // Blank lines end paragraphs and tables; indented code runs on across them.
      closeParagraph();
      table = undefined;
      continue;
    }

    // A line indented less than the open list item ends it, unless it continues a paragraph.
    if (!paragraph) {
      while (listIndents.length > 0 && column < (listIndents[listIndents.length - 1] ?? 0)) listIndents.pop();
    }
    const jump = readLine(lineStart, contentStart, lineEnd, column);
    if (jump !== undefined) position = jump;
  }

  closeParagraph();
  if (fence) blocks.push({ kind: 'code', start: fence.start, end: length, lines: [], language: fence.language });
  closeMarkup(length);
  return blocks;
}
