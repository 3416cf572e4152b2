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

// Attributes are bounded so a page of unclosed `<script` tags stays linear.
const SCRIPT_OPEN = /<script\b([^>]{0,4000})>/gi;
const SCRIPT_CLOSE = /<\/script\s*>/gi;
const TYPE_ATTRIBUTE = /\btype\s*=\s*["']?([^"'\s>]+)/i;
const LANG_ATTRIBUTE = /\blang\s*=\s*["']?([^"'\s>]+)/i;
// `type` values that hold code; anything else (JSON, import maps, client templates) is data.
const SCRIPT_TYPES = /^(?:module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript|text\/babel|text\/jsx|text\/typescript|application\/typescript|text\/tsx)$/i;
const TYPESCRIPT = /^(?:ts|tsx|typescript|text\/typescript|application\/typescript|text\/tsx)$/i;

export function findScriptBlocks(text: string): ScriptBlock[] {
  const blocks: ScriptBlock[] = [];
  SCRIPT_OPEN.lastIndex = 0;
  for (let open = SCRIPT_OPEN.exec(text); open; open = SCRIPT_OPEN.exec(text)) {
    const attributes = open[1] ?? '';
    const start = open.index + open[0].length;
    SCRIPT_CLOSE.lastIndex = start;
    const close = SCRIPT_CLOSE.exec(text);
    const end = close ? close.index : text.length;
    SCRIPT_OPEN.lastIndex = close ? close.index + close[0].length : text.length;
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
