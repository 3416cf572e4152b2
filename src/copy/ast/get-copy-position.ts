import { isModuleOrTypeString } from '../../ast/is-module-or-type-string.js';
import type { TSESTree } from '@typescript-eslint/utils';
import { isCopyName, isCredentialValueName, isCredentialViewName, isTechnicalName } from '../copy-key-names.js';
import { getCalleeObjectName, getStaticName } from './get-static-name.js';
import { isCopyCalleeName } from '../copy-key-names.js';

export { isCredentialViewName };

/**
 * Where a string sits, as far as copy is concerned:
 * - `label`: shown to users as a label, prompt or message (JSX attribute `placeholder`, schema
 *   `displayName`, `alert(...)`, `t(...)`, an i18n catalog entry); bare nouns count here.
 * - `text`: any other string that might be shown; only full requests count.
 * - `jsx-child`: part of JSX children, judged with its siblings as one text.
 * - `none`: not copy (module paths, keys, comparisons, errors and logs for developers, tests).
 */
export type CopyPosition = 'label' | 'text' | 'jsx-child' | 'none';

// CLI builders whose first argument is a flag or command spec (`-t, --token <token>`,
// `access-token`), not copy; the description follows it.
const SPEC_FIRST_CALLEES = /^(?:option|requiredOption|Option|argument|Argument|positional|command)$/;
// Calls whose string arguments are for developers, tests or machines.
const NON_COPY_CALLEES =
  /^(?:require|import|RegExp|Symbol|assert|expect|test|it|describe|suite|includes|startsWith|endsWith|indexOf|lastIndexOf|match|matchAll|replace|replaceAll|split|search|getItem|setItem|removeItem|get|has|delete|set|fetch|post|put|patch|request|querySelector|querySelectorAll|getElementById|getElementsByName|addEventListener|removeEventListener|emit|on|once|invariant|assertNever|createHash|createHmac|readFile|readFileSync|writeFile|exec|execSync|spawn)$|^(?:get|query|find)(?:All)?By|^(?:[A-Z]\w*)?(?:Error|Exception)$/;
// Setters named after a copy key, on builders and widgets: Apps Script `newTextInput().setHelpText(…)`,
// discord.js `new TextInputBuilder().setLabel(…)`, `setPlaceholder`, `setTitle`.
const COPY_SETTERS =
  /^set(?:Label|Title|Placeholder|PlaceholderText|Hint|HelpText|HelperText|Description|Text|Tooltip|ToolTip|Caption|Prompt|Message|Subtitle|Heading|Legend|Instructions?)$/;
// `setName` is the name users see only on a builder that makes an input: `newTextInput().setName(…)`.
const NAME_SETTERS = /^set(?:Name|DisplayName)$/;
const INPUT_BUILDER = /Input|TextField|TextArea|Textarea/;
// Attribute setters whose first argument names the attribute the value goes to: jQuery
// `.attr('placeholder', …)`/`.prop`, DOM `setAttribute('aria-label', …)`.
const ATTRIBUTE_SETTERS = /^(?:attr|prop|setAttribute)$/;
const MAX_CHAIN = 16;
const LOGGER_OBJECTS = /^(?:console|logger|log|logging|winston|pino|bunyan|debug|Sentry|process)$/i;
// Tags of templates that hold code (SQL, GraphQL, CSS) rather than copy.
const COPY_TAGS = /^(?:t|i18n|msg|html|svg|trans|translate|gettext|markdown|md|dedent|outdent|stripIndent|stripIndents|oneLine)$/;

type Wrapper = TSESTree.Node & { parent: TSESTree.Node };

/** Expressions a string passes through unchanged on its way to where it is used. */
function isTransparentParent(child: TSESTree.Node, parent: TSESTree.Node): boolean {
  switch (parent.type) {
    case 'ConditionalExpression':
      return parent.test !== child;
    case 'LogicalExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'ChainExpression':
    case 'ArrayExpression':
    case 'SpreadElement':
    case 'AwaitExpression':
    case 'SequenceExpression':
      return true;
    case 'BinaryExpression':
      return parent.operator === '+';
    default:
      return false;
  }
}

/** `label` for copy names, `text` for names of a credential on display or anything else. */
function positionOfName(name: string | undefined): CopyPosition {
  return !isCredentialViewName(name) && isCopyName(name) ? 'label' : 'text';
}

