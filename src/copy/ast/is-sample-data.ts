import type { TSESTree } from '@typescript-eslint/utils';
import { SAMPLE_FILE_STEM_SOURCE, SAMPLE_FOLDER_SOURCE, isSampleDataName } from '../sample-data-names.js';
import { getStaticName } from './get-static-name.js';

/**
 * Files that hold sample data rather than shipped UI: Storybook stories, tests, mocks, fixtures
 * (`ConnectionCard.stories.jsx`, `api.mock.ts`, `__mocks__/client.js`).
 */
const SAMPLE_FILE = new RegExp(String.raw`${SAMPLE_FILE_STEM_SOURCE}\.[cm]?[jt]sx?$|${SAMPLE_FOLDER_SOURCE}`, 'i');
// Test doubles fed sample values: `fn.mockResolvedValue({ token: … })`, `vi.fn(() => …)`.
const SAMPLE_CALLEES = /^(?:mock(?:Resolved|Rejected|Return)?Value(?:Once)?|mockImplementation(?:Once)?|fn|spyOn)$/;
const MAX_DEPTH = 12;

export function isSampleDataFile(filename: string): boolean {
  return SAMPLE_FILE.test(filename);
}

/** Whether an object literal sits in sample data: under `args`, `mockConnection`, a mock call. */
export function isInSampleData(node: TSESTree.Node): boolean {
  let current: TSESTree.Node | undefined = node;
  for (let depth = 0; current && depth < MAX_DEPTH; depth += 1, current = current.parent) {
    switch (current.type) {
      case 'Property':
      case 'PropertyDefinition':
        if (isSampleDataName(getStaticName(current.key))) return true;
        break;
      case 'VariableDeclarator':
        return isSampleDataName(getStaticName(current.id));
      case 'CallExpression':
        if (SAMPLE_CALLEES.test(getStaticName(current.callee) ?? '')) return true;
        break;
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return current.parent.type === 'CallExpression' && SAMPLE_CALLEES.test(getStaticName(current.parent.callee) ?? '');
      case 'Program':
      case 'FunctionDeclaration':
        return false;
      default:
        break;
    }
  }
  return false;
}
