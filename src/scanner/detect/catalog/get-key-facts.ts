// What a key says about the value under it, as bits, remembered per name: data files repeat the
// same few keys thousands of times, and every one of them is asked about.
import { isCatalogName, isLanguageKey } from '../../../copy/catalog-names.js';
import { isTechnicalName } from '../../../copy/copy-key-names.js';
import { isSampleDataName } from '../../../copy/sample-data-names.js';
import { getKeyRoles, isEnvVarKey, KEY_ROLE, OPERATOR_SECTIONS } from './data-key-names.js';

export const KEY_FACT = {
  /** `KEY_ROLE.field`: only field definitions have it. */
  field: KEY_ROLE.field,
  /** `KEY_ROLE.message`: a message next to a translator's note. */
  message: KEY_ROLE.message,
  /** For machines (`id`, `type`, `url`) or fields: a sign the file is not a catalog. */
  technical: 1 << 8,
  /** Names a catalog or a language (`messages`, `translations`, `en`, `pt-BR`). */
  catalog: 1 << 9,
  /** Names sample data (`args`, `mockUser`, `examples`). */
  sample: 1 << 10,
  /** An operator section (`env`, `securitySchemes`) or an environment variable's name. */
  operator: 1 << 11,
  /** Translator metadata (ARB `@key`). */
  metadata: 1 << 12,
} as const;

const MAX_CACHED = 20_000;
const cache = new Map<string, number>();

function computeKeyFacts(name: string): number {
  const roles = getKeyRoles(name);
  let facts = roles;
  if (roles !== 0 || isTechnicalName(name)) facts |= KEY_FACT.technical;
  if (isCatalogName(name) || isLanguageKey(name)) facts |= KEY_FACT.catalog;
  if (isSampleDataName(name)) facts |= KEY_FACT.sample;
  if (OPERATOR_SECTIONS.has(name) || isEnvVarKey(name)) facts |= KEY_FACT.operator;
  if (name.startsWith('@')) facts |= KEY_FACT.metadata;
  return facts;
}

/** The `KEY_FACT` bits of a key name. */
export function getKeyFacts(name: string): number {
  let facts = cache.get(name);
  if (facts === undefined) {
    facts = computeKeyFacts(name);
    if (cache.size < MAX_CACHED) cache.set(name, facts);
  }
  return facts;
}
