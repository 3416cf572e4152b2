// The scopes around a block of a Markdown page, innermost first: the section under the nearest
// heading (up to the next heading of the same or a higher level), the sections around that one,
// then the whole page. Each scope's totals come from prefix sums over the blocks, so asking is
// cheap however long the page.
import type { MarkdownBlock } from './read-markdown-blocks.js';

/** What a scope says: vendor mentions and audience evidence, summed over its blocks. */
export interface ScopeTotals {
  intercom: number;
  other: number;
  /** Developer evidence, `setup` included. */
  developer: number;
  /** Pointers at developer setup: env vars, config files, secrets, CLI flags, setup code. */
  setup: number;
  user: number;
}

export interface MarkdownScope {
  totals: ScopeTotals;
  /** The heading block that opens the section; undefined for the page and the text before the first heading. */
  heading: number | undefined;
}

export interface MarkdownScopes {
  /** The whole page. */
  page: ScopeTotals;
  /** Sections around block `index`, innermost first, ending with the page. */
  around(index: number): MarkdownScope[];
}

interface Section {
  heading: number | undefined;
  start: number;
  end: number;
  parent: number;
}

const FIELDS = ['intercom', 'other', 'developer', 'setup', 'user'] as const;

export function createMarkdownScopes(blocks: readonly MarkdownBlock[], totals: readonly ScopeTotals[]): MarkdownScopes {
  const count = blocks.length;
  const sums = FIELDS.map(() => new Float64Array(count + 1));
  for (let i = 0; i < count; i += 1) {
    const own = totals[i];
    FIELDS.forEach((field, f) => {
      const sum = sums[f] as Float64Array;
      sum[i + 1] = (sum[i] ?? 0) + (own?.[field] ?? 0);
    });
  }
  const between = (start: number, end: number): ScopeTotals => {
    const [intercom = 0, other = 0, developer = 0, setup = 0, user = 0] = sums.map((sum) => (sum[end] ?? 0) - (sum[start] ?? 0));
    return { intercom, other, developer, setup, user };
  };

  const sections: Section[] = [];
  const sectionOf = new Int32Array(count).fill(-1);
  const open: { index: number; level: number }[] = [];
  const firstHeading = blocks.findIndex((block) => block.kind === 'heading' && !block.quoted);
  if (firstHeading !== 0) {
    sections.push({ heading: undefined, start: 0, end: firstHeading < 0 ? count : firstHeading, parent: -1 });
    open.push({ index: 0, level: 0 });
  }
  for (let i = 0; i < count; i += 1) {
    const block = blocks[i];
    if (block?.kind === 'heading' && !block.quoted) {
      const level = block.level ?? 1;
      // A heading closes the sections of its level and below (and the text before the first heading).
      while (open.length > 0 && ((open[open.length - 1]?.level ?? 0) >= level || (open[open.length - 1]?.level ?? 0) === 0)) {
        const closed = open.pop();
        const section = closed && sections[closed.index];
        if (section) section.end = i;
      }
      sections.push({ heading: i, start: i, end: count, parent: open[open.length - 1]?.index ?? -1 });
      open.push({ index: sections.length - 1, level });
    }
    sectionOf[i] = open[open.length - 1]?.index ?? -1;
  }

  const page: MarkdownScope = { totals: between(0, count), heading: undefined };
  return {
    page: page.totals,
    around(index: number): MarkdownScope[] {
      const scopes: MarkdownScope[] = [];
      for (let s = sectionOf[index] ?? -1; s >= 0; s = sections[s]?.parent ?? -1) {
        const section = sections[s];
        if (!section) break;
        scopes.push({ totals: between(section.start, section.end), heading: section.heading });
      }
      scopes.push(page);
      return scopes;
    },
  };
}
