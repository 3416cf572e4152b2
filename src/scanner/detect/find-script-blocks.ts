// The <script> blocks of HTML pages, Vue and Svelte components, for the rules to lint in place:
// everything outside a block is blanked to spaces (line breaks kept), so every offset, line and
// column ESLint reports is the component file's own.

export type ScriptLanguage = 'js' | 'ts';

export interface ScriptBlock {
  /** Offsets of the block's content (between `<script …>` and `</script>`). */
  start: number;
  end: number;
  language: ScriptLanguage;
}

// An opening tag is `<script`, at most MAX_ATTRIBUTES characters without `>`, then `>`. The `>`
// is found with indexOf and remembered rather than by a bounded regex repeat, which rescanned up
// to 4000 characters after every `<script` (8 s for 1 MB of `<script `); this stays linear.
const SCRIPT_START = /<script\b/gi;
const MAX_ATTRIBUTES = 4000;
const SCRIPT_CLOSE = /<\/script\s*>/gi;
const TYPE_ATTRIBUTE = /\btype\s*=\s*["']?([^"'\s>]+)/i;
const LANG_ATTRIBUTE = /\blang\s*=\s*["']?([^"'\s>]+)/i;
// `type` values that hold code; anything else (JSON, import maps, client templates) is data.
const SCRIPT_TYPES = /^(?:module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript|text\/babel|text\/jsx|text\/typescript|application\/typescript|text\/tsx)$/i;
const TYPESCRIPT = /^(?:ts|tsx|typescript|text\/typescript|application\/typescript|text\/tsx)$/i;

export function findScriptBlocks(text: string): ScriptBlock[] {
  const blocks: ScriptBlock[] = [];
  // The first `>` at or after the attributes being read: still right while they start before it.
  let tagEnd = -1;
  SCRIPT_START.lastIndex = 0;
  for (let open = SCRIPT_START.exec(text); open; open = SCRIPT_START.exec(text)) {
    const attributesStart = open.index + open[0].length;
    if (tagEnd < attributesStart) tagEnd = text.indexOf('>', attributesStart);
    if (tagEnd < 0) break;
    if (tagEnd - attributesStart > MAX_ATTRIBUTES) continue;
    const attributes = text.slice(attributesStart, tagEnd);
    const start = tagEnd + 1;
    SCRIPT_CLOSE.lastIndex = start;
    const close = SCRIPT_CLOSE.exec(text);
    const end = close ? close.index : text.length;
    SCRIPT_START.lastIndex = close ? close.index + close[0].length : text.length;
    if (/\bsrc\s*=/i.test(attributes) && text.slice(start, end).trim() === '') continue;
    const type = TYPE_ATTRIBUTE.exec(attributes)?.[1];
    if (type !== undefined && !SCRIPT_TYPES.test(type)) continue;
    const lang = LANG_ATTRIBUTE.exec(attributes)?.[1];
    const language: ScriptLanguage = (lang && TYPESCRIPT.test(lang)) || (type && TYPESCRIPT.test(type)) ? 'ts' : 'js';
    blocks.push({ start, end, language });
  }
  return blocks;
}

/** The text with only the given blocks kept and everything else turned into spaces. */
export function blankOutside(text: string, blocks: readonly ScriptBlock[]): string {
  const parts: string[] = [];
  let position = 0;
  for (const block of blocks) {
    parts.push(blank(text.slice(position, block.start)), text.slice(block.start, block.end));
    position = block.end;
  }
  parts.push(blank(text.slice(position)));
  return parts.join('');
}

function blank(text: string): string {
  return text.replace(/[^\r\n\u2028\u2029]/g, ' ');
}
