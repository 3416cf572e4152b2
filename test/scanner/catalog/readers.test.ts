import { describe, expect, it } from 'vitest';
import type { DataTreeBuilder, KeyRef } from '../../../src/scanner/detect/catalog/data-tree.js';
import { findYamlRegions } from '../../../src/scanner/detect/catalog/find-yaml-regions.js';
import { getDataFileRole } from '../../../src/scanner/detect/catalog/get-data-file-role.js';
import { decodeJsonString, readJsonTree } from '../../../src/scanner/detect/catalog/read-json-tree.js';
import { readYamlTree } from '../../../src/scanner/detect/catalog/read-yaml-tree.js';

/** A builder that writes down what a reader tells it: `{key`, `[`, `]`, `key=value@start-end`. */
function record(read: (builder: DataTreeBuilder) => void, text: string): string[] {
  const events: string[] = [];
  const name = (key: KeyRef | undefined) => (key ? `${key.name}@${text.slice(key.start, key.end)}` : '');
  read({
    key: () => {},
    open: (kind, key) => events.push(`${name(key)}${kind === 'object' ? '{' : '['}`),
    close: () => events.push('}'),
    scalar: (key, value, start, end) => events.push(`${key?.name ?? ''}=${value ?? '#'}@${text.slice(start, end)}`),
    finish: () => ({ leaves: [], stats: { strings: 0, proseChecked: 0, prose: 0, others: 0, keys: 0, technicalKeys: 0 } }),
  });
  return events;
}

describe('readJsonTree', () => {
  it('records keys, values and their source ranges', () => {
    const text = '{"a": "x", "b": [1, "y", {"c": null}], "d": {}}';
    expect(record((builder) => readJsonTree(text, builder), text)).toEqual([
      '{',
      'a=x@"x"',
      'b@"b"[',
      '=#@1',
      '=y@"y"',
      '{',
      'c=#@null',
      '}',
      '}',
      'd@"d"{',
      '}',
      '}',
    ]);
  });

  it('tolerates comments, trailing commas, single quotes, unquoted keys and several roots', () => {
    const text = "// head\n{ a: 'x', /* b: 'no' */ c: \"y\", # hash\n }\n[\"z\",]";
    expect(record((builder) => readJsonTree(text, builder), text)).toEqual([
      '{',
      "a=x@'x'",
      'c=y@"y"',
      '}',
      '[',
      '=z@"z"',
      '}',
    ]);
  });

  it('decodes JSON and JSON5 escapes', () => {
    expect(decodeJsonString('a\\"b\\\\c\\n\\u00e9\\x41\\\nd\\q')).toBe('a"b\\c\né' + 'Ad' + 'q');
  });
});

describe('readYamlTree', () => {
  it('records keys, scalars and ranges of every document', () => {
    const text = 'a: x\nb:\n  - "y"\n  - c: 1\n---\nd: >-\n  folded\n  text\n';
    expect(record((builder) => readYamlTree(text, builder), text)).toEqual([
      '{',
      'a=x@x',
      'b@b[',
      '=y@"y"',
      '{',
      'c=#@1',
      '}',
      '}',
      '}',
      '{',
      'd=folded text@>-\n  folded\n  text',
      '}',
    ]);
  });

  it('cuts documents at --- lines and estimates nesting from indentation, compact nodes and brackets', () => {
    const regions = findYamlRegions('a: 1\n---\nb:\n  c:\n    - - - d\n---\n[[[x]]]\n');
    expect(regions.map((region) => [region.depth, region.flowStart >= 0])).toEqual([
      [2, false],
      [6, false],
      [4, true],
    ]);
  });
});

describe('getDataFileRole', () => {
  it.each([
    'src/locales/en.json',
    'public/locales/pt-BR/translation.json',
    'config/locales/es.yml',
    'config/locales/devise.fr.yml',
    'src/i18n/de.yaml',
    'translations/messages.ja.yaml',
    'lib/l10n/app_en.arb',
    'extension/_locales/en/messages.json',
    'src/messages.fr.json',
    'src/fr.json',
    'languages/my-plugin-es_ES.po',
  ])('%s is a catalog', (path) => expect(getDataFileRole(path)).toBe('catalog'));

  it.each([
    'package.json',
    'packages/a/package.json',
    'tsconfig.base.json',
    'composer.json',
    'app.json',
    'action.yml',
    '.github/actions/sync/action.yaml',
    '.github/workflows/ci.yml',
    'docker-compose.override.yml',
    'compose.yaml',
    'charts/intercom/values.yaml',
    'deploy/values-prod.yaml',
    'k8s/deployment.yaml',
    'serverless.yml',
    '.gitlab-ci.yml',
    'C:\\repo\\.circleci\\config.yml',
  ])('%s is operator configuration', (path) => expect(getDataFileRole(path)).toBe('operator'));

  it.each(['schemas/connection.schema.json', 'credentials/IntercomApi.credentials.json', 'components/app.json', '.github/ISSUE_TEMPLATE/bug.yml', 'src/forms/ui.json'])(
    '%s is data',
    (path) => expect(getDataFileRole(path)).toBe('data'),
  );
});
