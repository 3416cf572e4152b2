// The page-level reading of a Markdown page: for every block, which vendors it names and how
// much developer and end-user evidence it holds. Each signal is one pass over the whole text
// whose hits are placed in blocks by binary search, so a page of 100 000 small blocks costs no
// more than one block of the same size.
import { findVendorMentions, type VendorMentions } from '../../../copy/index.js';
import { scanAudienceEvidence, getHeadingDeveloperWeight } from './count-audience-evidence.js';
import type { ScopeTotals } from './create-markdown-scopes.js';
import { SETUP_CODE_LANGUAGES } from './markdown-audience-words.js';
import type { MarkdownBlock } from './read-markdown-blocks.js';

export interface BlockEvidence {
  /** Per block, in block order. */
  totals: ScopeTotals[];
  /** Vendor mentions in the front matter, which belongs to no block but to the page. */
  frontMatter: VendorMentions;
}

export interface BlockEvidenceOptions {
  /** Where the front matter ends (0 when there is none). */
  frontMatterEnd: number;
  /** Whether markup block `index` has a field users type into. */
  markupHasInput(index: number): boolean;
}

// What a code block weighs as developer evidence; a shell, env or config recipe weighs more
// and points at setup.
const CODE_BLOCK_WEIGHT = 2;
const SETUP_CODE_WEIGHT = 3;
// How much of a code block is read to tell a setup recipe.
const CODE_SAMPLE_LENGTH = 4096;
// A form field on the page (an MDX/HTML input) is end-user UI.
const INPUT_WEIGHT = 2;
const SETUP_LANGUAGES: ReadonlySet<string> = new Set(SETUP_CODE_LANGUAGES);
// Spaces within one line only: `^` also starts a line after `\r`, and a run that crossed them was
// rescanned from every one (quadratic in a sample of `\r\t`).
const SETUP_LINE = /^[^\S\n\r\u2028\u2029]*(?:\$\s|export\s|set\s|setx\s|[A-Z][A-Z0-9]*_[A-Z0-9_]*[^\S\n]*[=:])/m;
// A URL's path is no copy ("…/docs/deploy", "…/settings"); its host may be ("localhost:3000").
const URL_PATH = /(\bhttps?:\/\/[^\s/)>\]"'`]+)([^\s)>\]"'`]*)/g;

/** `text` with URL paths blanked out, same length so offsets hold. */
function blankUrlPaths(text: string): string {
  if (!text.includes('://')) return text;
  return text.replace(URL_PATH, (_, host: string, path: string) => host + ' '.repeat(path.length));
}

export function countBlockEvidence(text: string, blocks: readonly MarkdownBlock[], options: BlockEvidenceOptions): BlockEvidence {
  const totals: ScopeTotals[] = blocks.map(() => ({ intercom: 0, other: 0, developer: 0, setup: 0, user: 0 }));
  const frontMatter: VendorMentions = { intercom: 0, other: 0 };

  /** The block holding offset `at`, or -1 (blocks are in order and do not overlap). */
  const locate = (at: number): number => {
    let low = 0;
    let high = blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((blocks[middle]?.start ?? 0) <= at) low = middle;
      else high = middle - 1;
    }
    const block = blocks[low];
    return block && block.start <= at && at < Math.max(block.end, block.start + 1) ? low : -1;
  };

  for (const mention of findVendorMentions(text)) {
    const index = locate(mention.index);
    const target = index >= 0 ? totals[index] : mention.index < options.frontMatterEnd ? frontMatter : undefined;
    if (!target) continue;
    if (mention.intercom) target.intercom += 1;
    else target.other += 1;
  }

  scanAudienceEvidence(blankUrlPaths(text), (kind, at) => {
    const index = locate(at);
    const own = totals[index];
    // Code is weighed as a whole below, not word by word.
    if (!own || blocks[index]?.kind === 'code') return;
    if (kind === 'user') own.user += 1;
    else {
      own.developer += 1;
      if (kind === 'setup') own.setup += 1;
    }
  });

  blocks.forEach((block, index) => {
    const own = totals[index];
    if (!own) return;
    if (block.kind === 'code') {
      const sample = text.slice(block.start, Math.min(block.end, block.start + CODE_SAMPLE_LENGTH));
      const setup = SETUP_LANGUAGES.has(block.language ?? '') || SETUP_LINE.test(sample);
      own.developer += setup ? SETUP_CODE_WEIGHT : CODE_BLOCK_WEIGHT;
      if (setup) own.setup += 1;
    } else if (block.kind === 'markup') {
      if (options.markupHasInput(index)) own.user += INPUT_WEIGHT;
    } else if (block.kind === 'heading' && block.lines.length >= 2) {
      own.developer += getHeadingDeveloperWeight(text.slice(block.lines[0], block.lines[block.lines.length - 1]));
    }
  });
  return { totals, frontMatter };
}
