// Reads the inline Markdown of one block into the copy a reader sees: link and image text without
// their URLs, emphasis marks and HTML tags dropped, escapes resolved, soft line breaks as spaces,
// and inline code either kept (plain words: "the `Access token` field") or replaced by a neutral
// word and remembered as developer evidence (`INTERCOM_TOKEN`, `npm run setup`). Every character
// of the copy maps back to an offset in the source text. One pass: each lookahead either consumes
// what it scanned or is remembered (`createNextIndex`), so hostile input stays linear.
import { getCodeSpanRole, type CodeSpanRole } from './get-code-span-role.js';
import { CODE_SPAN_STAND_IN } from './markdown-audience-words.js';

export interface CodeSpanMark {
  /** `[start, end)` in the copy. */
  start: number;
  end: number;
  role: CodeSpanRole;
}

export interface InlineCopy {
  text: string;
  codeSpans: CodeSpanMark[];
  /** The source offset of the copy's character at `index` (`0 <= index < text.length`). */
  toSource(index: number): number;
  /** The source offset just after the copy ending at `end` (`0 < end <= text.length`): past a whole code span. */
  toSourceEnd(end: number): number;
}

export interface ReadInlineOptions {
  /** MDX: `{…}` is a JavaScript expression; only a plain string literal in it is copy. */
  mdx?: boolean;
}

// Inline HTML tags read as a word break; anything else in angle brackets ("<your token>") is copy.
const INLINE_TAGS: ReadonlySet<string> = new Set(
  (
    'a abbr b bdi bdo big br cite code data del dfn div em font i img input ins kbd label mark p q s samp small ' +
    'span strike strong sub sup time tt u var wbr'
  ).split(' '),
);
// Characters the reader stops at; everything else is copied in runs.
const SPECIAL = new Uint8Array(128);
for (const char of '\\`*_~![]<{\n') SPECIAL[char.charCodeAt(0)] = 1;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const STRING_EXPRESSION = /^(['"`])([^'"`$]*)\1$/;

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;

/**
 * `indexOf` that remembers its last answer per needle: reading moves forward, so a query from
 * inside the range searched last time gets the same answer without searching again.
 */
function createNextIndex(text: string): (needle: string, from: number) => number {
  const cache = new Map<string, { from: number; at: number }>();
  return (needle, from) => {
    const known = cache.get(needle);
    if (known && from >= known.from && (known.at < 0 || from <= known.at)) return known.at;
    const at = text.indexOf(needle, from);
    cache.set(needle, { from, at });
    return at;
  };
}

/** Where each backtick run of each length starts, so a code span's closer is a binary search. */
function indexBacktickRuns(text: string): Map<number, number[]> {
  const runs = new Map<number, number[]>();
  for (let i = text.indexOf('`'); i >= 0 && i < text.length; ) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) === 96) j += 1;
    const list = runs.get(j - i);
    if (list) list.push(i);
    else runs.set(j - i, [i]);
    i = text.indexOf('`', j);
  }
  return runs;
}

function firstAtOrAfter(sorted: readonly number[], value: number): number | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return sorted[low];
}

/**
 * Reads the inline content of a block whose lines are `[start0, end0, start1, end1, …]` in
 * `source` (as `readMarkdownBlocks` gives them). Lines are joined by soft breaks.
 */
