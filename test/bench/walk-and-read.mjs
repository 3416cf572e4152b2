// The floor for any Node tool: walk the tree (iteratively, one thread, symbolic links not
// followed) and read every regular file once. Prints {"files","bytes"} as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
if (root === undefined) {
  process.stderr.write('usage: node walk-and-read.mjs <dir>\n');
  process.exit(2);
}
let files = 0;
let bytes = 0;
const stack = [root];
while (stack.length > 0) {
  const directory = stack.pop();
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) stack.push(path);
    else if (entry.isFile()) {
      bytes += readFileSync(path).length;
      files++;
    }
  }
}
process.stdout.write(`${JSON.stringify({ files, bytes })}\n`);
