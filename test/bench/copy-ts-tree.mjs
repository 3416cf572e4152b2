// Copies the TypeScript sources (.ts, not .d.ts) of a directory; returns how many files and bytes.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listTreeFiles } from './list-tree-files.mjs';

export function copyTsTree(source, target) {
  let files = 0;
  let bytes = 0;
  for (const { path, size } of listTreeFiles(source)) {
    if (!path.endsWith('.ts') || path.endsWith('.d.ts')) continue;
    mkdirSync(dirname(join(target, path)), { recursive: true });
    copyFileSync(join(source, path), join(target, path));
    files++;
    bytes += size;
  }
  return { files, bytes };
}
