// Regex findings a person has judged, each with a reason someone else can check in the named
// file. Patterns are written as regex literals so they read as in the source.

/**
 * `new RegExp(…)` call sites whose pattern depends on input, so the instances that
 * exercise-regex-builders.ts makes are samples, not every pattern the site can build. `call` is a
 * piece of the call's text (whitespace collapsed), so entries survive edits above them.
 * `instances`: `check` the captured samples with recheck as well; `shapes` check every
 * alternative's shape instead (get-phrase-shapes.ts); `skip` them, the reason covering all.
 */
export const REVIEWED_DYNAMIC_SITES: readonly { file: string; call: string; instances: 'check' | 'shapes' | 'skip'; reason: string }[] = [
  {
    file: 'src/copy/compile-phrases.ts',
    call: 'new RegExp(source,',
    instances: 'shapes',
    reason:
      'an alternation of compilePhrase outputs (lexicon words or a config\'s additionalNouns, escaped): boundary look-arounds around literal words joined by [\\s-]*, with \'?\\s*, s? or [a-z]* — no quantified group',
  },
  {
    file: 'src/copy/copy-matcher.ts',
    call: 'new RegExp(nounSource,',
    instances: 'shapes',
    reason: 'compilePhrases(nouns).source with the g flag: the same alternation as compile-phrases.ts',
  },
  {
    file: 'src/copy/copy-matcher.ts',
    call: 'String.raw`^(?:(?:${lead}|${intercom})[\\s-]*)*',
    instances: 'skip',
    reason:
      'the label regex repeats a group of lead words, but only tests labels of at most MAX_LABEL_LENGTH (80) characters (get-solicitation.ts, isLabel); each lead word carries (?<![a-z0-9])…(?![a-z0-9]), so a word splits one way',
  },
  {
    file: 'src/scanner/detect/markdown/create-phrase-counter.ts',
    call: '.map(escapeRegExp).join(\'|\')',
    instances: 'check',
    reason: 'an alternation of escaped literal phrases (wide-script words), no quantifier',
  },
  {
    file: 'src/scanner/detect/other-languages/read-tokens.ts',
    call: 'new RegExp(escapes ?',
    instances: 'check',
    reason:
      '`stops` always holds the backslash, so [^stops] and \\\\[^] never match at one position; {0,4096} bounds the repeat; one pattern per delimiter, hole syntax and escape mode',
  },
  {
    file: 'src/scanner/detect/get-template-binding-writes.ts',
    call: 'new RegExp(String.raw`\\b(?:const|let|var)\\s+${name}',
    instances: 'check',
    reason: 'name is an identifier captured by VUE_MODEL ([A-Za-z_$][\\w$]*) with $ escaped: a literal',
  },
  {
    file: 'src/scanner/detect/get-template-binding-writes.ts',
    call: 'new RegExp(String.raw`\\b(?:const|let|var)\\s+${root',
    instances: 'check',
    reason: 'root is an identifier captured by VUE_MODEL or SVELTE_BIND with $ escaped: a literal',
  },
  {
    file: 'src/scanner/detect/get-template-binding-writes.ts',
    call: 'new RegExp(String.raw`\\bthis\\.${target',
    instances: 'check',
    reason: 'target is a dotted identifier captured by VUE_MODEL with $ and . escaped: a literal',
  },
];

/**
 * Regexes recheck does not call safe, accepted because the text they run on is short. Not checked
 * (some take recheck its whole timeout); the test fails when one no longer exists, so fixed
 * entries get removed.
 */
export const ACCEPTED_REGEXES: readonly { file: string; regex: RegExp; reason: string }[] = [
  ...[
    /([A-Za-z_][\w-]*)["']?\s*(?:=>|=|:)\s*$/,
    /([A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*)\s*\(\s*(?:[^()"'`]{0,60},\s*)?$/,
    /(?:^|[\s.(])(?:label|label_tag|placeholder|hint|submit|button_tag|form_label)\s+[^"'()]{0,60}$/,
    /(?:\braise\s+\w+|\bthrow\s+new\s+\w+|\bthrow\s+\w+|\bfail\s+\w*|\bpanic)\s*\(?\s*$/,
    /[\w$]+$/,
  ].map((regex) => ({
    file: 'src/scanner/detect/code-strings/get-string-position.ts',
    regex,
    reason: 'polynomial, on `before`: at most LOOK_BEHIND (120) characters of the line before a string, or a call name cut from it',
  })),
  {
    file: 'src/scanner/detect/other-languages/language-catalogue.ts',
    regex: /^(?:Request|Response|WebSocket|BackgroundTasks|HTTPConnection|SecurityScopes|Session|AsyncSession|HttpRequest|Annotated\[.*Depends\(.*)$/,
    reason: 'quadratic, on parameter annotations from getCompactText, capped at 200 characters',
  },
  {
    file: 'src/tokens/find-tokens.ts',
    regex: /=+$/,
    reason: 'quadratic in a run of `=`, on one candidate match of at most MAX_ENCODED_TOKEN_LENGTH units plus two pads',
  },
  {
    file: 'src/scanner/detect/is-generated-script.ts',
    regex: /\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    reason: 'quadratic in unclosed `/*`, on the first HEADER_LENGTH (600) characters of a script only',
  },
  {
    file: 'src/scanner/cli/parse-cli-args.ts',
    regex: /\. To specify a positional argument.*$/,
    reason: "quadratic, on the first line of Node's parseArgs error for the invoking user's own arguments, never file content",
  },
];

/**
 * Vulnerable on unbounded input, not fixed here (outside the files this suite may change): each
 * runs as `it.fails`, so a fix makes the suite fail until the entry is removed.
 */
export const KNOWN_VULNERABLE_REGEXES: readonly { file: string; regex: RegExp; reason: string }[] = [];
