// Worker threads change how fast a scan runs, never what it finds: the same tree scanned in one
// thread and in three workers gives the same report, in the same order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken } from '../../support/generate-token.js';
import { createTempTree, removeTempTrees, type TempTree } from '../support/create-temp-tree.js';
import { readJsonReport } from '../support/read-json-report.js';
import { runScanner } from '../support/run-scanner.js';

let tree: TempTree;

beforeAll(() => {
  const files: Record<string, string> = {};
  // Enough files for several batches per worker, with findings of every rule spread among them.
  for (let index = 0; index < 300; index++) files[`src/module-${String(index).padStart(3, '0')}.ts`] = `export const value${index} = ${index};\n`;
  for (let index = 0; index < 12; index++) files[`src/leak-${index}.js`] = `export const token = '${generateToken()}';\n`;
  files['src/connect.jsx'] =
    'export function Connect() {\n  return <form><label>Paste your Intercom access token</label><input name="token" /></form>;\n}\n';
  files['server/intercom.js'] = [
    "const { IntercomClient } = require('intercom-client');",
    "app.post('/connect', (req, res) => {",
    '  const client = new IntercomClient({ token: req.body.token });',
    '  res.send(client);',
    '});',
    '',
  ].join('\n');
  files['docs/setup.md'] = '# Setup\n\nPaste your Intercom access token in the box below to connect.\n';
  files['data/binary.bin'] = '\u0000\u0001\u0002';
  tree = createTempTree(files);
});

afterAll(removeTempTrees);

describe('worker threads', () => {
  it('report exactly what one thread reports', () => {
    const single = runScanner(['--format', 'json', '--jobs', '1'], { cwd: tree.root });
    const workers = runScanner(['--format', 'json', '--jobs', '3'], { cwd: tree.root });
    expect(single.code, single.stderr).toBe(1);
    expect(workers.code, workers.stderr).toBe(1);
    const a = readJsonReport(single);
    const b = readJsonReport(workers);
    expect(b.findings).toEqual(a.findings);
    expect(b.notices).toEqual(a.notices);
    expect(new Set(a.findings.map((finding) => finding.rule))).toEqual(
      new Set(['intercom-auth/no-hardcoded-token', 'intercom-auth/no-user-supplied-token', 'intercom-auth/no-token-solicitation']),
    );
    expect({ ...b.summary, durationMs: 0 }).toEqual({ ...a.summary, durationMs: 0 });
  });

  it('rejects a --jobs value that is not a whole number from 1 to 64', () => {
    const result = runScanner(['--jobs', '0'], { cwd: tree.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jobs must be a whole number from 1 to 64');
  });
});
