import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ANY_KEY } from './ast-types.js';
import { getConstantInit } from './get-constant-init.js';
import { getMemberKey } from './get-static-key.js';
import { getUnwrappedExpression } from './get-unwrapped-expression.js';
import { getVariable, isGlobalReference } from './get-variable.js';

/** A value reached from a module: `import { A } from 'm'; A.b` → `{ module: 'm', path: ['A', 'b'] }`. */
export interface ImportOrigin {
  module: string;
  path: string[];
}

const MAX_DEPTH = 8;

// Default and namespace imports both stand for the module object (CommonJS interop), so a
// `default` step is dropped: `import I from 'm'; I.Client` ≡ `require('m').Client`.
function join(origin: ImportOrigin | undefined, path: readonly string[]): ImportOrigin | undefined {
  if (!origin || path.includes(ANY_KEY)) return undefined;
  return { module: origin.module, path: [...origin.path, ...path.filter((key) => key !== 'default')] };
}

/**
 * `npm:intercom-client@6` (Deno) and `https://esm.sh/intercom-client@6` name the npm package;
 * `jsr:@std/cli@1/parse-args` and `https://deno.land/std@0.224.0/cli/parse_args.ts` name the
 * JSR module `@std/cli/parse-args` (`…/flags/mod.ts` is `@std/flags`).
 */
function normalizeModuleName(specifier: string): string {
  const jsr = /^jsr:\/?((?:@[^/@]+\/)?[^/@]+)(?:@[^/]*)?(\/.*)?$/.exec(specifier);
  if (jsr) return jsr[1]! + (jsr[2] ?? '');
  const std = /^https:\/\/deno\.land\/std(?:@[^/]*)?\/([\w-]+)\/([\w-]+)\.[jt]s$/.exec(specifier);
  if (std) return `@std/${std[1]!}${std[2] === 'mod' ? '' : `/${std[2]!.replace(/_/g, '-')}`}`;
  const bare = specifier.replace(/^npm:/, '').replace(/^https:\/\/(?:esm\.sh|cdn\.skypack\.dev|esm\.run|jspm\.dev)\//, '');
  if (bare === specifier) return specifier;
  const match = /^((?:@[^/@]+\/)?[^/@]+)(?:@[^/]*)?/.exec(bare);
  return match ? match[1]! : bare;
}

function getModuleName(node: TSESTree.Node | undefined): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return normalizeModuleName(node.value);
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) {
    const text = node.quasis[0]?.value.cooked;
    return text == null ? undefined : normalizeModuleName(text);
  }
  return undefined;
}

function getRequiredModule(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): string | undefined {
  const expr = getUnwrappedExpression(node);
  if (expr.type === 'AwaitExpression') return getRequiredModule(sourceCode, expr.argument);
  if (expr.type === 'ImportExpression') return getModuleName(expr.source);
  if (expr.type === 'CallExpression' && isGlobalReference(sourceCode, expr.callee, 'require')) {
    return getModuleName(expr.arguments[0]);
  }
  return undefined;
}

function getIdentifierOrigin(
  sourceCode: TSESLint.SourceCode,
  identifier: TSESTree.Identifier,
  depth: number,
): ImportOrigin | undefined {
  const variable = getVariable(sourceCode, identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return undefined;
  if (def.type === 'ImportBinding') {
    const declaration = def.parent;
    if (declaration?.type === 'ImportDeclaration') {
      const specifier = def.node;
      const path =
        specifier.type === 'ImportSpecifier'
          ? [specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value)]
          : [];
      return join({ module: normalizeModuleName(declaration.source.value), path: [] }, path);
    }
    if (def.node.type === 'TSImportEqualsDeclaration' && def.node.moduleReference.type === 'TSExternalModuleReference') {
      const module = getModuleName(def.node.moduleReference.expression);
      return module === undefined ? undefined : { module, path: [] };
    }
    return undefined;
  }
  const constant = getConstantInit(sourceCode, identifier);
  return constant && join(getImportOriginAt(sourceCode, constant.node, depth + 1), constant.path);
}

function getImportOriginAt(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, depth: number): ImportOrigin | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expr = getUnwrappedExpression(node);
  const required = getRequiredModule(sourceCode, expr);
  if (required !== undefined) return { module: required, path: [] };
  if (expr.type === 'AwaitExpression') return getImportOriginAt(sourceCode, expr.argument, depth + 1);
  if (expr.type === 'Identifier') return getIdentifierOrigin(sourceCode, expr, depth);
  if (expr.type === 'MemberExpression') {
    return join(getImportOriginAt(sourceCode, expr.object, depth + 1), [getMemberKey(expr)]);
  }
  return undefined;
}

/**
 * Which module (and export path) an expression comes from, through `import`, `require`,
 * `await import()`, destructuring and constant aliases. Matching sinks by import source means a
 * local class that happens to be called `IntercomClient` is never taken for the SDK.
 */
export function getImportOrigin(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): ImportOrigin | undefined {
  return getImportOriginAt(sourceCode, node, 0);
}
