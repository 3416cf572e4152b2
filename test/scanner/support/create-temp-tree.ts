// Throw-away file trees under os.tmpdir(), so fixtures holding generated tokens never reach the
// repository. Call removeTempTrees() in afterAll.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type TreeFiles = Readonly<Record<string, string | Uint8Array>>;

export interface TempTree {
  /** Absolute, symlinks resolved (macOS /var → /private/var), so it matches what git prints. */
  root: string;
  path(relativePath: string): string;
  write(files: TreeFiles): void;
  read(relativePath: string): string;
  remove(relativePath: string): void;
}

const created: string[] = [];

export function createTempTree(files: TreeFiles = {}): TempTree {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'intercom-auth-cli-')));
  created.push(root);
  const path = (relativePath: string): string => join(root, relativePath);
  const tree: TempTree = {
    root,
    path,
    write(more) {
      for (const [name, content] of Object.entries(more)) {
        mkdirSync(dirname(path(name)), { recursive: true });
        writeFileSync(path(name), content);
      }
    },
    read: (relativePath) => readFileSync(path(relativePath), 'utf8'),
    remove: (relativePath) => rmSync(path(relativePath), { recursive: true, force: true }),
  };
  tree.write(files);
  return tree;
}

export function removeTempTrees(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}
