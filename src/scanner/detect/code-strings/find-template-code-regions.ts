// The code inside a server-side or client template's tags — `<%= … %>` (ERB, EJS), `{{ … }}` and
// `{% … %}` (Jinja, Twig, Liquid, Handlebars, Angular, Vue), `{!! … !!}` and `@lang(…)` (Blade) —
// and Liquid's `{% schema %}` JSON, where copy sits in string literals the markup reader skips.

export interface CodeRegion {
  start: number;
  end: number;
}

const OPENERS: readonly (readonly [string, string])[] = [
  ['<%', '%>'],
  ['{{', '}}'],
  ['{%', '%}'],
  ['{!!', '!!}'],
];
const SCHEMA_OPEN = /\{%-?\s*schema\s*-?%\}/g;
const SCHEMA_CLOSE = /\{%-?\s*endschema\s*-?%\}/g;
// Blade directives that print translated copy: `@lang('…')`, `@choice('…', n)`.
const BLADE_DIRECTIVE = /@(?:lang|choice|trans)\(/g;
// A tag longer than this is not a tag (a stray `{{` in prose): stop looking for its end.
const MAX_TAG = 2000;

export function findTemplateCodeRegions(text: string): CodeRegion[] {
  const regions: CodeRegion[] = [];
  for (const [open, close] of OPENERS) {
    let index = text.indexOf(open);
    while (index >= 0) {
      const start = index + open.length;
      const end = text.indexOf(close, start);
      if (end < 0) break;
      if (end - start <= MAX_TAG) regions.push({ start, end });
      index = text.indexOf(open, end + close.length);
    }
  }
  SCHEMA_OPEN.lastIndex = 0;
  for (let open = SCHEMA_OPEN.exec(text); open; open = SCHEMA_OPEN.exec(text)) {
    SCHEMA_CLOSE.lastIndex = open.index;
    const close = SCHEMA_CLOSE.exec(text);
    if (!close) break;
    regions.push({ start: open.index + open[0].length, end: close.index });
    SCHEMA_OPEN.lastIndex = close.index;
  }
  BLADE_DIRECTIVE.lastIndex = 0;
  for (let match = BLADE_DIRECTIVE.exec(text); match; match = BLADE_DIRECTIVE.exec(text)) {
    const start = match.index + 1;
    const newline = text.indexOf('\n', start);
    regions.push({ start, end: newline < 0 ? text.length : newline });
  }
  return regions.sort((a, b) => a.start - b.start);
}
