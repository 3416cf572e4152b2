// Reads HTML-ish markup (template strings, `innerHTML`, `.html`/`.vue`/`.svelte` templates) the
// way the copy detector needs it: the text a reader sees and the copy attributes of each element,
// with their offsets, whether they are about typing into a field, and which vendor the markup
// around them is about. Not an HTML parser: one linear pass that tolerates unclosed tags, stray
// `<`, template interpolations (`${…}`, `{{…}}`, `<%= … %>`, read as gaps) and entities.
import { findVendorMentions, type VendorMentions } from './find-vendor-mentions.js';
import { getContextVerdict, type ContextVerdict } from './has-intercom-context.js';
import { decodeHtmlEntities } from './normalize-copy.js';

export type MarkupPieceKind = 'text' | 'attribute';

export interface MarkupPiece {
  kind: MarkupPieceKind;
  /**
   * The copy: a text node (inline elements such as `<b>` and `<a>` read as one sentence with it,
   * `<br>` as a line break) or an attribute value. Entities decoded, whitespace collapsed,
   * interpolations read as a space.
   */
  text: string;
  /** Where the copy starts and ends in the markup (`[start, end)`, trimmed). */
  start: number;
  end: number;
  /** The lower-cased name of the element the text sits in or the attribute belongs to. */
  element: string;
  /** For attributes: the name without binding syntax (`:placeholder`, `[title]` → `placeholder`, `title`). */
  attribute?: string;
  /**
   * Whether the copy is about typing into a field, so a bare "Access token" labels one: text in a
   * `<label>`/`<legend>`/`for=` element, a `placeholder`, copy on an input or label, or any copy in
   * markup that has an input. Otherwise a bare noun may name a stored credential on display.
   */
  labelsInput: boolean;
  /**
   * The vendor the nearest enclosing element that names one is about, else the whole markup's
   * verdict; `none` when the markup names no vendor (the caller looks further out).
   */
  context: ContextVerdict;
}

export interface MarkupReading {
  pieces: MarkupPiece[];
  /** The markup has something users type into: `<input>`, `<textarea>`, `<select>`, a form, `v-model`. */
  hasInput: boolean;
  /** How often the markup as a whole (tags, attributes and text) names Intercom and other vendors. */
  mentions: VendorMentions;
}

// Elements that style words inside a sentence rather than start a new block of text.
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);
const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
// Elements whose content is code or a value, never copy.
const RAW_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'textarea']);
// Block and form elements common enough that a string holding one is markup, not prose that
// happens to contain "<your access token>".
const BLOCK_TAG_NAMES =
  'address|article|aside|blockquote|button|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|img|input|label|legend|li|main|nav|ol|optgroup|option|output|p|pre|section|select|summary|table|tbody|td|template|textarea|tfoot|th|thead|tr|ul';
const MARKUP_SIGN = new RegExp(String.raw`<\/?(?:${BLOCK_TAG_NAMES})(?=[\s/>])|<[a-z][a-z0-9]*-[a-z0-9-]*(?=[\s/>])`, 'i');

// Elements that label a field by what they are (`<label>`, `<legend>`, `<mat-label>`, `<FormLabel>`).
const LABEL_TAG = /^(?:legend)$|label$/;
// Elements users type or pick a value in, and forms, which exist to collect what they type:
// `<input>`, `<textarea>`, `<select>`, `<mat-form-field>`, `<v-text-field>`, `<el-input>`, `<TextField>`.
const INPUT_TAG = /^(?:input|textarea|select|form)$|(?:input|textarea|select|field|combobox|autocomplete|password)$/;
// `<input type=…>` that nobody types a value into.
const NON_TEXT_INPUT_TYPE = /^(?:hidden|submit|button|reset|image|checkbox|radio|file|color|range)$/i;
// Attributes that bind an element's value to the app (Vue, Angular, Alpine, Svelte, Livewire, DOM).
const INPUT_ATTRIBUTE =
  /^(?:contenteditable|v-model(?:[.:][\w.-]*)?|ng-model|\[\(ngmodel\)\]|formcontrolname|x-model(?:\.[\w.-]*)?|bind:value|wire:model(?:\.[\w.-]*)?|oninput|onchange|\((?:input|change|ngmodelchange)\)|@(?:input|change)|v-on:(?:input|change))$/;
