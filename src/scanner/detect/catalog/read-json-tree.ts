// A tolerant, linear JSON reader for the copy detector: JSON, JSONC and JSON5-ish input (comments,
// trailing commas, single quotes, unquoted keys, .arb), with the offsets and key of every string.
// Not a validator: malformed input is read as far as it makes sense and never throws. Nesting is
// an explicit stack, so 100k levels of brackets cost memory, not call depth.
import type { DataTreeBuilder, KeyRef } from './data-tree.js';

interface Frame {
  object: boolean;
  /** In an object: the next string or word is a key. */
  expectKey: boolean;
  /** In an object: the key of the value that follows. */
  key: KeyRef | undefined;
}

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const SINGLE_QUOTE = 39;
const ASTERISK = 42;
const COMMA = 44;
const SLASH = 47;
const COLON = 58;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

// Sticky scanners: each skips a run in one native pass.
const SPACES = /\s+/y;
const DOUBLE_QUOTED_RUN = /[^"\\\r\n]+/y;
const SINGLE_QUOTED_RUN = /[^'\\\r\n]+/y;
const WORD = /[^\s,:[\]{}"'/]+/y;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0',
};

/** Decodes the body of a JSON/JSON5 string (between its quotes). */
export function decodeJsonString(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const slash = raw.indexOf('\\', i);
    if (slash < 0) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, slash);
    const next = raw.charAt(slash + 1);
    i = slash + 2;
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i, i + 4))) {
      out += String.fromCharCode(Number.parseInt(raw.slice(i, i + 4), 16));
      i += 4;
    } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(raw.slice(i, i + 2))) {
      out += String.fromCharCode(Number.parseInt(raw.slice(i, i + 2), 16));
      i += 2;
    } else if (next === '\r') {
      // JSON5 line continuation.
      if (raw.charAt(i) === '\n') i += 1;
    } else if (next !== '\n' && next !== '\u2028' && next !== '\u2029') {
      out += SIMPLE_ESCAPES[next] ?? next;
    }
  }
  return out;
}

/** Where a sticky `pattern` run starting at `from` ends (`from` when none), never past `limit`. */
function skipRun(pattern: RegExp, text: string, from: number, limit: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? Math.min(pattern.lastIndex, limit) : from;
}

/**
 * The end of a string starting at `start` (its quote): just past the closing quote, or where an
 * unterminated string stops (the line end, or `limit`).
 */
function findStringEnd(text: string, start: number, limit: number): number {
  const quote = text.charCodeAt(start);
  const run = quote === DOUBLE_QUOTE ? DOUBLE_QUOTED_RUN : SINGLE_QUOTED_RUN;
  let i = start + 1;
  while (i < limit) {
    i = skipRun(run, text, i, limit);
    if (i >= limit) break;
    const code = text.charCodeAt(i);
    if (code === quote) return i + 1;
    if (code === LINE_FEED || code === CARRIAGE_RETURN) return i;
    // A backslash: an escaped CRLF is one JSON5 line continuation.
    i += text.charCodeAt(i + 1) === CARRIAGE_RETURN && text.charCodeAt(i + 2) === LINE_FEED ? 3 : 2;
  }
  return limit;
}

/** Skips a comment at `i` (`//…`, `/*…*\/`, `#…`); returns where reading resumes, or `i` if none. */
function skipComment(text: string, i: number, limit: number): number {
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (code === HASH || (code === SLASH && next === SLASH)) {
    const lineEnd = text.indexOf('\n', i);
    return lineEnd < 0 || lineEnd >= limit ? limit : lineEnd + 1;
  }
  if (code === SLASH && next === ASTERISK) {
    const close = text.indexOf('*/', i + 2);
    return close < 0 || close + 2 > limit ? limit : close + 2;
  }
  return i;
}

/**
 * Feeds `builder` the objects, arrays, keys and scalars of the JSON text in `[start, end)`.
 * Several top-level values are read one after another (each is a document root).
 */
export function readJsonTree(text: string, builder: DataTreeBuilder, start = 0, end = text.length): void {
  const frames: Frame[] = [];
  let frame: Frame | undefined;
  let i = start;

  /** A string or word at `[from, to)`: a key where one is expected, else a value. */
  const take = (from: number, to: number, value: string | undefined) => {
    if (frame?.object && frame.expectKey) {
      const key = { name: value ?? text.slice(from, to), start: from, end: to };
      frame.key = key;
      frame.expectKey = false;
      builder.key(key);
    } else {
      builder.scalar(frame?.object ? frame.key : undefined, value, from, to);
    }
  };

  while (i < end) {
    let code = text.charCodeAt(i);
    // Most tokens follow one another directly; only look for a run of spaces at one.
    if (code <= 32 || code >= 0x80) {
      i = skipRun(SPACES, text, i, end);
      if (i >= end) break;
      code = text.charCodeAt(i);
    }
    switch (code) {
      case OPEN_BRACE:
      case OPEN_BRACKET: {
        builder.open(code === OPEN_BRACE ? 'object' : 'array', frame?.object ? frame.key : undefined);
        frame = { object: code === OPEN_BRACE, expectKey: code === OPEN_BRACE, key: undefined };
        frames.push(frame);
        i += 1;
        continue;
      }
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        // A stray closer at the top level is ignored; a mismatched one closes the innermost container.
        if (frame) {
          frames.pop();
          frame = frames[frames.length - 1];
          builder.close();
        }
        i += 1;
        continue;
      case COMMA:
        if (frame?.object) {
          frame.expectKey = true;
          frame.key = undefined;
        }
        i += 1;
        continue;
      case COLON:
        i += 1;
        continue;
      case DOUBLE_QUOTE:
      case SINGLE_QUOTE: {
        const from = i;
        const stringEnd = findStringEnd(text, from, end);
        const closed = stringEnd - 1 > from && text.charCodeAt(stringEnd - 1) === code;
        take(from, stringEnd, decodeJsonString(text.slice(from + 1, closed ? stringEnd - 1 : stringEnd)));
        i = stringEnd;
        continue;
      }
      default:
        break;
    }
    const afterComment = skipComment(text, i, end);
    if (afterComment !== i) {
      i = afterComment;
      continue;
    }
    // A bare word: a JSON5 key, or a number, `true`, `null`… (a stray `/` is read as one).
    const from = i;
    const to = Math.max(skipRun(WORD, text, from, end), from + 1);
    take(from, to, undefined);
    i = to;
  }
  for (let open = frames.length; open > 0; open -= 1) builder.close();
}