export interface CopyPositionContext {
  /** Whether an object sits in an i18n catalog (whose values are all copy, whatever their keys). */
  isInCatalog: (node: TSESTree.Node) => boolean;
  /** Whether an object is sample data (story args, mocks, fixtures), whose credentials are dummies. */
  isSampleData?: (node: TSESTree.Node) => boolean;
}

/** Whether a method chain builds an input: `config.newTextInput().setId('token')`, `new TextInputBuilder()`. */
function isInputBuilderChain(callee: TSESTree.Node): boolean {
  let current: TSESTree.Node | undefined = callee;
  for (let depth = 0; current && depth < MAX_CHAIN; depth += 1) {
    switch (current.type) {
      case 'ChainExpression':
        current = current.expression;
        break;
      case 'MemberExpression':
        if (depth > 0 && INPUT_BUILDER.test(getStaticName(current.property) ?? '')) return true;
        current = current.object;
        break;
      case 'CallExpression':
      case 'NewExpression':
        current = current.callee;
        break;
      case 'Identifier':
        return INPUT_BUILDER.test(current.name);
      default:
        return false;
    }
  }
  return false;
}

function positionOfCallArgument(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node): CopyPosition {
  const name = getStaticName(call.callee);
  const objectName = getCalleeObjectName(call.callee);
  if (objectName !== undefined && LOGGER_OBJECTS.test(objectName)) return 'none';
  if (name !== undefined && NON_COPY_CALLEES.test(name)) return 'none';
  if (name !== undefined && SPEC_FIRST_CALLEES.test(name) && call.arguments[0] === argument) return 'none';
  if (name !== undefined && isCopyCalleeName(name)) return 'label';
  if (name !== undefined && COPY_SETTERS.test(name)) return 'label';
  if (name !== undefined && NAME_SETTERS.test(name) && isInputBuilderChain(call.callee)) return 'label';
  if (name !== undefined && ATTRIBUTE_SETTERS.test(name)) {
    const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
    if (index === 0) return 'none';
    return index === 1 ? positionOfName(getStaticName(call.arguments[0])) : 'text';
  }
  return 'text';
}

function positionOfAttribute(attribute: TSESTree.JSXAttribute): CopyPosition {
  const name = getStaticName(attribute.name);
  if (isCredentialViewName(name)) return 'text';
  return isCopyName(name) ? 'label' : 'none';
}

/**
 * Decides whether a string literal or template is user-facing copy. `context` tells whether an
 * object sits in an i18n catalog (whose values are all copy, whatever their keys) or in sample data.
 */
export function getCopyPosition(node: TSESTree.Node, { isInCatalog, isSampleData }: CopyPositionContext): CopyPosition {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (parent && isTransparentParent(child, parent)) {
    child = parent;
    parent = (parent as Wrapper).parent;
  }
  if (!parent) return 'text';
  switch (parent.type) {
    case 'JSXAttribute':
      return positionOfAttribute(parent);
    case 'JSXExpressionContainer':
      if (parent.parent.type === 'JSXAttribute') return positionOfAttribute(parent.parent);
      return parent.parent.type === 'JSXElement' || parent.parent.type === 'JSXFragment' ? 'jsx-child' : 'text';
    case 'Property': {
      if (parent.key === child) return 'none';
      const key = getStaticName(parent.key);
      if (isCredentialViewName(key)) return isInCatalog(parent.parent) ? 'label' : 'text';
      if (isCopyName(key)) return 'label';
      if (isTechnicalName(key)) return 'none';
      if (isInCatalog(parent.parent)) return 'label';
      if (isCredentialValueName(key) && isSampleData?.(parent.parent)) return 'none';
      return 'text';
    }
    case 'PropertyDefinition':
      if (parent.key === child) return 'none';
      return positionOfName(getStaticName(parent.key));
    case 'VariableDeclarator':
      return positionOfName(getStaticName(parent.id));
    case 'AssignmentExpression':
      return positionOfName(getStaticName(parent.left));
    case 'CallExpression':
    case 'NewExpression':
      return parent.callee === child ? 'none' : positionOfCallArgument(parent, child);
    case 'TaggedTemplateExpression': {
      const tag = getStaticName(parent.tag);
      return tag !== undefined && COPY_TAGS.test(tag) ? 'label' : 'none';
    }
    case 'ThrowStatement':
    case 'SwitchCase':
    case 'BinaryExpression':
    case 'TSPropertySignature':
    case 'MemberExpression':
    case 'ExpressionStatement':
    case 'MethodDefinition':
      return 'none';
    default:
      return isModuleOrTypeString(child) ? 'none' : 'text';
  }
}
