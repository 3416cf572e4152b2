// Finds `intercom-auth-ignore[-next-line] [rules] -- reason` directives in any file type. The
// directive text is searched for directly rather than by parsing comments, so it works in every
// comment syntax (`//`, `#`, `/* */`, `<!-- -->`, `--`, `;`, `%`, `{{!-- --}}`, `{# #}`, `<%# %>`,
// `'`) and in files the scanner cannot parse. Any occurrence counts, inside a string literal too,
// as gitleaks' `gitleaks:allow` does: the required reason makes every one deliberate and visible.
import { getQuotedText } from '../config/get-quoted-text.js';
import { getRuleName } from '../config/get-rule-name.js';
import { RULE_NAMES, type Detection, type RuleName } from '../types.js';
import { COMMENT_TERMINATORS, DIRECTIVE_PREFIX, MAX_DIRECTIVE_BODY, NEXT_LINE_SUFFIX, REASON_SEPARATOR } from './directive-syntax.js';

export interface Directive {
  /** 1-based line of the directive (of the comment holding it). */
  line: number;
  /** 1-based column of the directive's first character, in UTF-16 units. */
  column: number;
  /** The line whose findings it hides: its own line, or the next one for `-next-line`. */
  appliesToLine: number;
  rules: RuleName[] | 'all';
  reason: string;
}

export interface Suppressions {
  directives: Directive[];
  /** `invalid-suppression` detections: directives without a reason or naming unknown rules. */
  invalid: Detection[];
}

const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const SEPARATOR = new RegExp(`(?:^|\\s)${REASON_SEPARATOR}`);

/** The directives in `text` (the decoded text of one file) and the malformed ones as detections. */
export function findSuppressions(text: string): Suppressions {
  const result: Suppressions = { directives: [], invalid: [] };
  let at = text.indexOf(DIRECTIVE_PREFIX);
  if (at === -1) return result;

  // Lines are counted incrementally up to each occurrence, jumping from break to break with
  // indexOf: one pass over the text in total, however many directives it holds.
  let line = 1;
  let lineStart = 0;
  let nextLf = -2; // -2: not searched yet; -1: none left
  let nextCr = -2;
  const countLinesTo = (offset: number): void => {
    for (;;) {
      if (nextLf !== -1 && nextLf < lineStart) nextLf = text.indexOf('\n', lineStart);
      if (nextCr !== -1 && nextCr < lineStart) nextCr = text.indexOf('\r', lineStart);
      const lineBreak = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
      if (lineBreak === -1 || lineBreak >= offset) return;
      line++;
      lineStart = lineBreak === nextCr && nextLf === lineBreak + 1 ? lineBreak + 2 : lineBreak + 1;
    }
  };

  for (let next: number; at !== -1; at = next) {
    next = text.indexOf(DIRECTIVE_PREFIX, at + DIRECTIVE_PREFIX.length);
    if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue; // part of a longer name
    const nextLine = text.startsWith(NEXT_LINE_SUFFIX, at + DIRECTIVE_PREFIX.length);
    const name = nextLine ? DIRECTIVE_PREFIX + NEXT_LINE_SUFFIX : DIRECTIVE_PREFIX;
    const bodyStart = at + name.length;
    // A body ends at the line break, at the next directive, or after MAX_DIRECTIVE_BODY
    // characters: each character is read at most once however many directives a line holds.
    const body = getBody(text, bodyStart, next === -1 ? text.length : next);
    // `intercom-auth-ignored`, `intercom-auth-ignore-file`: other words, not directives.
    if (!isSpace(body[0]) && !COMMENT_TERMINATORS.some((t) => body.startsWith(t))) continue;

    countLinesTo(at);
    const trimmedBody = cutAtTerminator(body).trimEnd();
    const end = bodyStart + trimmedBody.length;
    const separator = SEPARATOR.exec(trimmedBody);
    const ruleText = separator ? trimmedBody.slice(0, separator.index) : trimmedBody;
    const reason = separator ? trimmedBody.slice(separator.index + separator[0].length).trim() : '';
    const names = ruleText.split(/[\s,]+/).filter((n) => n !== '');
    const unknown = names.filter((n) => getRuleName(n) === undefined);

    const invalid = (messageId: string, message: string): Detection => ({
      rule: 'invalid-suppression',
      messageId,
      message,
      start: at,
      end,
      key: text.slice(at, end).replace(/\s+/g, ' '),
    });
    if (reason === '') {
      result.invalid.push(invalid('missingReason', `This suppression comment needs a reason after " ${REASON_SEPARATOR} "; it was not applied.`));
    } else if (unknown.length > 0) {
      const list = unknown.map(getQuotedText).join(', ');
      result.invalid.push(
        invalid(
          'unknownRule',
          `This suppression comment names unknown rule${unknown.length > 1 ? 's' : ''} ${list} (known: ${RULE_NAMES.join(', ')}); it was not applied.`,
        ),
      );
    } else {
      const rules = names.length === 0 ? 'all' : [...new Set(names.map((n) => getRuleName(n)!))];
      result.directives.push({ line, column: at - lineStart + 1, appliesToLine: nextLine ? line + 1 : line, rules, reason });
    }
  }
  return result;
}

/** The rest of the directive's line before `stop`, at most MAX_DIRECTIVE_BODY characters. */
function getBody(text: string, start: number, stop: number): string {
  const limit = Math.min(stop, start + MAX_DIRECTIVE_BODY);
  let end = start;
  while (end < limit && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return text.slice(start, end);
}

/** `body` up to the first comment terminator (COMMENT_TERMINATORS). */
function cutAtTerminator(body: string): string {
  let cut = body.length;
  for (const terminator of COMMENT_TERMINATORS) {
    const index = body.indexOf(terminator);
    if (index !== -1 && index < cut) cut = index;
  }
  return body.slice(0, cut);
}
