// Every regular file of a directory, as sorted '/'-separated relative paths with sizes.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function listTreeFiles(root) {
  const files = [];
  const stack = [''];
  while (stack.length > 0) {
    const relative = stack.pop();
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) files.push({ path, size: statSync(join(root, path)).size });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
