// Module resolve hook registered by deny-side-effects.mjs: an import() or static import of a file
// inside the scanned tree is recorded and refused before it can load.
import { appendFileSync } from 'node:fs';

let log;
let treePrefix;

export function initialize(data) {
  log = data.log;
  treePrefix = data.tree.endsWith('/') ? data.tree : `${data.tree}/`;
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (result.url.startsWith(treePrefix) || `${result.url}/` === treePrefix) {
    appendFileSync(log, `${JSON.stringify({ kind: 'import', detail: result.url.slice(treePrefix.length) })}\n`);
    throw new Error('deny-side-effects: import refused');
  }
  return result;
}
