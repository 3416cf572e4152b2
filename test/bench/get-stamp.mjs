// A short hash of some files' contents: when it changes, what was built from them is rebuilt.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function getStamp(files, extra = '') {
  const hash = createHash('sha256').update(extra);
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
