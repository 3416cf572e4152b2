// Cuts a YAML stream into its documents and measures how deeply each one nests, in one linear
// pass, before any parser sees it: the `yaml` package composes nodes recursively, so a document
// nested hundreds of levels deep overflows its stack (and far deeper ones exhaust memory).

export interface YamlRegion {
  start: number;
  end: number;
  /** An upper estimate of the nesting depth: block indentation levels, compact `- - ` sequences, flow brackets. */
  depth: number;
  /** Where a flow-style (JSON-like) document starts, or -1 for block style. */
  flowStart: number;
}

const SPACE = 32;
const TAB = 9;
const DASH = 45;
const QUESTION = 63;
const HASH = 35;
const PERCENT = 37;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** A line starting with a document marker (`---`, `...`) followed by a space or the line end. */
function isMarkerLine(text: string, lineStart: number, lineEnd: number, marker: string): boolean {
  if (!text.startsWith(marker, lineStart)) return false;
  const after = text.charCodeAt(lineStart + 3);
  return lineStart + 3 >= lineEnd || after === SPACE || after === TAB || after === 13;
}

function lineEndOf(text: string, lineStart: number, limit: number): number {
  const lineEnd = text.indexOf('\n', lineStart);
  return lineEnd < 0 || lineEnd > limit ? limit : lineEnd;
}

/** The next `: ` (a mapping indicator) in `[from, lineEnd)`, or -1. */
function findMappingColon(text: string, from: number, lineEnd: number): number {
  for (let at = from; at + 1 < lineEnd; at += 1) {
    if (text.charCodeAt(at) !== 58) continue;
    const next = text.charCodeAt(at + 1);
    if (next === SPACE || next === TAB) return at;
  }
  return -1;
}

/**
 * Levels a line opens besides its indentation: compact sequences and mappings such as
 * `- - - x`, `? - x`, `key: - - x`, `- key: - x`. Every indicator counts, so it may run high.
 */
function countCompactNesting(text: string, first: number, lineEnd: number): number {
  let count = 0;
  let at = first;
  while (at < lineEnd) {
    const code = text.charCodeAt(at);
    const next = text.charCodeAt(at + 1);
    const spaceNext = at + 1 >= lineEnd || next === SPACE || next === TAB || next === 13;
    if ((code === DASH || code === QUESTION) && spaceNext) {
      at += 1;
    } else {
      // A plain key on the same line: `key: ` opens a value one level deeper.
      if (code === 34 || code === 39 || code === OPEN_BRACE || code === OPEN_BRACKET) break;
      const colon = findMappingColon(text, at, lineEnd);
      if (colon < 0) break;
      at = colon + 1;
    }
    count += 1;
    while (at < lineEnd && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB)) at += 1;
  }
  return count;
}

function measure(text: string, start: number, end: number): { depth: number; flowStart: number } {
  const indents: number[] = [];
  let flow = 0;
  let depth = 0;
  let flowStart = -2;
  for (let lineStart = start; lineStart < end; ) {
    const lineEnd = lineEndOf(text, lineStart, end);
    let first = lineStart;
    while (first < lineEnd && (text.charCodeAt(first) === SPACE || text.charCodeAt(first) === TAB)) first += 1;
    const code = text.charCodeAt(first);
    const blank = first >= lineEnd || code === 13 || code === HASH;
    const marker = first === lineStart && (isMarkerLine(text, lineStart, lineEnd, '---') || code === PERCENT);
    if (!blank) {
      if (flowStart === -2 && !marker) flowStart = code === OPEN_BRACE || code === OPEN_BRACKET ? first : -1;
      let block = indents.length;
      if (flow === 0) {
        const indent = first - lineStart;
        while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
        if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
        block = indents.length + countCompactNesting(text, first, lineEnd);
      }
      depth = Math.max(depth, block);
      // Brackets are counted everywhere, comments and quotes included: the estimate may run
      // high, never low.
      for (let at = first; at < lineEnd; at += 1) {
        const char = text.charCodeAt(at);
        if (char === OPEN_BRACKET || char === OPEN_BRACE) {
          flow += 1;
          depth = Math.max(depth, block + flow);
        } else if ((char === CLOSE_BRACKET || char === CLOSE_BRACE) && flow > 0) flow -= 1;
      }
    }
    lineStart = lineEnd + 1;
  }
  return { depth, flowStart: flowStart < 0 ? -1 : flowStart };
}

/** The documents of a YAML stream, cut at `---` lines, each with its estimated nesting depth. */
export function findYamlRegions(text: string): YamlRegion[] {
  const cuts: number[] = [0];
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = lineEndOf(text, lineStart, text.length);
    if (lineStart > 0 && isMarkerLine(text, lineStart, lineEnd, '---')) cuts.push(lineStart);
    lineStart = lineEnd + 1;
  }
  cuts.push(text.length);
  const regions: YamlRegion[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    regions.push({ start, end, ...measure(text, start, end) });
  }
  return regions;
}
