// Finds lexicon phrases in long text fast: one pass that cuts the text into words and looks each
// up in a map (by the phrase's last word), instead of a regex with hundreds of alternatives tried
// at every position. Phrases are written as in the lexicons: words separated by spaces, hyphens
// or apostrophes (any separator matches, and so does none: "pop-up" ~ "popup"), case and Latin
// accents ignored, a trailing `*` for any word ending. Phrases in scripts without spaces
// (Japanese, Chinese, Korean) are found by a small regex, run only on text that has such letters.
import { escapeRegExp } from '../../../copy/compile-phrases.js';

export interface PhraseCounter {
  /** Calls `visit` with the category and start offset of every phrase found in `text`. */
  scan(text: string, visit: (category: number, at: number) => void): void;
  /** How many phrases of each category `text` holds. */
  count(text: string): number[];
}

interface Entry {
  /** The words before the last one, nearest first. */
  before: readonly string[];
  category: number;
}

// Kana, CJK ideographs, Hangul syllables.
const WIDE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
// Stems are looked up by their first letters.
const STEM_KEY = 3;
const MAX_PHRASE_WORDS = 6;

/** Letters and digits of Latin text, accented ones included (not `×` and `÷`). */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

/** A word in the form phrases are kept in: lower case, Latin accents and `ß` folded. */
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!/[\u0080-\uffff]/.test(lower)) return lower;
  return lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
}

export function createPhraseCounter(categories: readonly (readonly string[])[]): PhraseCounter {
  const exact = new Map<string, Entry[]>();
  const stems = new Map<string, { stem: string; entry: Entry }[]>();
  const wide: string[][] = categories.map(() => []);
  const add = <V>(map: Map<string, V[]>, key: string, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  categories.forEach((phrases, category) => {
    for (const phrase of new Set(phrases)) {
      const stem = phrase.endsWith('*');
      const body = stem ? phrase.slice(0, -1) : phrase;
      if (WIDE_SCRIPT.test(body)) {
        (wide[category] as string[]).push(body.replace(/\s+/g, ''));
        continue;
      }
      const words = body.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(foldWord);
      if (words.length === 0 || words.length > MAX_PHRASE_WORDS) continue;
      const last = words[words.length - 1] ?? '';
      const entry: Entry = { before: words.slice(0, -1).reverse(), category };
      if (stem && last.length >= STEM_KEY) add(stems, last.slice(0, STEM_KEY), { stem: last, entry });
      else add(exact, last, entry);
      // Written without separators: "popup", "signin", "dropdown".
      if (words.length > 1 && !stem) add(exact, words.join(''), { before: [], category });
    }
  });
  const widePatterns = wide.map((list) =>
    list.length > 0
      ? new RegExp([...new Set(list)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g')
      : undefined,
  );

  function scan(text: string, visit: (category: number, at: number) => void): void {
    // Lower-cased once; when that changes lengths (rare scripts), words are lower-cased one by one.
    const lower = text.toLowerCase();
    const source = lower.length === text.length ? lower : text;
    // The last words read, as a ring: `recent[(last - k) mod size]` is the k-th word back.
    const recent: string[] = new Array<string>(MAX_PHRASE_WORDS).fill('');
    let last = 0;
    const matches = (entry: Entry) => {
      const { before } = entry;
      for (let k = 0; k < before.length; k += 1) {
        if (recent[(last - k + MAX_PHRASE_WORDS) % MAX_PHRASE_WORDS] !== before[k]) return false;
      }
      return true;
    };
    const length = source.length;
    let i = 0;
    while (i < length) {
      let code = source.charCodeAt(i);
      if (!isWordCode(code)) {
        i += 1;
        continue;
      }
      const start = i;
      let ascii = true;
      while (i < length && isWordCode((code = source.charCodeAt(i)))) {
        if (code >= 128) ascii = false;
        i += 1;
      }
      const raw = source.slice(start, i);
      const word = ascii && source === lower ? raw : foldWord(raw);
      // A phrase is reported where its last word starts; callers only bucket positions.
      const entries = exact.get(word);
      if (entries) for (const entry of entries) if (matches(entry)) visit(entry.category, start);
      if (word.length >= STEM_KEY) {
        const stemmed = stems.get(word.slice(0, STEM_KEY));
        if (stemmed) {
          for (const { stem, entry } of stemmed) if (word.startsWith(stem) && matches(entry)) visit(entry.category, start);
        }
      }
      last = (last + 1) % MAX_PHRASE_WORDS;
      recent[last] = word;
    }
    if (!WIDE_SCRIPT.test(text)) return;
    widePatterns.forEach((pattern, category) => {
      if (!pattern) return;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) visit(category, match.index);
    });
  }

  return {
    scan,
    count(text: string): number[] {
      const counts = categories.map(() => 0);
      scan(text, (category) => {
        counts[category] = (counts[category] ?? 0) + 1;
      });
      return counts;
    },
  };
}
