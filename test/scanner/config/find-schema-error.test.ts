import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import { findSchemaError, SUPPORTED_SCHEMA_KEYWORDS, type RuleSchema } from '../../../src/scanner/config/find-schema-error.js';
import { RULE_NAMES } from '../../../src/scanner/types.js';

const schemaOf = (name: (typeof RULE_NAMES)[number]) => (plugin.rules[name].meta.schema as RuleSchema[])[0]!;

/** Every keyword used anywhere in a schema, walking it with an explicit stack. */
function getKeywords(schema: RuleSchema): Set<string> {
  const keywords = new Set<string>();
  const stack: RuleSchema[] = [schema];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const key of Object.keys(current)) keywords.add(key);
    if (current.items) stack.push(current.items);
    for (const property of Object.values(current.properties ?? {})) stack.push(property);
  }
  return keywords;
}

const SAMPLES: Record<(typeof RULE_NAMES)[number], unknown[]> = {
  'no-hardcoded-token': [
    {}, { envVariable: 'TOKEN' }, { envVariable: '1TOKEN' }, { envVariable: '' }, { envVariable: 5 },
    { allowedFingerprints: ['a'.repeat(64)] }, { allowedFingerprints: ['A'.repeat(64)] }, { allowedFingerprints: ['a'.repeat(64), 'a'.repeat(64)] },
    { allowedFingerprints: 'x' }, { other: 1 }, [], 'x', null,
  ],
  'no-user-supplied-token': [
    {}, { strict: true }, { strict: 1 }, { cliSources: 'off' }, { cliSources: 'on' },
    { extraSinks: [{ module: 'm' }] }, { extraSinks: [{ module: '' }] }, { extraSinks: [{}] }, { extraSinks: [{ module: 'm', argument: 0 }] },
    { extraSinks: [{ module: 'm', argument: -1 }] }, { extraSinks: [{ module: 'm', argument: 1.5 }] }, { extraSinks: [{ module: 'm', extra: 1 }] },
    { extraSinks: [{ module: 'm', name: 'n', property: 'p' }] }, { extraSinks: ['m'] }, { oauthTokenUrls: ['https://x'] }, { oauthTokenUrls: [''] },
  ],
  'no-token-solicitation': [
    {}, { contextScope: 'file' }, { contextScope: 'page' }, { additionalNouns: ['app secret'] }, { additionalNouns: ['x'] },
    { additionalNouns: ['ab', 'ab'] }, { additionalNouns: [1] }, { additionalNouns: 'ab' },
  ],
};

describe('findSchemaError', () => {
  it.each(RULE_NAMES)('%s: its schema uses only supported keywords', (name) => {
    expect(plugin.rules[name].meta.schema).toHaveLength(1);
    for (const keyword of getKeywords(schemaOf(name))) expect(SUPPORTED_SCHEMA_KEYWORDS).toContain(keyword);
  });

  it.each(RULE_NAMES)('%s: agrees with ajv on sample options', (name) => {
    const ajv = new Ajv({ strict: false, allErrors: false });
    const validate = ajv.compile(schemaOf(name));
    for (const sample of SAMPLES[name]) {
      expect({ sample, valid: findSchemaError(sample, schemaOf(name)) === undefined }).toEqual({ sample, valid: validate(sample) });
    }
  });

  it('throws on keywords it does not know, so a schema change cannot pass unchecked', () => {
    expect(() => findSchemaError('x', { type: 'string', maxLength: 3 } as RuleSchema)).toThrow(/maxLength/);
  });
});
