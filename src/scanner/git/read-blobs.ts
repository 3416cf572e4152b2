// Blob contents by object id through one `git cat-file --batch` process, whose output is, per
// requested object, `<oid> <type> <size>\n<content>\n` (or `<name> missing\n`).
import { runGit } from './run-git.js';

/** Contents in the order of `oids`; undefined for an object git does not have. */
export async function readBlobs(cwd: string, oids: readonly string[]): Promise<(Buffer | undefined)[]> {
  if (oids.length === 0) return [];
  const output = await runGit(cwd, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
  const contents: (Buffer | undefined)[] = [];
  let offset = 0;
  for (let index = 0; index < oids.length; index++) {
    const newline = output.indexOf(0x0a, offset);
    if (newline === -1) throw new Error('git cat-file --batch: output ended early');
    const header = output.toString('utf8', offset, newline).split(' ');
    offset = newline + 1;
    if (header.length !== 3) {
      contents.push(undefined); // `<name> missing` (or ambiguous)
      continue;
    }
    const size = Number(header[2]);
    if (!Number.isSafeInteger(size) || offset + size > output.length) throw new Error('git cat-file --batch: malformed output');
    contents.push(output.subarray(offset, offset + size));
    offset += size + 1;
  }
  return contents;
}
