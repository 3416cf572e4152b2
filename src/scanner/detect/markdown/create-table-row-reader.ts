// What a table cell's row says around it: a row is read once however many cells it has, so a
// 1 MB row of 40 000 cells costs one pass, not one per cell.
import { countVendorMentions, getContextVerdict, type ContextVerdict } from '../../../copy/index.js';
import { countAudienceEvidence } from './count-audience-evidence.js';
import { isFieldHint } from './is-field-hint.js';
import type { MarkdownBlock } from './read-markdown-blocks.js';

export interface TableRowFacts {
  /** The row or its table's header points at developer setup: `| INTERCOM_TOKEN | Your access token |`. */
  developer: boolean;
  /** Which vendor the row names: `| Slack | API key | … |` is about Slack. */
  verdict: ContextVerdict;
  /** Whether a cell of the row other than block `index` reads as a field hint ("Found under Settings"). */
  hasHintBeside(index: number): boolean;
}

type Row = readonly [number, number];

export function createTableRowReader(text: string, blocks: readonly MarkdownBlock[]): (index: number) => TableRowFacts | undefined {
  const rows = new Map<Row, TableRowFacts>();
  const headerDeveloper = new Map<Row, boolean>();

  return (index) => {
    const block = blocks[index];
    const row = block?.row;
    if (!block || !row) return undefined;
    const known = rows.get(row);
    if (known) return known;

    let header = false;
    if (block.headerRow) {
      const cached = headerDeveloper.get(block.headerRow);
      header = cached ?? countAudienceEvidence(text.slice(block.headerRow[0], block.headerRow[1])).developer > 0;
      headerDeveloper.set(block.headerRow, header);
    }
    const rowText = text.slice(row[0], row[1]);
    // The row's cells are consecutive blocks sharing the row.
    let first = index;
    while (first > 0 && blocks[first - 1]?.row === row) first -= 1;
    let hints: Set<number> | undefined;
    const facts: TableRowFacts = {
      developer: header || countAudienceEvidence(rowText).developer > 0,
      verdict: getContextVerdict(countVendorMentions(rowText)),
      hasHintBeside(cell) {
        if (!hints) {
          hints = new Set();
          for (let i = first; blocks[i]?.row === row; i += 1) {
            const other = blocks[i];
            if (other && isFieldHint(text.slice(other.start, other.end))) hints.add(i);
          }
        }
        return hints.size > (hints.has(cell) ? 1 : 0);
      },
    };
    rows.set(row, facts);
    return facts;
  };
}
