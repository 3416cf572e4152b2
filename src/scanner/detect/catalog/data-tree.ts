// The reading of a JSON or YAML file the copy detector needs: every object and array with what its
// own keys and values say about vendors, and the strings that might be copy, with their offsets.
// Readers feed it events (open, key, scalar, close), a container's contents between its open and
// close; nothing here recurses, and a container links only to its parent, so closed containers
// with no copy in them are garbage.
import { getContextVerdict, type ContextVerdict } from '../../../copy/has-intercom-context.js';
import type { MentionIndex } from './create-mention-index.js';
import { OPERATOR_DOCUMENT_SHAPES } from './data-key-names.js';
import { getKeyFacts, KEY_FACT } from './get-key-facts.js';
import { MAX_JUDGED_LENGTH } from './judge-copy.js';

export type ContainerKind = 'object' | 'array';

export interface DataContainer {
  kind: ContainerKind;
  parent: DataContainer | undefined;
  /** The outermost container of the document. */
  root: DataContainer;
  /** The key this container sits under in its parent object; undefined in arrays and at the root. */
  key: string | undefined;
  /** Which vendor that key names (`intercom` for `intercom:` or `intercomSettings`). */
  keyContext: ContextVerdict;
  /** The nearest key through arrays: the key that positions strings held in this array. */
  copyKey: string | undefined;
  /** Vendor mentions in the container's own keys and scalar strings (an array: also its object elements'). */
  intercom: number;
  other: number;
  /** `KEY_FACT` bits of the container's own keys. */
  keyFacts: number;
  /** For a document root: bits of `OPERATOR_DOCUMENT_SHAPES` keys among its own keys. */
  rootKeys: number;
  /** Under a key named like a catalog or a language (`messages`, `translations`, `en`). */
  inCatalog: boolean;
  /** Under an operator section (`env`, `securitySchemes`) or an environment variable's name. */
  operator: boolean;
  /** Under a sample-data key (`args`, `mockUser`, `examples`). */
  sample: boolean;
  /** Translator metadata (ARB `@key` entries): never shown to users. */
  metadata: boolean;
  /** Memo of the context resolver. */
  context?: 'intercom' | 'other' | 'unknown';
}

export interface DataLeaf {
  text: string;
  /** `[start, end)` of the string in the file: quotes included for quoted strings. */
  start: number;
  end: number;
  /** The key the string sits under; undefined in arrays. */
  key: string | undefined;
  /** Which vendor that key names. */
  keyContext: ContextVerdict;
  container: DataContainer | undefined;
}

export interface DataStats {
  strings: number;
  /** Strings examined for prose (the first few thousand say enough). */
  proseChecked: number;
  /** Of those, strings that read like prose: words, sentences, capitalised labels. */
  prose: number;
  /** Numbers, booleans, nulls. */
  others: number;
  keys: number;
  /** Keys that field definitions or machines use (`type`, `required`, `secret`, `id`, `url`, `kind`). */
  technicalKeys: number;
}

export interface DataTree {
  leaves: DataLeaf[];
  stats: DataStats;
}

/** A key as written in the file: its text and where it is (`[start, end)`). */
export interface KeyRef {
  name: string;
  start: number;
  end: number;
}

export interface DataTreeBuilder {
  /** A key of the current object. */
  key(key: KeyRef): void;
  open(kind: ContainerKind, key: KeyRef | undefined): void;
  close(): void;
  /** A scalar value; `text` undefined for non-strings (numbers, booleans, null). */
  scalar(key: KeyRef | undefined, text: string | undefined, start: number, end: number): void;
  finish(): DataTree;
}

const ROOT_KEY_BITS: ReadonlyMap<string, number> = new Map(
  [...new Set(OPERATOR_DOCUMENT_SHAPES.flat())].map((name, index) => [name, 1 << index] as const),
);
const SHAPE_MASKS = OPERATOR_DOCUMENT_SHAPES.map((shape) =>
  shape.reduce((mask, name) => mask | (ROOT_KEY_BITS.get(name) ?? 0), 0),
);
// Prose: a letter, and a space between words, a capital start or a letter of a non-Latin script
// (Japanese copy has no spaces). Not a URL.
const HAS_LETTER = /\p{L}/u;
const PROSE_SIGN = /\S\s+\S|^\p{Lu}|(?=\p{L})\P{Script=Latin}/u;
const URL_LIKE = /^[a-z][\w+.-]*:\/\//i;

