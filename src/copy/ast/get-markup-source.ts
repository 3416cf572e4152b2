import type { TSESTree } from '@typescript-eslint/utils';

/** A string literal or template in the source of a markup string, and where its text starts in it. */
export interface MarkupSegment {
  start: number;
  node: TSESTree.Literal | TSESTree.TemplateLiteral;
}

// How an interpolation or a non-string operand reads in markup: a gap `readMarkup` skips.
const MARKUP_GAP = '${}';

/** The markup a string expression builds, interpolations and non-string operands read as gaps. */
export function getMarkupSource(node: TSESTree.Node): { markup: string; segments: MarkupSegment[] } {
  let markup = '';
  const segments: MarkupSegment[] = [];
  const visit = (current: TSESTree.Node): void => {
    if (current.type === 'Literal' && typeof current.value === 'string') {
      segments.push({ start: markup.length, node: current });
      markup += current.value;
    } else if (current.type === 'TemplateLiteral') {
      segments.push({ start: markup.length, node: current });
      markup += current.quasis.map((quasi) => quasi.value.cooked ?? '').join(MARKUP_GAP);
    } else if (current.type === 'BinaryExpression' && current.operator === '+') {
      visit(current.left);
      visit(current.right);
    } else {
      markup += MARKUP_GAP;
    }
  };
  visit(node);
  return { markup, segments };
}

/**
 * The literal or template of a concatenation that holds an offset of its markup: the last segment
 * starting at or before it. Segments are in order, so a binary search finds it.
 */
export function getSegmentNode(segments: readonly MarkupSegment[], offset: number, fallback: TSESTree.Node): TSESTree.Node {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((segments[middle]?.start ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? (segments[low - 1]?.node ?? fallback) : fallback;
}
