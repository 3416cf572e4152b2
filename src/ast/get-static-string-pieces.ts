import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getConstantInit } from '../flow/get-constant-init.js';

/** One constant piece of a string built by concatenation, with the node it was written in. */
export interface StringPiece {
  text: string;
  node: TSESTree.Node;
}

// How many same-file constants may be followed through one another; real code rarely chains more.
const MAX_CONSTANT_DEPTH = 6;
// Pieces folded per expression at most: bounds the work on generated code, not on real splits.
const MAX_PIECES = 256;

interface FoldState {
  sourceCode: TSESLint.SourceCode;
  pieces: number;
}

/**
 * The constant pieces of a string expression: literals, template quasis, same-file `const` or
 * never-reassigned strings, `+`, template literals, `[...].join('')` and `.concat(...)`. Returns
 * undefined as soon as a piece is not constant, so only fully static strings are folded.
 */
export function getStaticStringPieces(node: TSESTree.Node, sourceCode: TSESLint.SourceCode): StringPiece[] | undefined {
  return fold(node, { sourceCode, pieces: 0 }, 0);
}

function fold(node: TSESTree.Node, state: FoldState, constantDepth: number): StringPiece[] | undefined {
  if (++state.pieces > MAX_PIECES) return undefined;
  const { sourceCode } = state;
  const recurse = (child: TSESTree.Node) => fold(child, state, constantDepth);
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [{ text: node.value, node }] : undefined;
    case 'TemplateLiteral': {
      const pieces: StringPiece[] = [];
      for (let i = 0; i < node.quasis.length; i++) {
        const quasi = node.quasis[i]!;
        if (quasi.value.cooked == null) return undefined;
        pieces.push({ text: quasi.value.cooked, node: quasi });
        const expression = node.expressions[i];
        if (!expression) continue;
        const inner = recurse(expression);
        if (!inner) return undefined;
        pieces.push(...inner);
      }
      return pieces;
    }
    case 'BinaryExpression': {
      if (node.operator !== '+') return undefined;
      const left = recurse(node.left);
      const right = left && recurse(node.right);
      return right && [...left!, ...right];
    }
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSSatisfiesExpression':
      return recurse(node.expression);
    case 'Identifier': {
      if (constantDepth >= MAX_CONSTANT_DEPTH) return undefined;
      const init = getWholeConstantInit(sourceCode, node);
      const pieces = init && fold(init, state, constantDepth + 1);
      // Resolved as one piece: a token wholly inside it is reported where the constant is written.
      return pieces && [{ text: pieces.map((p) => p.text).join(''), node: init }];
    }
    case 'CallExpression':
      return getCallPieces(node, recurse, sourceCode);
    default:
      return undefined;
  }
}

/** A never-reassigned variable's initialiser, when the identifier is bound to all of it. */
function getWholeConstantInit(sourceCode: TSESLint.SourceCode, node: TSESTree.Identifier): TSESTree.Expression | undefined {
  const init = getConstantInit(sourceCode, node);
  return init?.path.length === 0 ? init.node : undefined;
}

function getCallPieces(
  node: TSESTree.CallExpression,
  recurse: (n: TSESTree.Node) => StringPiece[] | undefined,
  sourceCode: TSESLint.SourceCode,
): StringPiece[] | undefined {
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
  const method = callee.property.name;
  // `[…].join('')`, or `PARTS.join('')` with a constant array: each element stays its own piece.
  const array = callee.object.type === 'Identifier' ? getWholeConstantInit(sourceCode, callee.object) : callee.object;
  if (method === 'join' && array?.type === 'ArrayExpression') {
    const separator = node.arguments.length === 0 ? ',' : getLiteralString(node.arguments[0]);
    if (separator === undefined) return undefined;
    const pieces: StringPiece[] = [];
    for (const [i, element] of array.elements.entries()) {
      if (!element || element.type === 'SpreadElement') return undefined;
      const inner = recurse(element);
      if (!inner) return undefined;
      if (i > 0 && separator) pieces.push({ text: separator, node: node.arguments[0]! });
      pieces.push(...inner);
    }
    return pieces;
  }
  if (method === 'concat') {
    const head = recurse(callee.object);
    if (!head) return undefined;
    const pieces = [...head];
    for (const argument of node.arguments) {
      const inner = argument.type === 'SpreadElement' ? undefined : recurse(argument);
      if (!inner) return undefined;
      pieces.push(...inner);
    }
    return pieces;
  }
  return undefined;
}

function getLiteralString(node: TSESTree.Node | undefined): string | undefined {
  return node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
}
