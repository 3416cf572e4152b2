// Rule options are checked against each rule's own JSON schema, so the config file and ESLint
// agree on what is valid. ajv is only a dev dependency; this covers the keywords the plugin's
// schemas use (a test fails if a schema starts using another). Recursion follows the schema,
// which is a few levels deep, never the depth of the user's value.
import { getQuotedText } from './get-quoted-text.js';

/** The part of JSON schema the plugin's rule schemas use (SUPPORTED_SCHEMA_KEYWORDS). */
export interface RuleSchema {
  type?: string | string[];
  enum?: unknown[];
  items?: RuleSchema;
  properties?: Record<string, RuleSchema>;
  additionalProperties?: boolean;
  required?: string[];
  minLength?: number;
  minimum?: number;
  uniqueItems?: boolean;
  pattern?: string;
  description?: string;
}

export interface SchemaError {
  /** Key path below the validated value: `.extraSinks[0].module`, or '' for the value itself. */
  path: string;
  /** What was expected, for people: `expected a string`. */
  expected: string;
}

export const SUPPORTED_SCHEMA_KEYWORDS: readonly string[] = [
  'type', 'enum', 'items', 'properties', 'additionalProperties', 'required', 'minLength', 'minimum',
  'uniqueItems', 'pattern', 'description',
];

const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  boolean: 'true or false',
  integer: 'an integer',
  number: 'a number',
  null: 'null',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Formats an object key for a path: `.name`, or `["odd key"]`. */
export function getKeyPath(key: string): string {
  return /^[A-Za-z_$][\w$]{0,59}$/.test(key) ? `.${key}` : `[${getQuotedText(key)}]`;
}

/** The first way `value` breaks `schema`, or undefined when it conforms. */
export function findSchemaError(value: unknown, schema: RuleSchema, path = ''): SchemaError | undefined {
  for (const keyword of Object.keys(schema)) {
    if (!SUPPORTED_SCHEMA_KEYWORDS.includes(keyword)) throw new Error(`Unsupported JSON schema keyword "${keyword}" in a rule schema`);
  }
  const fail = (expected: string, at = path): SchemaError => ({ path: at, expected });

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => hasType(value, type))) return fail(`expected ${types.map((t) => TYPE_NAMES[t] ?? t).join(' or ')}`);
  }
  if (schema.enum !== undefined && !schema.enum.some((option) => option === value)) {
    return fail(`expected one of ${schema.enum.map((option) => JSON.stringify(option)).join(', ')}`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      return fail(schema.minLength === 1 ? 'expected a non-empty string' : `expected a string of at least ${schema.minLength} characters`);
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return fail(`expected a string matching /${schema.pattern}/`);
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) return fail(`expected a number >= ${schema.minimum}`);

  if (Array.isArray(value)) {
    if (schema.uniqueItems === true) {
      const seen = new Map<string, number>();
      for (const [index, item] of value.entries()) {
        const key = JSON.stringify(item);
        const first = seen.get(key);
        if (first !== undefined) return fail(`duplicate of [${first}]; expected unique items`, `${path}[${index}]`);
        seen.set(key, index);
      }
    }
    if (isObject(schema.items)) {
      for (const [index, item] of value.entries()) {
        const error = findSchemaError(item, schema.items, `${path}[${index}]`);
        if (error) return error;
      }
    }
  }

  if (isObject(value)) {
    const properties = schema.properties ?? {};
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(value, name)) return fail(`missing; expected ${TYPE_NAMES[String(properties[name]?.type)] ?? 'a value'}`, `${path}${getKeyPath(name)}`);
    }
    for (const [key, item] of Object.entries(value)) {
      const propertySchema = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (propertySchema) {
        const error = findSchemaError(item, propertySchema, `${path}${getKeyPath(key)}`);
        if (error) return error;
      } else if (schema.additionalProperties === false) {
        return fail(`unknown option; expected one of ${Object.keys(properties).join(', ')}`, `${path}${getKeyPath(key)}`);
      }
    }
  }
  return undefined;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}
