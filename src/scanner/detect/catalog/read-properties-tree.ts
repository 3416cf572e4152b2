// Java `.properties` message bundles (`intercom.token.label=Access token`) read into the same tree
// as JSON and YAML catalogs: each dotted key becomes a path of objects, so a namespace such as
// `intercom.` gives its strings their context as a nested catalog object would.
import type { DataTreeBuilder } from './data-tree.js';

const ENTRY = /^[ \t\f]*([^#!\s=:][^=:\s]*(?:\\[=: ][^=:\s]*)*)[ \t\f]*[=:]?[ \t\f]*/;

export function readPropertiesTree(text: string, builder: DataTreeBuilder): void {
  builder.open('object', undefined);
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // A value continues on the next line after a trailing backslash.
    let valueEnd = lineEnd;
    while (text[valueEnd - 1 - (text[valueEnd - 1] === '\r' ? 1 : 0)] === '\\' && valueEnd < text.length) {
      const next = text.indexOf('\n', valueEnd + 1);
      valueEnd = next < 0 ? text.length : next;
    }
    readEntry(text, lineStart, valueEnd, builder);
    lineStart = valueEnd + 1;
  }
  builder.close();
}

function readEntry(text: string, start: number, end: number, builder: DataTreeBuilder): void {
  const line = text.slice(start, end);
  const match = ENTRY.exec(line);
  if (!match || match[1] === undefined) return;
  const keyStart = start + line.indexOf(match[1]);
  const segments = match[1].split('.');
  const valueStart = start + match[0].length;
  const raw = text.slice(valueStart, end).replace(/\r$/, '');
  const value = raw.replace(/\\\r?\n[ \t]*/g, '').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  let offset = keyStart;
  for (const [index, segment] of segments.entries()) {
    const key = { name: segment, start: offset, end: offset + segment.length };
    offset += segment.length + 1;
    if (index < segments.length - 1) builder.open('object', key);
    else {
      builder.key(key);
      builder.scalar(key, value.trim(), valueStart, valueStart + raw.trimEnd().length);
    }
  }
  for (let index = 1; index < segments.length; index++) builder.close();
}
