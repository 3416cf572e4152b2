// Reads gettext catalogs (.po/.pot): entries with their context, references, extracted comments
// and strings (msgid, msgid_plural, msgstr[n]), multi-line continuations joined and escapes
// decoded, each string located in the file. One pass over the lines; tolerant of malformed input.

export type GettextField = 'msgctxt' | 'msgid' | 'msgid_plural' | 'msgstr';

export interface GettextString {
  field: GettextField;
  text: string;
  /** `[start, end)`: from the first non-empty quoted piece to the end of the last one. */
  start: number;
  end: number;
}

export interface GettextEntry {
  /** msgctxt, `#:` references and `#.` comments: what the entry says about where it is used. */
  notes: string[];
  strings: GettextString[];
}

const FIELD_LINE = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[\d{1,4}\])?[ \t]*(?=")/;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v',
};

/** Decodes a C-style escaped gettext string body. */
function decodePoString(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|([\s\S]))/g, (_whole, octal?: string, hex?: string, char?: string) => {
    if (octal !== undefined) return String.fromCharCode(Number.parseInt(octal, 8));
    if (hex !== undefined) return String.fromCharCode(Number.parseInt(hex, 16));
    return SIMPLE_ESCAPES[char ?? ''] ?? char ?? '';
  });
}

/** The quoted piece starting at `quote` on a line ending at `lineEnd`: its body and end (unterminated: the line end). */
function readQuoted(text: string, quote: number, lineEnd: number): { body: string; end: number } {
  let i = quote + 1;
  while (i < lineEnd) {
    const code = text.charCodeAt(i);
    if (code === 34) return { body: text.slice(quote + 1, i), end: i + 1 };
    i += code === 92 ? 2 : 1;
  }
  const end = Math.min(i, lineEnd);
  return { body: text.slice(quote + 1, end), end };
}

interface OpenString {
  field: GettextField;
  pieces: string[];
  start: number;
  end: number;
  firstPieceStart: number;
}

/** The entries of a .po/.pot file in order (obsolete `#~` entries left out). */
export function readGettextEntries(text: string): GettextEntry[] {
  const entries: GettextEntry[] = [];
  let entry: GettextEntry | undefined;
  let open: OpenString | undefined;
  let sawMsgstr = false;

  const closeString = () => {
    if (!open || !entry) return;
    entry.strings.push({
      field: open.field,
      text: decodePoString(open.pieces.join('')),
      start: open.start < 0 ? open.firstPieceStart : open.start,
      end: open.end,
    });
    open = undefined;
  };
  const closeEntry = () => {
    closeString();
    if (entry && (entry.strings.length > 0 || entry.notes.length > 0)) entries.push(entry);
    entry = undefined;
    sawMsgstr = false;
  };
  const currentEntry = () => (entry ??= { notes: [], strings: [] });

  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let first = lineStart;
    while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first += 1;
    let contentEnd = lineEnd;
    if (contentEnd > first && text.charCodeAt(contentEnd - 1) === 13) contentEnd -= 1;
    const next = lineEnd + 1;

    if (first >= contentEnd) {
      closeEntry();
    } else if (text.charCodeAt(first) === 35) {
      // Comments. A comment after a translation starts the next entry.
      if (sawMsgstr) closeEntry();
      else closeString();
      const kind = text.charAt(first + 1);
      if (kind === ':' || kind === '.') currentEntry().notes.push(text.slice(first + 2, contentEnd));
    } else if (text.charCodeAt(first) === 34) {
      // A continuation of the current string.
      if (open) {
        const { body, end } = readQuoted(text, first, contentEnd);
        if (body.length > 0 && open.start < 0) open.start = first;
        open.pieces.push(body);
        open.end = end;
      }
    } else {
      const match = FIELD_LINE.exec(text.slice(first, Math.min(contentEnd, first + 24)));
      if (match) {
        const field = match[1] as GettextField;
        if ((field === 'msgid' || field === 'msgctxt') && sawMsgstr) closeEntry();
        closeString();
        if (field === 'msgstr') sawMsgstr = true;
        const quote = first + match[0].length;
        const { body, end } = readQuoted(text, quote, contentEnd);
        currentEntry();
        open = { field, pieces: [body], start: body.length > 0 ? quote : -1, end, firstPieceStart: quote };
      } else {
        closeString();
      }
    }
    lineStart = next;
  }
  closeEntry();
  for (const parsed of entries) {
    const context = parsed.strings.find((string) => string.field === 'msgctxt');
    if (context) parsed.notes.push(context.text);
  }
  return entries;
}
