// JSON.parse's messages carry no position on some inputs and quote the surrounding source on
// others (which could hold a secret), so user errors are located by this small linear checker
// instead. It only runs after JSON.parse has failed. An explicit stack, no recursion: nesting
// depth costs memory, not call frames.

export interface JsonError {
  /** UTF-16 offset of the first character that makes the text invalid. */
  offset: number;
  /** What was expected there, for people. */
  reason: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Where and why `text` is not JSON, or undefined when it is. */
export function findJsonError(text: string): JsonError | undefined {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let pos = 0;
  const fail = (reason: string, at = pos): JsonError => ({ offset: at, reason });
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');

  for (;;) {
    while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\n' || text[pos] === '\r')) pos++;
    if (pos >= text.length) return expect === 'end' ? undefined : fail('unexpected end of input');
    const c = text[pos];

    switch (expect) {
      case 'end':
        return fail('unexpected text after the end of the JSON value');
      case 'colon':
        if (c !== ':') return fail('expected ":" after a property name');
        pos++;
        expect = 'value';
        continue;
      case 'comma-or-close': {
        const open = stack[stack.length - 1];
        const close = open === '{' ? '}' : ']';
        if (c === ',') {
          pos++;
          expect = open === '{' ? 'key' : 'value';
        } else if (c === close) {
          pos++;
          stack.pop();
          expect = afterValue();
        } else return fail(`expected "," or "${close}"`);
        continue;
      }
      case 'key':
      case 'key-or-close':
        if (c === '}' && expect === 'key-or-close') {
          pos++;
          stack.pop();
          expect = afterValue();
          continue;
        }
        if (c !== '"') return fail(expect === 'key' ? 'expected a double-quoted property name (no trailing commas)' : 'expected a double-quoted property name or "}"');
        {
          const error = skipString();
          if (error) return error;
        }
        expect = 'colon';
        continue;
      case 'value':
      case 'value-or-close':
        if (c === ']' && expect === 'value-or-close') {
          pos++;
          stack.pop();
          expect = afterValue();
          continue;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          pos++;
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
          continue;
        }
        if (c === '"') {
          const error = skipString();
          if (error) return error;
          expect = afterValue();
          continue;
        }
        if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = pos;
          if (!NUMBER.test(text)) return fail('invalid number');
          pos = NUMBER.lastIndex;
          expect = afterValue();
          continue;
        }
        {
          const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, pos));
          if (word === undefined) return fail(expect === 'value' && c === ']' ? 'expected a value (no trailing commas)' : 'expected a value');
          pos += word.length;
          expect = afterValue();
          continue;
        }
    }
  }

  /** Moves `pos` past the string starting at `pos`, or reports what is wrong with it. */
  function skipString(): JsonError | undefined {
    const start = pos;
    pos++;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 34) {
        pos++;
        return undefined;
      }
      if (c < 0x20) return fail('unescaped control character or line break in a string');
      if (c === 92) {
        const next = text[pos + 1];
        if (next === 'u') {
          if (!HEX4.test(text.slice(pos + 2, pos + 6))) return fail('invalid \\u escape');
          pos += 6;
          continue;
        }
        if (next === undefined || !ESCAPES.has(next)) return fail('invalid escape in a string');
        pos += 2;
        continue;
      }
      pos++;
    }
    return fail('unterminated string', start);
  }
}
