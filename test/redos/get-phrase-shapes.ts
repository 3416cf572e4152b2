// The lexicon regexes are alternations of hundreds of compiled phrases (compile-phrases.ts):
// too big for recheck's automaton, and its fuzzer times out or, on V8-linear patterns, guesses
// "polynomial". Backtracking cost does not multiply across top-level alternatives (each is tried
// on its own at a start position), so checking every alternative is enough; and since a
// phrase's letters never overlap its separators (`[\s-]*`, `'?\s*`), the shape with each run of
// literal letters written as one `w` backtracks like the phrase. A few dozen shapes cover them all.

/** Top-level alternatives of a regex source: `|` outside groups, classes and escapes. */
export function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** `source` with each run of literal letters and digits (outside classes and escapes) as `w`. */
export function getPhraseShape(source: string): string {
  let shape = '';
  let inClass = false;
  let inWord = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    const literal = !inClass && c !== '\\' && /[\p{L}\p{N}]/u.test(c);
    if (c === '\\') {
      shape += source.slice(i, i + 2);
      i += 1;
    } else if (!literal) {
      if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      shape += c;
    } else if (/[?*+{]/.test(source[i + 1] ?? '')) {
      // A quantified letter (plural `s?`) stays itself, apart from the run before it.
      shape += c;
    } else if (!inWord) {
      shape += 'w';
    }
    inWord = literal && !/[?*+{]/.test(source[i + 1] ?? '');
  }
  return shape;
}

/** The distinct shapes of the top-level alternatives of `sources`. */
export function getPhraseShapes(sources: Iterable<string>): string[] {
  const shapes = new Set<string>();
  for (const source of sources) for (const alternative of splitAlternatives(source)) shapes.add(getPhraseShape(alternative));
  return [...shapes].sort();
}
