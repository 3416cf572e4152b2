// The copy detector for Markdown and MDX: reports end-user help and onboarding copy that asks
// readers for their Intercom access token ("Go to Settings → Integrations and paste your Intercom
// access token"). Developer docs that tell readers to configure their own token (env vars,
// config files, CLI flags, CI secrets) are not solicitation, and neither are release notes.
import { getCopyMatcher } from '../../../copy/copy-matcher.js';
import {
  countVendorMentions,
  readMarkup,
  type ContextVerdict,
  type MarkupReading,
  type SolicitationCandidate,
} from '../../../copy/index.js';
import { getRuleMessage } from '../../get-rule-message.js';
import type { Detection } from '../../types.js';
import { blankJsxExpressions } from './blank-jsx-expressions.js';
import { countAudienceEvidence } from './count-audience-evidence.js';
import { countBlockEvidence } from './count-block-evidence.js';
import { createMarkdownScopes } from './create-markdown-scopes.js';
import { createSolicitationJudge } from './create-solicitation-judge.js';
import { createTableRowReader } from './create-table-row-reader.js';
import { findDefinitionTerm } from './find-definition-term.js';
import { findRequestSentence, trimRange } from './find-request-sentence.js';
import { getCopyWindows } from './get-copy-windows.js';
import { getMarkdownDocumentKind } from './get-markdown-document-kind.js';
import { hasScopeIntercomContext } from './has-scope-intercom-context.js';
import { isCopyOnlyRequest } from './is-copy-only-request.js';
import { isEndUserCopy } from './is-end-user-copy.js';
import { RELEASE_HEADING } from './markdown-audience-words.js';
import { readInlineCopy, type InlineCopy } from './read-inline-copy.js';
import { readMarkdownBlocks, skipFrontMatter, type MarkdownBlock } from './read-markdown-blocks.js';

export interface MarkdownSolicitationOptions {
  /** Extra credential nouns, e.g. `["app secret"]`. */
  additionalNouns?: readonly string[];
}

/** A solicitation found in a block, waiting for the page-level checks. */
interface Candidate {
  block: number;
  candidate: SolicitationCandidate;
  start: number;
  end: number;
  key: string;
  /** The copy itself (its line, its table row) points at developer setup. */
  developer: boolean;
  /** Vendor verdicts of the scopes inside the block around the copy, innermost first. */
  nearest: ContextVerdict[];
}

// Nothing on a page can be Intercom copy unless the page (or its path) names Intercom or shows
// an Intercom-shaped placeholder: one scan lets most files skip all the work.
const PAGE_SIGNAL = /intercom|dG9rO[jm]/i;
// No page asks for a token a thousand times; a page that seems to is hostile, and is judged no further.
const MAX_CANDIDATES = 1_000;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether a markup block has a field users type into: an input, or any element with a
 * placeholder (an MDX component such as `<FieldPreview placeholder="…" />` is one). As in
 * readMarkup, every piece of copy in such markup may label it.
 */
function hasField(reading: MarkupReading): boolean {
  return reading.hasInput || reading.pieces.some((piece) => piece.kind === 'attribute' && /placeholder$/.test(piece.attribute ?? ''));
}

/** Whether copy carries developer evidence itself: a developer code span, word or phrase. */
function hasDeveloperEvidence(copy: InlineCopy | string): boolean {
  const text = typeof copy === 'string' ? copy : copy.text;
  if (typeof copy !== 'string' && copy.codeSpans.some((span) => span.role === 'developer')) return true;
  return countAudienceEvidence(text).developer > 0;
}

/**
 * Finds copy in a Markdown/MDX page that asks users for their Intercom access token. Offsets are
 * in `text`; `path` decides what kind of page it is (release notes, developer docs, MDX).
 */
