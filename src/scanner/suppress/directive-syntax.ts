// The inline suppression syntax, kept apart from the scanner that finds it.

/** Every directive starts with this; text without it has no suppressions. */
export const DIRECTIVE_PREFIX = 'intercom-auth-ignore';

/** `intercom-auth-ignore-next-line` applies to the line after the comment, like eslint-disable-next-line. */
export const NEXT_LINE_SUFFIX = '-next-line';

/** Separates the optional rule list from the required reason. */
export const REASON_SEPARATOR = '--';

/**
 * Where a comment can end on the directive's line: C-style, HTML/XML, Handlebars, Jinja/Twig/
 * Nunjucks, ERB/EJS. Line comments (`//`, `#`, `--`, `;`, `%`, `'`) end at the line break.
 */
export const COMMENT_TERMINATORS = ['*/', '-->', '--}}', '#}', '%>'] as const;

/** Directive text read past the name, at most: bounds the work on a hostile single-line file. */
export const MAX_DIRECTIVE_BODY = 1000;
