// `git diff --raw -z --no-abbrev` output: per entry a NUL-terminated meta field
// `:<old mode> <new mode> <old oid> <new oid> <status>` then one path, or two (source, then
// destination) for renames and copies. Paths are raw bytes: NUL-separated, so spaces and
// newlines survive.

export interface RawDiffEntry {
  /** The path on the new side (the destination of a rename or copy). */
  path: string;
  mode: string;
  oid: string;
  /** A, C, M, R, D, T … (the score of R/C removed). */
  status: string;
}

export function parseRawDiff(output: Buffer): RawDiffEntry[] {
  const entries: RawDiffEntry[] = [];
  let start = 0;
  const next = (): string | undefined => {
    if (start >= output.length) return undefined;
    let end = output.indexOf(0, start);
    if (end === -1) end = output.length;
    const field = output.toString('utf8', start, end);
    start = end + 1;
    return field;
  };
  for (let meta = next(); meta !== undefined; meta = next()) {
    if (!meta.startsWith(':')) continue;
    const [, mode = '', , oid = '', status = ''] = meta.slice(1).split(' ');
    let path = next();
    if (status.startsWith('R') || status.startsWith('C')) path = next();
    if (path === undefined) break;
    entries.push({ path, mode, oid, status: status.charAt(0) });
  }
  return entries;
}
