// MDX markup carries JavaScript in braces (`onChange={(e) => set(e.target.value)}`), which an
// HTML reader would take for attributes and text (`=>` even closes the tag). Blanking the braces
// out, same length so offsets hold, leaves readMarkup plain markup: an expression that is just a
// string literal keeps its string (`label={"Intercom access token"}` reads as `label "…"`).

const QUOTES = new Set(['"', "'", '`']);
const STRING_LITERAL = /^(\s*)(['"`])([^'"`$\\]*)\2(\s*)$/;

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** One expression `{…}` (braces included) in its blanked form, `inAttribute` when after `=`. */
function replaceExpression(expression: string, inAttribute: boolean): string {
  const literal = STRING_LITERAL.exec(expression.slice(1, -1));
  if (literal) {
    const [, lead = '', quote = '"', value = '', trail = ''] = literal;
    // A template literal becomes a quoted string markup can read, unless that quote is inside.
    const mark = quote === '`' ? (value.includes('"') ? "'" : '"') : quote;
    const body = inAttribute ? `${mark}${value}${mark}` : ` ${value} `;
    return ` ${blank(lead)}${body}${blank(trail)} `;
  }
  // An attribute keeps an (empty) value so the next attribute is not read as this one's value.
  return inAttribute ? `""${blank(expression.slice(2))}` : blank(expression);
}

/** `markup` with every top-level `{…}` blanked out; unclosed braces are left as they are. */
export function blankJsxExpressions(markup: string): string {
  if (!markup.includes('{')) return markup;
  const out: string[] = [];
  let copied = 0;
  let depth = 0;
  let start = 0;
  for (let i = 0; i < markup.length; i += 1) {
    const char = markup.charAt(i);
    if (depth > 0 && QUOTES.has(char)) {
      // A string inside an expression: its braces don't count. Unclosed: the rest is the string.
      const close = markup.indexOf(char, i + 1);
      i = close < 0 ? markup.length : close;
      continue;
    }
    if (char === '{') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (char === '}' && depth > 0) {
      depth -= 1;
      if (depth > 0) continue;
      let before = start - 1;
      while (before >= 0 && /\s/.test(markup.charAt(before))) before -= 1;
      out.push(markup.slice(copied, start), replaceExpression(markup.slice(start, i + 1), markup.charAt(before) === '='));
      copied = i + 1;
    }
  }
  out.push(markup.slice(copied));
  return out.join('');
}
