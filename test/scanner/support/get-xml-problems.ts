// A small XML well-formedness check for the JUnit report (no XML parser is installed): one
// forward scan over the text with a stack of open elements. It checks what a JUnit consumer
// trips on: balanced and properly nested tags, one root, quoted attributes without raw `<`,
// known entities only, no characters XML 1.0 forbids. Not a full parser (no DTDs, no CDATA).

const NAME = /^[A-Za-z_][\w.-]*$/;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)="([^"<]*)"/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9A-Fa-f]{1,6});/y;
// Tab, LF and CR are the only control characters XML 1.0 allows; lone surrogates are not characters.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What makes `text` not well-formed XML; empty when it is. */
export function getXmlProblems(text: string): string[] {
  const problems: string[] = [];
  if (FORBIDDEN.test(text)) problems.push('contains a character XML 1.0 forbids');
  const stack: string[] = [];
  let roots = 0;
  let at = 0;
  if (text.startsWith('<?xml')) at = text.indexOf('?>') + 2;
  while (at < text.length && problems.length < 10) {
    const open = text.indexOf('<', at);
    const textEnd = open === -1 ? text.length : open;
    checkText(text.slice(at, textEnd), stack.length > 0, problems);
    if (open === -1) break;
    if (text.startsWith('<!--', open)) {
      const end = text.indexOf('-->', open + 4);
      at = end === -1 ? text.length : end + 3;
      if (end === -1) problems.push(`unterminated comment at offset ${open}`);
      continue;
    }
    const close = findTagEnd(text, open);
    if (close === -1) {
      problems.push(`unterminated tag at offset ${open}`);
      break;
    }
    const tag = text.slice(open + 1, close);
    at = close + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const expected = stack.pop();
      if (name !== expected) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const nameEnd = body.search(/\s|$/);
    const name = body.slice(0, nameEnd);
    if (!NAME.test(name)) problems.push(`bad element name "${name}"`);
    checkAttributes(body.slice(nameEnd), name, problems);
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed elements: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return problems;
}

/** The `>` ending the tag that starts at `open`, skipping quoted attribute values (`>` is legal there). */
function findTagEnd(text: string, open: number): number {
  let quoted = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '>' && !quoted) return i;
  }
  return -1;
}

function checkText(chunk: string, inside: boolean, problems: string[]): void {
  if (!inside && chunk.trim() !== '') problems.push('text outside the root element');
  checkEntities(chunk, problems);
}

function checkAttributes(rest: string, element: string, problems: string[]): void {
  const seen = new Set<string>();
  let at = 0;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(rest);
    if (match === null) break;
    if (seen.has(match[1]!)) problems.push(`<${element}> repeats attribute ${match[1]}`);
    seen.add(match[1]!);
    checkEntities(match[2]!, problems);
    at = ATTRIBUTE.lastIndex;
  }
  if (rest.slice(at).trim() !== '') problems.push(`<${element}> has malformed attributes`);
}

function checkEntities(chunk: string, problems: string[]): void {
  for (let amp = chunk.indexOf('&'); amp !== -1; amp = chunk.indexOf('&', amp + 1)) {
    ENTITY.lastIndex = amp;
    if (!ENTITY.test(chunk)) problems.push(`bad entity near "${chunk.slice(amp, amp + 8)}"`);
  }
}
