// Every JS/TS file under a root, as sorted `/`-separated relative paths: the same tree always
// gives the same list, so a sample drawn from it is the same on every machine.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SCRIPT_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];

const isScript = (name) => SCRIPT_EXTENSIONS.some((extension) => name.endsWith(extension));

export function findScriptFiles(root) {
  const files = [];
  const pending = [''];
  while (pending.length > 0) {
    const directory = pending.pop();
    for (const entry of readdirSync(join(root, directory), { withFileTypes: true })) {
      const path = directory === '' ? entry.name : `${directory}/${entry.name}`;
      // Symbolic links (node_modules/.bin) point at files listed under their real path anyway.
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && isScript(entry.name)) files.push(path);
    }
  }
  // Code-unit order, not locale order: identical on every machine.
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
