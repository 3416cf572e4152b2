// Indentation structure of Python and Ruby code: which statement lines open and close blocks.
// Computed once with monotonic stacks, so nested blocks cost linear time.
import { TokenKind, type TokenList } from './token-list.js';

export interface LineBlocks {
  count: number;
  /** First token of each logical line (a line that starts a statement, not a continuation). */
  firstToken: Int32Array;
  indent: Int32Array;
  /** Logical line of each physical line: continuation lines belong to their statement's line. */
  logicalOfPhysical: Int32Array;
  /** First token of the next logical line indented no deeper: where a block opened on this line ends. */
  blockEnd: Int32Array;
  /** First token of the next logical line indented less: where the block holding this line ends. */
  enclosingEnd: Int32Array;
}

export function getLineBlocks(tokens: TokenList, braceBlocks: boolean): LineBlocks {
  const { kinds, lines, parent, length: n } = tokens;
  const first: number[] = [];
  const indents: number[] = [];
  const logicalOfPhysical = new Int32Array(Math.max(1, tokens.lineCount)).fill(-1);
  for (let i = 0; i < n; i++) {
    if (kinds[i] === TokenKind.Newline) continue;
    const line = lines[i]!;
    if (i > 0 && lines[i - 1] === line && kinds[i - 1] !== TokenKind.Newline) continue;
    if (logicalOfPhysical[line] !== -1) continue;
    const p = parent[i]!;
    const statement = p === -1 || (braceBlocks && tokens.isPunct(p, '{'));
    if (statement) {
      first.push(i);
      indents.push(tokens.columnOf(i));
      logicalOfPhysical[line] = first.length - 1;
    } else logicalOfPhysical[line] = first.length - 1;
  }
  const count = first.length;
  const blockEnd = new Int32Array(count).fill(n);
  const enclosingEnd = new Int32Array(count).fill(n);
  const notDeeper: number[] = [];
  const shallower: number[] = [];
  for (let k = 0; k < count; k++) {
    const indent = indents[k]!;
    while (notDeeper.length > 0 && indents[notDeeper[notDeeper.length - 1]!]! >= indent) blockEnd[notDeeper.pop()!] = first[k]!;
    notDeeper.push(k);
    while (shallower.length > 0 && indents[shallower[shallower.length - 1]!]! > indent) enclosingEnd[shallower.pop()!] = first[k]!;
    shallower.push(k);
  }
  return {
    count,
    firstToken: Int32Array.from(first),
    indent: Int32Array.from(indents),
    logicalOfPhysical,
    blockEnd,
    enclosingEnd,
  };
}