// Knockout binds values in `data-bind="textInput: token"`.
const KNOCKOUT_VALUE_BINDING = /(?:^|[,{\s])(?:value|textInput)\s*:/;
const LABEL_FOR_ATTRIBUTE = /^(?:for|htmlfor)$/;
// Attributes whose value users read, after binding syntax is stripped.
const COPY_ATTRIBUTE =
  /^(?:placeholder|label|title|alt|hint|tooltip|helper-?text|help-?text|description|aria-(?:label|placeholder|description)|data-(?:placeholder|label|title|tooltip|hint|original-title))$/;
// Copy attributes that only ever describe what to type into their own element.
const FIELD_ONLY_ATTRIBUTE = /^(?:placeholder|aria-placeholder|data-placeholder)$/;
// Binding syntax around an attribute name: Vue `:x`/`v-bind:x`, Angular `[x]`/`[attr.x]`, Lit `.x`/`?x`, Svelte `bind:x`.
const BINDING_PREFIX = /^(?:v-bind:|bind:|:|\.|\?|\[(?:attr\.)?)/;
// A bound value that is just a string literal: `:placeholder="'Intercom API key'"`.
const QUOTED_EXPRESSION = /^\s*(['"`])([^'"`]*)\1\s*$/;
// Deep nesting is templating gone wrong; closing tags look no further back than this.
const MAX_CLOSE_SEARCH = 64;
// Whitespace inside text reads as one space, as browsers render it.
const WHITESPACE = /\s+/g;

/** Whether a string holds markup worth reading as such: a block or form element, or a custom element. */
export function containsMarkup(text: string): boolean {
  return text.includes('<') && MARKUP_SIGN.test(text);
}

interface Element {
  name: string;
  start: number;
  end: number;
  parent: Element | undefined;
  isLabel: boolean;
  isInput: boolean;
  /** An ancestor is a label. Known when the element opens: ancestors' tags are read by then. */
  underLabel: boolean;
  /** The nearest enclosing non-inline element (itself when not inline), see `blockOf`. */
  block: Element;
}

interface Draft {
  kind: MarkupPieceKind;
  text: string;
  start: number;
  end: number;
  element: Element | undefined;
  attribute?: string;
  /** About a field whatever else the markup holds. */
  onField: boolean;
}

interface Block {
  parts: string[];
  start: number;
  end: number;
  element: Element | undefined;
}

type GapKind = '${' | '{{{' | '{{' | '<%';

const isLetter = (char: string | undefined) => char !== undefined && /[A-Za-z]/.test(char);
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

// Both are worked out once per element when it opens, so deep nesting costs no walk per piece.
function isInLabel(element: Element | undefined): boolean {
  return element !== undefined && (element.isLabel || element.underLabel);
}

/** The nearest enclosing element that is not an inline one: the block a text belongs to. */
function blockOf(element: Element | undefined): Element | undefined {
  return element?.block;
}

/** Counts mentions in `[start, end)` from sorted offsets, by binary search. */
function countBetween(offsets: readonly number[], start: number, end: number): number {
  const lowerBound = (value: number) => {
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((offsets[middle] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return lowerBound(end) - lowerBound(start);
}

/**
 * Reads a markup string: its text nodes and copy attributes, in order, with their offsets in
 * the string. Linear in the length of the markup.
 */
export function readMarkup(markup: string): MarkupReading {
  const length = markup.length;
  const drafts: Draft[] = [];
  const stack: Element[] = [];
  let hasInput = false;
  let block: Block | undefined;
  // Once an opener or quote has no closer after some point, it has none after any later point
  // either: remembering that keeps unclosed markup linear.
  const unclosed = new Set<string>();

  const top = (): Element | undefined => stack[stack.length - 1];

  function gapAt(index: number): GapKind | undefined {
    const char = markup[index];
    const next = markup[index + 1];
    if (char === '$' && next === '{') return unclosed.has('${') ? undefined : '${';
    if (char === '{' && next === '{') {
      const kind = markup[index + 2] === '{' ? '{{{' : '{{';
      return unclosed.has(kind) ? undefined : kind;
    }
    if (char === '<' && next === '%') return unclosed.has('<%') ? undefined : '<%';
    return undefined;
  }

  /** Where the interpolation at `index` ends, or -1 (and it is remembered as unclosed). */
  function gapEnd(index: number, kind: GapKind): number {
    let end = -1;
    if (kind === '${') {
      let depth = 0;
      for (let i = index + 1; i < length; i += 1) {
        const char = markup[i];
        if (char === '{') depth += 1;
        else if (char === '}' && --depth === 0) {
          end = i + 1;
          break;
        }
      }
    } else {
      const closer = kind === '{{{' ? '}}}' : kind === '{{' ? '}}' : '%>';
      const found = markup.indexOf(closer, index + kind.length);
      end = found < 0 ? -1 : found + closer.length;
    }
    if (end < 0) unclosed.add(kind);
    return end;
  }

  function addText(text: string, start: number): void {
    const firstContent = text.search(/\S/);
    if (firstContent < 0) {
      if (block) block.parts.push(' ');
      return;
    }
    if (!block) block = { parts: [], start: start + firstContent, end: start, element: blockOf(top()) };
    block.parts.push(text.replace(WHITESPACE, ' '));
    block.end = start + text.trimEnd().length;
  }

  function addGap(): void {
    if (block) block.parts.push(' ');
  }

  function flushBlock(): void {
    if (!block) return;
    const text = decodeHtmlEntities(block.parts.join(''))
      .replace(/[^\S\n]+/g, ' ')
      // One space at most around a break now; ` *` would retry long runs from each space.
      .replace(/ ?\n */g, '\n')
      .trim();
    if (text.length > 0) {
      drafts.push({ kind: 'text', text, start: block.start, end: block.end, element: block.element, onField: false });
    }
    block = undefined;
  }

  function handleCloseTag(name: string, end: number): void {
    for (let i = stack.length - 1; i >= 0 && stack.length - i <= MAX_CLOSE_SEARCH; i -= 1) {
      if (stack[i]?.name !== name) continue;
      while (stack.length > i) {
        const element = stack.pop();
        if (element) element.end = end;
      }
      return;
    }
  }

  /** Reads an attribute value starting at `index` (just after `=` and spaces). */
  function readValue(index: number): { value: string; start: number; end: number; next: number } {
    const quote = markup[index];
    if (quote === '"' || quote === "'") {
      const start = index + 1;
      if (!unclosed.has(quote)) {
        const parts: string[] = [];
        let runStart = start;
        for (let i = start; i < length; ) {
          const char = markup[i];
          if (char === quote) {
            parts.push(markup.slice(runStart, i));
            return { value: parts.join(''), start, end: i, next: i + 1 };
          }
          const gap = gapAt(i);
          const gapClose = gap ? gapEnd(i, gap) : -1;
          if (gapClose > 0) {
            parts.push(markup.slice(runStart, i), ' ');
            i = gapClose;
            runStart = i;
            continue;
          }
          i += 1;
        }
        unclosed.add(quote);
      }
      // An unclosed quote: the value runs to the end of the tag.
      const tagEnd = markup.indexOf('>', start);
      const end = tagEnd < 0 ? length : tagEnd;
      return { value: markup.slice(start, end), start, end, next: end };
    }
    const gap = gapAt(index);
    const gapClose = gap ? gapEnd(index, gap) : -1;
    if (gapClose > 0) return { value: ' ', start: index, end: gapClose, next: gapClose };
    let end = index;
    while (end < length && !isSpace(markup[end]) && markup[end] !== '>') end += 1;
    return { value: markup.slice(index, end), start: index, end, next: end };
  }

  /** Reads an opening tag from `index` (at `<`); returns where reading goes on. */
  function readOpenTag(index: number): number {
    let i = index + 1;
    const nameStart = i;
    while (i < length && /[\w:.-]/.test(markup[i] ?? '')) i += 1;
    const name = markup.slice(nameStart, i).toLowerCase();
    const parent = top();
    const element = {
      name,
      start: index,
      end: length,
      parent,
      isLabel: LABEL_TAG.test(name),
      isInput: INPUT_TAG.test(name),
      underLabel: isInLabel(parent),
    } as Element;
    element.block = INLINE_TAGS.has(name) && parent ? parent.block : element;
    const attributes: Draft[] = [];
    let selfClosing = false;
    let inputType: string | undefined;
    while (i < length) {
      const char = markup[i];
      if (char === '>') {
        i += 1;
        break;
      }
      if (char === '/' && markup[i + 1] === '>') {
        selfClosing = true;
        i += 2;
        break;
      }
      if (isSpace(char) || char === '/') {
        i += 1;
        continue;
      }
      const gap = gapAt(i);
      const gapClose = gap ? gapEnd(i, gap) : -1;
      if (gapClose > 0) {
        i = gapClose;
        continue;
      }
      const attributeStart = i;
      while (i < length && !isSpace(markup[i]) && markup[i] !== '=' && markup[i] !== '>' && !(markup[i] === '/' && markup[i + 1] === '>')) {
        i += 1;
      }
      if (i === attributeStart) i += 1;
      const rawName = markup.slice(attributeStart, i).toLowerCase();
      let j = i;
      while (j < length && isSpace(markup[j])) j += 1;
      let value: ReturnType<typeof readValue> | undefined;
      if (markup[j] === '=') {
        j += 1;
        while (j < length && isSpace(markup[j])) j += 1;
        value = readValue(j);
        i = value.next;
      }
      const bound = BINDING_PREFIX.test(rawName);
      const attributeName = rawName.replace(BINDING_PREFIX, '').replace(/\]$/, '');
      if (INPUT_ATTRIBUTE.test(rawName)) element.isInput = true;
      if (rawName === 'data-bind' && value && KNOCKOUT_VALUE_BINDING.test(value.value)) element.isInput = true;
      if (LABEL_FOR_ATTRIBUTE.test(attributeName)) element.isLabel = true;
      if (attributeName === 'type' && value) inputType = value.value.trim();
      if (!value || !COPY_ATTRIBUTE.test(attributeName)) continue;
      let { value: text, start, end } = value;
      if (bound) {
        // A bound value is an expression: only a plain string literal in it is copy.
        const literal = QUOTED_EXPRESSION.exec(text);
        if (!literal?.[2]) continue;
        start += text.indexOf(literal[1] ?? '') + 1;
        end = start + literal[2].length;
        text = literal[2];
      }
      const decoded = decodeHtmlEntities(text).replace(WHITESPACE, ' ').trim();
      if (decoded.length === 0) continue;
      attributes.push({
        kind: 'attribute',
        text: decoded,
        start,
        end,
        element,
        attribute: attributeName,
        onField: FIELD_ONLY_ATTRIBUTE.test(attributeName),
      });
    }
    if (name === 'input' && inputType !== undefined && NON_TEXT_INPUT_TYPE.test(inputType)) element.isInput = false;
    if (element.isInput) hasInput = true;
    for (const attribute of attributes) {
      attribute.onField ||= element.isInput || isInLabel(element);
    }

    if (name === 'br') {
      if (block) block.parts.push('\n');
    } else if (!INLINE_TAGS.has(name)) {
      flushBlock();
    }
    drafts.push(...attributes);
    if (VOID_TAGS.has(name) || selfClosing) {
      element.end = i;
      return i;
    }
    if (RAW_TEXT_TAGS.has(name)) {
      // Script, style and textarea content is code or a value: skip to the closing tag.
      const closer = new RegExp(String.raw`<\/${name}\s*>`, 'gi');
      closer.lastIndex = i;
      const match = closer.exec(markup);
      element.end = match ? match.index + match[0].length : length;
      return element.end;
    }
    stack.push(element);
    return i;
  }

  let i = 0;
  let runStart = 0;
  while (i < length) {
    const char = markup[i];
    if (char !== '<' && char !== '$' && char !== '{') {
      i += 1;
      continue;
    }
    const gap = gapAt(i);
    const gapClose = gap ? gapEnd(i, gap) : -1;
    const next = markup[i + 1];
    const isTag =
      char === '<' && (isLetter(next) || (next === '/' && isLetter(markup[i + 2])) || next === '!' || next === '?');
    if (gapClose < 0 && !isTag) {
      i += 1;
      continue;
    }
    if (i > runStart) addText(markup.slice(runStart, i), runStart);
    if (gapClose > 0) {
      addGap();
      i = gapClose;
    } else if (next === '!' && markup.startsWith('<!--', i)) {
      const end = markup.indexOf('-->', i + 4);
      i = end < 0 ? length : end + 3;
    } else if (next === '!' || next === '?') {
      const end = markup.indexOf('>', i);
      i = end < 0 ? length : end + 1;
    } else if (next === '/') {
      let j = i + 2;
      while (j < length && /[\w:.-]/.test(markup[j] ?? '')) j += 1;
      const name = markup.slice(i + 2, j).toLowerCase();
      const end = markup.indexOf('>', j);
      i = end < 0 ? length : end + 1;
      if (!INLINE_TAGS.has(name)) flushBlock();
      handleCloseTag(name, i);
    } else {
      i = readOpenTag(i);
    }
    runStart = i;
  }
  if (length > runStart) addText(markup.slice(runStart), runStart);
  flushBlock();

  const mentionList = findVendorMentions(markup);
  const intercomAt = mentionList.filter((mention) => mention.intercom).map((mention) => mention.index);
  const otherAt = mentionList.filter((mention) => !mention.intercom).map((mention) => mention.index);
  const mentions: VendorMentions = { intercom: intercomAt.length, other: otherAt.length };
  const wholeVerdict = getContextVerdict(mentions);
  // The answer for each element, remembered for every element a walk passes, so each element is
  // measured and walked past once however deep the nesting.
  const contexts = new Map<Element, ContextVerdict>();

  function contextOf(element: Element | undefined): ContextVerdict {
    if (wholeVerdict === 'none') return 'none';
    const walked: Element[] = [];
    let verdict: ContextVerdict = wholeVerdict;
    for (let current = element; current; current = current.parent) {
      const known = contexts.get(current);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      walked.push(current);
      const own = getContextVerdict({
        intercom: countBetween(intercomAt, current.start, current.end),
        other: countBetween(otherAt, current.start, current.end),
      });
      if (own !== 'none') {
        verdict = own;
        break;
      }
    }
    for (const current of walked) contexts.set(current, verdict);
    return verdict;
  }

  const pieces = drafts
    .sort((a, b) => a.start - b.start)
    .map((draft): MarkupPiece => {
      const piece: MarkupPiece = {
        kind: draft.kind,
        text: draft.text,
        start: draft.start,
        end: draft.end,
        element: draft.element?.name ?? '',
        labelsInput: draft.onField || hasInput || (draft.kind === 'text' && isInLabel(draft.element)),
        context: contextOf(draft.element),
      };
      if (draft.attribute !== undefined) piece.attribute = draft.attribute;
      return piece;
    });
  return { pieces, hasInput, mentions };
}
