// A script that builds a token from constant string pieces, in each way the no-hardcoded-token
// rule folds (`+`, template literals, same-file constants, `[…].join('')`, `.concat(…)`), and the
// offsets of the token's first and last characters as written in it.

export const SPLIT_FORMS = ['plus', 'plus-constants', 'template-constants', 'join', 'concat'] as const;
export type SplitForm = (typeof SPLIT_FORMS)[number];

export interface SplitScript {
  text: string;
  /** Offset of the secret's first character and just past its last, in `text`. */
  start: number;
  end: number;
}

/** Cuts `value` before each of `cuts` (sorted, inside the value), quoted with `quote`. */
export function getSplitScript(value: string, secretStart: number, cuts: readonly number[], form: SplitForm, quote: string): SplitScript {
  const bounds = [0, ...cuts, value.length];
  const pieces = bounds.slice(1).map((end, i) => value.slice(bounds[i], end));
  let text = '';
  const offsets: number[] = []; // where each piece's first character is written
  const literal = (piece: string) => {
    offsets.push(text.length + 1);
    text += `${quote}${piece}${quote}`;
  };
  const list = (separator: string, from = 0) =>
    pieces.slice(from).forEach((piece, i) => {
      if (i > 0) text += separator;
      literal(piece);
    });
  const names = pieces.map((_, i) => `PART_${i}`);
  if (form === 'plus-constants' || form === 'template-constants') {
    pieces.forEach((piece, i) => {
      text += `const ${names[i]} = `;
      literal(piece);
      text += ';\n';
    });
  }
  text += 'export const token = ';
  if (form === 'plus') list(' + ');
  else if (form === 'plus-constants') text += names.join(' + ');
  else if (form === 'template-constants') text += `\`${names.map((n) => `\${${n}}`).join('')}\``;
  else if (form === 'join') {
    text += '[';
    list(', ');
    text += "].join('')";
  } else {
    literal(pieces[0]!);
    text += '.concat(';
    list(', ', 1);
    text += ')';
  }
  text += ';\n';
  // The secret runs from `secretStart` to the end of the value: locate both ends in their pieces.
  const locate = (index: number, last: boolean) => {
    let piece = bounds.findIndex((b, i) => (last ? b < index && index <= bounds[i + 1]! : b <= index && index < bounds[i + 1]!));
    if (piece < 0) piece = 0;
    return offsets[piece]! + index - bounds[piece]!;
  };
  return { text, start: locate(secretStart, false), end: locate(value.length, true) };
}