export function readInlineCopy(source: string, lines: readonly number[], { mdx = false }: ReadInlineOptions = {}): InlineCopy {
  // The lines joined with "\n", and where each starts in the joined text and in the source.
  const joinedStarts: number[] = [];
  const sourceStarts: number[] = [];
  const parts: string[] = [];
  let joinedLength = 0;
  for (let k = 0; k + 1 < lines.length; k += 2) {
    const start = lines[k] ?? 0;
    const end = lines[k + 1] ?? start;
    if (k > 0) joinedLength += 1;
    joinedStarts.push(joinedLength);
    sourceStarts.push(start);
    parts.push(source.slice(start, end));
    joinedLength += end - start;
  }
  const text = parts.join('\n');
  const length = text.length;
  const nextIndex = createNextIndex(text);
  let backtickRuns: Map<number, number[]> | undefined;

  // Pieces of copy: their text, where they come from in `text`, and whether they are a verbatim
  // slice (each character maps to its own offset) or stand for a construct (all map to its start).
  const texts: string[] = [];
  const origins: number[] = [];
  const originEnds: number[] = [];
  const verbatim: boolean[] = [];
  const spans: { piece: number; role: CodeSpanRole }[] = [];
  const openBrackets: number[] = [];

  const push = (piece: string, origin: number, isVerbatim: boolean, originEnd = origin + 1) => {
    texts.push(piece);
    origins.push(origin);
    originEnds.push(originEnd);
    verbatim.push(isVerbatim);
  };

  // First whitespace or `)` at or after `from` (a link destination's end), remembered like `nextIndex`.
  let stopFrom = -1;
  let stopAt = -2;
  const nextDestinationStop = (from: number): number => {
    if (from >= stopFrom && stopAt !== -2 && (stopAt < 0 || from <= stopAt)) return stopAt;
    let k = from;
    while (k < length) {
      const code = text.charCodeAt(k);
      if (code === 41 || isSpace(code)) break;
      k += 1;
    }
    stopFrom = from;
    stopAt = k < length ? k : -1;
    return stopAt;
  };

  const skipSpaces = (from: number): number => {
    let k = from;
    while (k < length && isSpace(text.charCodeAt(k))) k += 1;
    return k;
  };

  /** `(destination "title")` at `open`: where it ends, or -1 when it is not a link tail. */
  function readLinkTail(open: number): number {
    let k = skipSpaces(open + 1);
    if (text.charCodeAt(k) === 60) {
      const close = nextIndex('>', k + 1);
      if (close < 0) return -1;
      k = close + 1;
    } else {
      k = nextDestinationStop(k);
      if (k < 0) return -1;
    }
    k = skipSpaces(k);
    const quote = text.charAt(k);
    if (quote === '"' || quote === "'" || quote === '(') {
      const close = nextIndex(quote === '(' ? ')' : quote, k + 1);
      if (close < 0) return -1;
      k = skipSpaces(close + 1);
    }
    return text.charCodeAt(k) === 41 ? k + 1 : -1;
  }

  /** `<…>` at `open`: where an autolink, comment or HTML tag ends, or -1 when it is copy. */
  function readAngle(open: number): number {
    if (text.startsWith('<!--', open)) {
      const close = nextIndex('-->', open + 4);
      return close < 0 ? -1 : close + 3;
    }
    let k = open + 1;
    if (text.charCodeAt(k) === 47) k += 1;
    const nameStart = k;
    while (k < length && (isWordChar(text.charCodeAt(k)) || text.charCodeAt(k) === 45) && text.charCodeAt(k) <= 127) k += 1;
    const name = text.slice(nameStart, k);
    const after = text.charCodeAt(k);
    const autolink = name.length > 0 && (after === 58 || after === 64 || after === 46);
    const first = name.charCodeAt(0);
    // A tag name ends the tag or is followed by attributes; `<YOUR_TOKEN>` is a placeholder.
    const tag =
      name.length > 0 &&
      (after === 62 || after === 47 || isSpace(after)) &&
      (INLINE_TAGS.has(name.toLowerCase()) || (first >= 65 && first <= 90) || name.includes('-'));
    if (!autolink && !tag) return -1;
    // Scan to the closing `>`, stopping at `<` (and, for autolinks, at whitespace): the next
    // candidate starts where this scan stopped, so no character is scanned twice.
    for (; k < length; k += 1) {
      const code = text.charCodeAt(k);
      if (code === 62) return k + 1;
      if (code === 60 || (autolink && isSpace(code))) return -1;
    }
    return -1;
  }

  let i = 0;
  let run = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code > 127 || SPECIAL[code] === 0) {
      i += 1;
      continue;
    }
    if (i > run) push(text.slice(run, i), run, true);
    let next = i + 1;
    switch (code) {
      case 92: {
        // `\` escapes punctuation; before a line break it is a hard break.
        const escaped = text.charAt(i + 1);
        if (escaped === '\n') {
          push(' ', i, false);
          next = i + 2;
        } else if (escaped !== '' && ASCII_PUNCTUATION.test(escaped)) {
          push(escaped, i + 1, true);
          next = i + 2;
        } else push('\\', i, true);
        break;
      }
      case 96: {
        let end = i;
        while (end < length && text.charCodeAt(end) === 96) end += 1;
        const size = end - i;
        backtickRuns ??= indexBacktickRuns(text);
        const closer = firstAtOrAfter(backtickRuns.get(size) ?? [], end);
        if (closer === undefined) {
          next = end; // unmatched backticks: decoration
          break;
        }
        const content = text.slice(end, closer);
        const role = getCodeSpanRole(content);
        spans.push({ piece: texts.length, role });
        if (role === 'words') push(content.replace(/\n/g, ' '), end, true);
        else push(CODE_SPAN_STAND_IN, i, false, closer + size);
        next = closer + size;
        break;
      }
      case 42:
      case 95:
      case 126: {
        let end = i;
        while (end < length && text.charCodeAt(end) === code) end += 1;
        // `snake_case` and a single `~` are text; other runs are emphasis or strikethrough.
        const intraword = code === 95 && i > 0 && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(end));
        if (intraword || (code === 126 && end - i === 1)) push(text.slice(i, end), i, true);
        next = end;
        break;
      }
      case 33:
        // `![alt](src)`: the alt text is read like link text.
        if (text.charCodeAt(i + 1) !== 91) push('!', i, true);
        break;
      case 91: {
        if (text.charCodeAt(i + 1) === 94) {
          // A footnote reference `[^1]` is no copy.
          const close = nextIndex(']', i + 2);
          if (close > 0 && close - i <= 64) {
            next = close + 1;
            break;
          }
        }
        openBrackets.push(texts.length);
        push('[', i, true);
        break;
      }
      case 93: {
        const opener = openBrackets.pop();
        const after = text.charCodeAt(i + 1);
        let end = -1;
        if (opener !== undefined && after === 40) end = readLinkTail(i + 1);
        else if (opener !== undefined && after === 91) {
          const close = nextIndex(']', i + 2);
          if (close > 0 && close - i <= 1000) end = close + 1;
        }
        if (end > 0 && opener !== undefined) {
          texts[opener] = '';
          next = end;
        } else push(']', i, true);
        break;
      }
      case 60: {
        const end = readAngle(i);
        if (end > 0) {
          push(' ', i, false);
          next = end;
        } else push('<', i, true);
        break;
      }
      case 123: {
        // `{#custom-id}` after a heading; in MDX any `{expression}`.
        const close = mdx || text.charCodeAt(i + 1) === 35 ? nextIndex('}', i + 1) : -1;
        if (close < 0) {
          push('{', i, true);
          break;
        }
        const literal = STRING_EXPRESSION.exec(text.slice(i + 1, close).trim());
        if (mdx && literal?.[2]) push(literal[2], text.indexOf(literal[2], i + 1), true);
        else push(' ', i, false);
        next = close + 1;
        break;
      }
      default:
        // A soft line break.
        push(' ', i, false);
    }
    i = next;
    run = next;
  }
  if (length > run) push(text.slice(run), run, true);

  // Segments of the copy, empty pieces left out.
  const copyStarts: number[] = [];
  const segmentOrigins: number[] = [];
  const segmentOriginEnds: number[] = [];
  const segmentVerbatim: boolean[] = [];
  const pieceStarts: number[] = [];
  let copyLength = 0;
  for (let k = 0; k < texts.length; k += 1) {
    pieceStarts.push(copyLength);
    const piece = texts[k] ?? '';
    if (piece.length === 0) continue;
    copyStarts.push(copyLength);
    segmentOrigins.push(origins[k] ?? 0);
    segmentOriginEnds.push(originEnds[k] ?? 0);
    segmentVerbatim.push(verbatim[k] ?? false);
    copyLength += piece.length;
  }

  /** The segment holding copy offset `index`. */
  const segmentAt = (index: number): number => {
    let low = 0;
    let high = copyStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((copyStarts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  const toJoinedSource = (joined: number): number => {
    let low = 0;
    let high = joinedStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((joinedStarts[middle] ?? 0) <= joined) low = middle;
      else high = middle - 1;
    }
    return (sourceStarts[low] ?? 0) + joined - (joinedStarts[low] ?? 0);
  };

  return {
    text: texts.join(''),
    codeSpans: spans.map(({ piece, role }) => {
      const start = pieceStarts[piece] ?? 0;
      return { start, end: start + (texts[piece]?.length ?? 0), role };
    }),
    toSource(index: number): number {
      const segment = segmentAt(index);
      const offset = segmentVerbatim[segment] ? index - (copyStarts[segment] ?? 0) : 0;
      return toJoinedSource((segmentOrigins[segment] ?? 0) + offset);
    },
    toSourceEnd(end: number): number {
      const segment = segmentAt(end - 1);
      if (segmentVerbatim[segment]) return toJoinedSource((segmentOrigins[segment] ?? 0) + end - 1 - (copyStarts[segment] ?? 0)) + 1;
      return toJoinedSource((segmentOriginEnds[segment] ?? 1) - 1) + 1;
    },
  };
}
