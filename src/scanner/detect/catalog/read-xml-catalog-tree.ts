// XML message catalogs read into the same tree as JSON and YAML: .NET `.resx`
// (`<data name="TokenLabel"><value>…</value></data>`), XLIFF (`<trans-unit id="…"><source>…`
// `<target>…`) and Android `strings.xml` (`<string name="…">…</string>`). One linear pass.
import { decodeHtmlEntities } from '../../../copy/normalize-copy.js';
import type { DataTreeBuilder } from './data-tree.js';

// Attributes and tags hold no `<` in XML (it must be `&lt;`): excluding it keeps each attempt
// inside one tag, so runs of `<data ` or `<` cost linear time, not 1000 or 200 characters apiece.
const ENTRY = /<(data|trans-unit|string)\b([^<>]{0,1000})>/g;
const NAME = /\b(?:name|id|resname)\s*=\s*"([^"]{1,300})"/;
const TEXT_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  data: ['value', 'comment'],
  'trans-unit': ['source', 'target'],
  string: [],
};

export function readXmlCatalogTree(text: string, builder: DataTreeBuilder): void {
  builder.open('object', undefined);
  ENTRY.lastIndex = 0;
  for (let open = ENTRY.exec(text); open; open = ENTRY.exec(text)) {
    const element = open[1]!;
    const attributes = open[2] ?? '';
    const named = NAME.exec(attributes);
    const name = named?.[1];
    const close = text.indexOf(`</${element}>`, ENTRY.lastIndex);
    if (!named || name === undefined || close < 0) continue;
    // The value inside the name attribute, not the first place the same letters occur in the tag.
    const nameStart = open.index + open[0].indexOf(attributes) + named.index + named[0].lastIndexOf(name);
    const key = { name, start: nameStart, end: nameStart + name.length };
    const children = TEXT_ELEMENTS[element]!;
    if (children.length === 0) {
      scalar(text, ENTRY.lastIndex, close, key, builder);
    } else {
      builder.open('object', key);
      for (const child of children) {
        // A .resx <comment> is a note to translators, never shown: skipped.
        if (child === 'comment') continue;
        const from = text.indexOf(`<${child}`, ENTRY.lastIndex);
        if (from < 0 || from > close) continue;
        const contentStart = text.indexOf('>', from) + 1;
        const contentEnd = text.indexOf(`</${child}>`, contentStart);
        if (contentStart <= 0 || contentEnd < 0 || contentEnd > close) continue;
        scalar(text, contentStart, contentEnd, { name: child, start: from + 1, end: from + 1 + child.length }, builder);
      }
      builder.close();
    }
    ENTRY.lastIndex = close;
  }
  builder.close();
}

function scalar(text: string, start: number, end: number, key: { name: string; start: number; end: number }, builder: DataTreeBuilder): void {
  const raw = text.slice(start, end);
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  const value = cdata ? cdata[1]! : decodeHtmlEntities(raw.replace(/<[^<>]{0,200}>/g, ' '));
  const lead = raw.length - raw.trimStart().length;
  builder.key(key);
  builder.scalar(key, value.trim(), start + lead, start + raw.trimEnd().length);
}
