// Key names that tell what a JSON/YAML object is: a field definition, an operator's setting, a
// translator's note, a deployment manifest. Data only; the engine reads them through `getKeyRoles`.

/** Bits of `DataContainer.keyRoles`. */
export const KEY_ROLE = {
  /** A sibling key that only a field or input definition has (`type`, `required`, `secret`, `ui:widget`). */
  field: 1 << 0,
  /** A message key (`message`, `defaultMessage`): its `description` is a note for translators. */
  message: 1 << 1,
} as const;

// Keys of a property/field/input definition in form schemas, JSON Schema, credential and connector
// specs (n8n `typeOptions`, Airbyte `airbyte_secret`, Pipedream `secret`, rjsf `ui:widget`).
const FIELD_KEYS = [
  'type', 'required', 'optional', 'secret', 'sensitive', 'password', 'isSecret', 'is_secret', 'encrypted',
  'airbyte_secret', 'x-secret', 'x-sensitive', 'writeOnly', 'widget', 'ui:widget', 'inputType', 'input_type',
  'inputMode', 'typeOptions', 'minLength', 'maxLength', 'pattern', 'format', 'validation', 'validate',
  'autocomplete', 'mask', 'control', 'fieldType', 'field_type',
];
const MESSAGE_KEYS = ['message', 'defaultMessage', 'translation', 'string'];

const ROLES: ReadonlyMap<string, number> = new Map([
  ...FIELD_KEYS.map((name) => [name, KEY_ROLE.field] as const),
  ...MESSAGE_KEYS.map((name) => [name, KEY_ROLE.message] as const),
]);

/**
 * Root keys that together make a document operator configuration, whatever the file is called:
 * a Kubernetes manifest, a GitHub Action or workflow, CloudFormation/SAM, Serverless, Compose.
 */
export const OPERATOR_DOCUMENT_SHAPES: readonly (readonly string[])[] = [
  ['apiVersion', 'kind'],
  ['runs', 'inputs'],
  ['on', 'jobs'],
  ['AWSTemplateFormatVersion'],
  ['Resources', 'Transform'],
  ['service', 'provider'],
  ['services', 'version'],
  ['services', 'volumes'],
  ['services', 'networks'],
];

/**
 * Sections that hold operators' settings, outside catalogs: environment variable definitions
 * (Heroku `env`, Compose `environment`) and API security schemes (OpenAPI `securitySchemes`).
 * Their descriptions tell whoever deploys the app where to put their own token.
 */
export const OPERATOR_SECTIONS: ReadonlySet<string> = new Set([
  'env', 'environment', 'envVars', 'env_vars', 'env_variables', 'environmentVariables', 'environment_variables', 'secrets',
  'securitySchemes', 'securityDefinitions',
]);

/**
 * Keys whose values are field definitions: JSON Schema `properties`, Zapier `fields`, n8n
 * `properties`, Pipedream `props`/`propDefinitions`, Make `parameters`, GitHub-style `inputs`.
 */
export const FIELD_CONTAINER_KEYS: ReadonlySet<string> = new Set([
  'properties', 'fields', 'formFields', 'form_fields', 'inputFields', 'input_fields', 'inputs', 'parameters',
  'params', 'props', 'propDefinitions', 'credentials', 'auth_fields', 'authFields', 'settings', 'questions',
  'prompts', 'controls', 'uiSchema', 'ui_schema', 'connection_fields', 'connectionFields',
]);

// Keys that say their value labels a field whatever object holds them: `label`, `tokenLabel`,
// `token_label`, `ui:label`, `aria-label`, `displayName`.
const LABEL_KEY = /^(?:[\w-]*[:_-])?label$|[a-z0-9]Label$|^display_?[nN]ame$/;

// An environment variable name as a key: `INTERCOM_TOKEN: { description: … }` (Heroku app.json).
const ENV_VAR_KEY = /^[A-Z][A-Z0-9]*_[A-Z0-9_]*$/;

/** The roles a key gives the object holding it (`KEY_ROLE` bits). */
export function getKeyRoles(name: string): number {
  return ROLES.get(name) ?? 0;
}

export function isLabelKey(name: string): boolean {
  return LABEL_KEY.test(name);
}

export function isEnvVarKey(name: string): boolean {
  return ENV_VAR_KEY.test(name);
}
