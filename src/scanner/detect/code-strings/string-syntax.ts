// How the code inside template tags writes string literals: the data the quotes-only reader runs on.

export interface StringSyntax {
  lineComments: readonly string[];
  blockComments: readonly (readonly [string, string])[];
  /** Delimiters, longest first (`"""` before `"`), and whether a backslash escapes inside them. */
  strings: readonly { open: string; close: string; escapes: boolean }[];
}

const quotes = (escapes = true) => [
  { open: '"', close: '"', escapes },
  { open: "'", close: "'", escapes },
];

/** Code inside template tags (`<%= t("…") %>`, `{{ __('…') }}`): quotes only, no comments. */
export const TEMPLATE_TAG_SYNTAX: StringSyntax = { lineComments: [], blockComments: [], strings: quotes() };
