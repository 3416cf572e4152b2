// Every place in the package's source that makes a regex, read with the TypeScript compiler (not
// grep, which cannot tell a regex literal from a division or a comment).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import fg from 'fast-glob';
import ts from 'typescript';

export interface RegexSite {
  /** Repository-relative path, `/`-separated. */
  file: string;
  line: number;
  /** The call or literal as written, whitespace collapsed, for messages and the review list. */
  code: string;
  /** `undefined` when the pattern is computed at run time and cannot be read here. */
  source?: string;
  flags?: string;
  kind: 'literal' | 'constant-call' | 'schema-pattern' | 'dynamic-call';
}

/** A string the compiler can read without running anything: '…', `…` and String.raw`…`. */
function getConstantString(node: ts.Expression | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTaggedTemplateExpression(node) && ts.isNoSubstitutionTemplateLiteral(node.template) && node.tag.getText() === 'String.raw') {
    return node.template.rawText;
  }
  if (ts.isParenthesizedExpression(node)) return getConstantString(node.expression);
  return undefined;
}

const isRegExpCallee = (node: ts.Expression): boolean =>
  (ts.isIdentifier(node) && node.text === 'RegExp') ||
  (ts.isPropertyAccessExpression(node) && node.name.text === 'RegExp' && ['globalThis', 'window', 'global'].includes(node.expression.getText()));

function findInFile(path: string, root: string): RegexSite[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const name = relative(root, path).split('\\').join('/');
  const sites: RegexSite[] = [];
  const add = (node: ts.Node, site: Omit<RegexSite, 'file' | 'line' | 'code'>) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    sites.push({ file: name, line, code: node.getText(file).replace(/\s+/g, ' '), ...site });
  };
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const end = literal.lastIndexOf('/');
      add(node, { kind: 'literal', source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
      const [pattern, flags] = node.arguments ?? [];
      const source = getConstantString(pattern);
      const flagText = flags === undefined ? '' : getConstantString(flags);
      if (source !== undefined && flagText !== undefined) add(node, { kind: 'constant-call', source, flags: flagText });
      else add(node, { kind: 'dynamic-call' });
    } else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'pattern') {
      // JSON-schema `pattern` in rule options: compiled with the `u` flag by ajv and by the config reader.
      const source = getConstantString(node.initializer);
      if (source !== undefined) add(node, { kind: 'schema-pattern', source, flags: 'u' });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return sites;
}

/** Regex sites in every `.ts` file under `directories` (relative to `root`), in path order. */
export function findRegexSites(root: string, directories: readonly string[]): RegexSite[] {
  const paths = fg.sync(directories.map((directory) => `${directory}/**/*.{ts,mts,cts,tsx}`), { cwd: root, absolute: true, ignore: ['**/*.d.ts'] });
  return paths.sort().flatMap((path) => findInFile(path, root));
}
