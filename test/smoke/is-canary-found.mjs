// Proof that the pipeline reports at all: a token generated now, linted under a path inside the
// root, must be found. Without it a config that silently matched no file would pass as "clean".
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

export function isCanaryFound(linter, root) {
  const uuid = randomUUID().replace(/-/g, '_');
  const token = Buffer.from(`tok:${uuid}:1:0`).toString('base64');
  const result = linter.lint(`export const token = '${token}';\n`, join(root, '__smoke-canary__', 'index.js'));
  return result.findings.some((finding) => finding.ruleId.endsWith('/no-hardcoded-token'));
}