export function findMarkdownSolicitations(
  text: string,
  path: string,
  options: MarkdownSolicitationOptions = {},
): Detection[] {
  if (!PAGE_SIGNAL.test(text) && !/intercom/i.test(path)) return [];
  const kind = getMarkdownDocumentKind(path);
  if (kind === 'changelog') return [];
  const additionalNouns = options.additionalNouns ?? [];
  const quick = getCopyMatcher(additionalNouns).quick;
  const judge = createSolicitationJudge(additionalNouns);
  const mdx = /\.mdx$/i.test(path);
  const blocks = readMarkdownBlocks(text, { mdx });
  // Markup blocks are read once, for their copy and again for the page's evidence.
  const markupReadings = new Map<number, MarkupReading>();
  const readMarkupBlock = (index: number, block: MarkdownBlock): MarkupReading => {
    let reading = markupReadings.get(index);
    if (reading === undefined) {
      const source = text.slice(block.start, block.end);
      reading = readMarkup(mdx ? blankJsxExpressions(source) : source);
      markupReadings.set(index, reading);
    }
    return reading;
  };

  const candidates: Candidate[] = [];
  const readRow = createTableRowReader(text, blocks);

  function judgeCopy(index: number, block: MarkdownBlock, lines: readonly number[]): void {
    if (!quick.test(text.slice(lines[0] ?? 0, lines[lines.length - 1] ?? 0))) return;
    const copy = readInlineCopy(text, lines, { mdx });
    if (!quick.test(copy.text)) return;
    const cell = block.kind === 'table-cell';
    // Bare labels only where the copy names a field: a table cell, the term of a definition line.
    let candidate = judge(copy.text, cell && !block.header, false);
    let range: [number, number] | undefined;
    if (!candidate && (block.kind === 'paragraph' || block.kind === 'list-item')) {
      const term = findDefinitionTerm(copy.text);
      const label = term && judge(term.term, true, false);
      if (term && label?.kind === 'label') {
        candidate = label;
        range = [term.start, term.end];
      }
    }
    if (!candidate) return;
    // A bare noun in a table labels a field when the row says how to fill it, not beside a value.
    const row = cell ? readRow(index) : undefined;
    if (candidate.kind === 'label' && row && !row.hasHintBeside(index)) return;
    range ??= candidate.kind === 'request' ? findRequestSentence(copy.text, quick, judge) : trimRange(copy.text, 0, copy.text.length);
    const [from, to] = range;
    if (to <= from) return;
    candidates.push({
      block: index,
      candidate,
      start: copy.toSource(from),
      end: copy.toSourceEnd(to),
      key: collapse(copy.text.slice(from, to)),
      // A cell is read with its row and the table's header.
      developer: hasDeveloperEvidence(copy) || (row?.developer ?? false),
      nearest: row ? [row.verdict] : [],
    });
  }

  function judgeMarkup(index: number, block: MarkdownBlock): void {
    if (!quick.test(text.slice(block.start, block.end))) return;
    const reading = readMarkupBlock(index, block);
    const field = hasField(reading);
    for (const piece of reading.pieces) {
      if (candidates.length >= MAX_CANDIDATES) return;
      if (!quick.test(piece.text)) continue;
      // Text inside MDX components is Markdown again: `**Settings**`, `` `INTERCOM_TOKEN` ``.
      const copy = piece.kind === 'text' ? readInlineCopy(piece.text, [0, piece.text.length], { mdx }) : piece.text;
      const copyText = typeof copy === 'string' ? copy : copy.text;
      const asField = piece.labelsInput || field;
      // Page text shows a masked token as a stored credential or as docs about the format.
      const candidate = judge(copyText, asField, asField && piece.kind === 'attribute');
      if (!candidate) continue;
      candidates.push({
        block: index,
        candidate,
        start: block.start + piece.start,
        end: block.start + piece.end,
        key: collapse(piece.text),
        developer: hasDeveloperEvidence(copy),
        nearest: [piece.context],
      });
    }
  }

  for (const [index, block] of blocks.entries()) {
    if (candidates.length >= MAX_CANDIDATES) break;
    if (block.kind === 'code') continue;
    if (block.kind === 'markup') judgeMarkup(index, block);
    else for (const window of getCopyWindows(text, block.lines)) judgeCopy(index, block, window);
  }
  if (candidates.length === 0) return [];

  // The page-level reading, only for pages with something to judge.
  const frontMatterEnd = skipFrontMatter(text);
  const { totals, frontMatter } = countBlockEvidence(text, blocks, {
    frontMatterEnd,
    markupHasInput: (index) => {
      const block = blocks[index];
      return block !== undefined && hasField(readMarkupBlock(index, block));
    },
  });
  const scopes = createMarkdownScopes(blocks, totals);
  const releaseHeadings = new Set<number>();
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' && RELEASE_HEADING.test(text.slice(block.lines[0] ?? 0, block.lines[1] ?? 0))) releaseHeadings.add(index);
  });
  // The page is about Intercom: mostly about it (front matter included), or its path names it.
  const pageIntercom = scopes.page.intercom + frontMatter.intercom;
  const pageContext =
    (pageIntercom > 0 && pageIntercom > 2 * (scopes.page.other + frontMatter.other)) || countVendorMentions(path).intercom > 0;

  const accepted = candidates.filter((found) => {
    if (found.developer) return false;
    const around = scopes.around(found.block);
    if (around.some((scope) => scope.heading !== undefined && releaseHeadings.has(scope.heading))) return false;
    if (!isEndUserCopy(around, kind)) return false;
    return found.candidate.namesIntercom || hasScopeIntercomContext(found.nearest, around, pageContext);
  });
  const copyOnly = accepted.map((found) => found.candidate.kind === 'request' && isCopyOnlyRequest(found.key, additionalNouns));
  // "Copy the access token" is part of a solicitation when the page also hands the token over
  // (a paste or enter step, a labelled field); alone it only tells readers where their token is.
  const handsOver = copyOnly.some((only) => !only);

  const detections: Detection[] = [];
  accepted.forEach((found, k) => {
    if (copyOnly[k] && !handsOver) return;
    const { kind: messageId, subject } = found.candidate;
    detections.push({
      rule: 'no-token-solicitation',
      messageId,
      message: getRuleMessage('no-token-solicitation', messageId, { subject }),
      start: found.start,
      end: found.end,
      key: found.key,
    });
  });
  return detections;
}