// Enough of a string to tell prose from an identifier, and enough strings to tell a catalog.
const PROSE_SAMPLE_LENGTH = 200;
const MAX_PROSE_CHECKS = 10_000;

function isProse(text: string): boolean {
  const sample = text.length > PROSE_SAMPLE_LENGTH ? text.slice(0, PROSE_SAMPLE_LENGTH) : text;
  return HAS_LETTER.test(sample) && PROSE_SIGN.test(sample) && !URL_LIKE.test(sample);
}

/** Whether a document root's own keys make it operator configuration (a manifest, workflow, template). */
export function isOperatorDocument(root: DataContainer): boolean {
  return SHAPE_MASKS.some((mask) => (root.rootKeys & mask) === mask);
}

/**
 * A builder that keeps only strings `keep` accepts as leaves (the cheap "could this be copy?"
 * test) while counting, from the file's mention index, the vendors every key and string names.
 */
export function createDataTreeBuilder(keep: (text: string) => boolean, mentions: MentionIndex): DataTreeBuilder {
  const leaves: DataLeaf[] = [];
  const stats: DataStats = { strings: 0, proseChecked: 0, prose: 0, others: 0, keys: 0, technicalKeys: 0 };
  let current: DataContainer | undefined;

  const getKeyContext = (key: KeyRef | undefined): ContextVerdict =>
    key === undefined ? 'none' : getContextVerdict(mentions.count(key.start, key.end));

  function close(): void {
    const closed = current;
    if (!closed) return;
    current = closed.parent;
    // Sibling fields of one form or schema share its context: an array's own text includes
    // the keys and values of its object elements.
    if (current?.kind === 'array' && closed.kind === 'object') {
      current.intercom += closed.intercom;
      current.other += closed.other;
    }
  }

  return {
    key({ name, start, end }) {
      stats.keys += 1;
      const facts = getKeyFacts(name);
      if ((facts & KEY_FACT.technical) !== 0) stats.technicalKeys += 1;
      if (!current) return;
      current.keyFacts |= facts;
      if (current.parent === undefined) current.rootKeys |= ROOT_KEY_BITS.get(name) ?? 0;
      mentions.addTo(current, start, end);
    },
    open(kind, keyRef) {
      const parent = current;
      const key = keyRef?.name;
      const facts = key === undefined ? 0 : getKeyFacts(key);
      const container: DataContainer = {
        kind,
        parent,
        root: undefined as unknown as DataContainer,
        key,
        keyContext: getKeyContext(keyRef),
        copyKey: key ?? (parent?.kind === 'array' ? parent.copyKey : undefined),
        intercom: 0,
        other: 0,
        keyFacts: 0,
        rootKeys: 0,
        inCatalog: (parent?.inCatalog ?? false) || (facts & KEY_FACT.catalog) !== 0,
        operator: (parent?.operator ?? false) || (facts & KEY_FACT.operator) !== 0,
        sample: (parent?.sample ?? false) || (facts & KEY_FACT.sample) !== 0,
        metadata: (parent?.metadata ?? false) || (facts & KEY_FACT.metadata) !== 0,
      };
      container.root = parent?.root ?? container;
      current = container;
    },
    close,
    scalar(key, text, start, end) {
      if (text === undefined) {
        stats.others += 1;
        return;
      }
      stats.strings += 1;
      if (stats.proseChecked < MAX_PROSE_CHECKS) {
        stats.proseChecked += 1;
        if (isProse(text)) stats.prose += 1;
      }
      if (current) mentions.addTo(current, start, end);
      if (text.length > MAX_JUDGED_LENGTH || !keep(text)) return;
      leaves.push({ text, start, end, key: key?.name, keyContext: getKeyContext(key), container: current });
    },
    finish() {
      while (current) close();
      return { leaves, stats };
    },
  };
}
