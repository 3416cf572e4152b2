// How each language writes comments and string literals: the data the string reader runs on.
import type { FileKind } from '../../get-file-kind.js';

export interface StringSyntax {
  lineComments: readonly string[];
  blockComments: readonly (readonly [string, string])[];
  /** Delimiters, longest first (`"""` before `"`), and whether a backslash escapes inside them. */
  strings: readonly { open: string; close: string; escapes: boolean }[];
}

const C_COMMENTS = { lineComments: ['//'], blockComments: [['/*', '*/']] } as const;
const quotes = (escapes = true) => [
  { open: '"', close: '"', escapes },
  { open: "'", close: "'", escapes },
];

export const STRING_SYNTAX: Partial<Record<FileKind, StringSyntax>> = {
  python: {
    lineComments: ['#'],
    blockComments: [],
    strings: [{ open: '"""', close: '"""', escapes: true }, { open: "'''", close: "'''", escapes: true }, ...quotes()],
  },
  ruby: { lineComments: ['#'], blockComments: [['=begin', '=end']], strings: quotes() },
  php: { lineComments: ['//', '#'], blockComments: [['/*', '*/']], strings: quotes() },
  go: { ...C_COMMENTS, strings: [{ open: '`', close: '`', escapes: false }, { open: '"', close: '"', escapes: true }] },
  java: { ...C_COMMENTS, strings: [{ open: '"""', close: '"""', escapes: true }, { open: '"', close: '"', escapes: true }] },
  csharp: {
    ...C_COMMENTS,
    strings: [
      { open: '"""', close: '"""', escapes: false },
      { open: '@"', close: '"', escapes: false },
      { open: '"', close: '"', escapes: true },
    ],
  },
};

/** Code inside template tags (`<%= t("…") %>`, `{{ __('…') }}`): quotes only, no comments. */
export const TEMPLATE_TAG_SYNTAX: StringSyntax = { lineComments: [], blockComments: [], strings: quotes() };
