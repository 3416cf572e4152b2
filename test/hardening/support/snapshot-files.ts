// Everything under a directory, as a map from relative path to what a write would change: type,
// mode, size, modification time and content hash (symbolic links by their target). Iterative,
// and never follows a link.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

export function snapshotFiles(root: string): Map<string, string> {
  const snapshot = new Map<string, string>();
  const pending = [''];
  while (pending.length > 0) {
    const relativePath = pending.pop()!;
    for (const name of readdirSync(join(root, relativePath))) {
      const path = relativePath === '' ? name : `${relativePath}/${name}`;
      const absolute = join(root, path);
      const stats = lstatSync(absolute);
      if (stats.isDirectory()) {
        snapshot.set(path, `dir ${stats.mode.toString(8)}`);
        pending.push(path);
      } else if (stats.isSymbolicLink()) {
        snapshot.set(path, `link ${readlinkSync(absolute)}`);
      } else if (stats.isFile()) {
        const hash = createHash('sha256').update(readFileSync(absolute)).digest('hex');
        snapshot.set(path, `file ${stats.mode.toString(8)} ${stats.size} ${stats.mtimeMs} ${hash}`);
      } else {
        snapshot.set(path, `special ${stats.mode.toString(8)}`);
      }
    }
  }
  return snapshot;
}

/** Paths added, removed or changed between two snapshots, each prefixed with +, - or ~. */
export function diffSnapshots(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [path, entry] of after) {
    if (!before.has(path)) changes.push(`+ ${path}`);
    else if (before.get(path) !== entry) changes.push(`~ ${path}`);
  }
  for (const path of before.keys()) if (!after.has(path)) changes.push(`- ${path}`);
  return changes.sort();
}
