// Reads a YAML stream (all its documents) into the copy detector's data tree with the `yaml`
// package, walking its nodes with an explicit stack. Documents too deeply nested or too large for
// the package are read with the JSON reader when they are flow style (JSON is YAML), else skipped. Aliases are
// not followed: the anchored node is read where it is defined.
import { createRequire } from 'node:module';
import type { Node, Pair } from 'yaml';

// Loaded on the first YAML file: most scans (and every pre-commit run without one) never need it.
const require = createRequire(import.meta.url);
let yaml: typeof import('yaml') | undefined;
const loadYaml = () => (yaml ??= require('yaml') as typeof import('yaml'));
import type { DataTreeBuilder, KeyRef } from './data-tree.js';
import { findYamlRegions } from './find-yaml-regions.js';
import { readJsonTree } from './read-json-tree.js';

// Far deeper than any real document, far shallower than what overflows the package's recursion.
const MAX_YAML_DEPTH = 128;
// The package reads about a megabyte a second (less in long quoted scalars): larger documents are
// beyond any real catalog or spec, and not handed to it.
const MAX_YAML_DOCUMENT_LENGTH = 4_000_000;
const PARSE_OPTIONS = {
  // The package checks keys pairwise: quadratic in a large mapping. Duplicates don't matter here.
  uniqueKeys: false,
  prettyErrors: false,
  strict: false,
  logLevel: 'silent',
} as const;

type Item = { node: Node; key: KeyRef | undefined; offset: number } | 'close';

/** A scalar key with its place in the file; complex keys (maps, sequences) are not names. */
function getKeyRef(key: unknown, offset: number): KeyRef | undefined {
  if (!loadYaml().isScalar(key) || !key.range || key.value === null || key.value === undefined) return undefined;
  return { name: String(key.value), start: key.range[0] + offset, end: key.range[1] + offset };
}

/** Feeds a scalar or pushes a collection; aliases and empty values are skipped. */
function visitValue(text: string, node: unknown, key: KeyRef | undefined, offset: number, builder: DataTreeBuilder, stack: Item[]): void {
  if (loadYaml().isScalar(node)) {
    const range = node.range;
    if (!range) return;
    const start = range[0] + offset;
    // A block scalar's range takes in the line break after it: end the finding on its last line.
    let end = range[1] + offset;
    while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
    builder.scalar(key, typeof node.value === 'string' ? node.value : undefined, start, end);
  } else if (loadYaml().isMap(node) || loadYaml().isSeq(node)) {
    stack.push({ node, key, offset });
  }
  // Aliases are read where their anchor is defined.
}

function readDocument(text: string, contents: unknown, offset: number, builder: DataTreeBuilder): void {
  const stack: Item[] = [];
  visitValue(text, contents, undefined, offset, builder, stack);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'close') {
      builder.close();
      continue;
    }
    const { node } = item;
    stack.push('close');
    if (loadYaml().isMap(node)) {
      builder.open('object', item.key);
      for (const pair of node.items as Pair[]) {
        const key = getKeyRef(pair.key, offset);
        if (key !== undefined) builder.key(key);
        visitValue(text, pair.value, key, offset, builder, stack);
      }
    } else if (loadYaml().isSeq(node)) {
      builder.open('array', item.key);
      for (const element of node.items) visitValue(text, element, undefined, offset, builder, stack);
    }
  }
}

/** Feeds `builder` every document of a YAML stream; never throws on malformed input. */
export function readYamlTree(text: string, builder: DataTreeBuilder): void {
  for (const region of findYamlRegions(text)) {
    if (region.depth > MAX_YAML_DEPTH || region.end - region.start > MAX_YAML_DOCUMENT_LENGTH) {
      if (region.flowStart >= 0) readJsonTree(text, builder, region.flowStart, region.end);
      continue;
    }
    let documents;
    try {
      documents = loadYaml().parseAllDocuments(text.slice(region.start, region.end), PARSE_OPTIONS);
    } catch {
      continue;
    }
    // Each document is read as far as the package could compose it, errors or not.
    for (const document of documents) readDocument(text, document.contents, region.start, builder);
  }
}
