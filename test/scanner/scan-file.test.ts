// One file through the detectors: a detector that throws is reported with the file, in one line
// with tokens masked, and the scan goes on.
import { describe, expect, it } from 'vitest';
import { createDefaultConfig } from '../../src/scanner/config/default-config.js';
import { decodeText } from '../../src/scanner/files/read-text-file.js';
import { getSeverityOf, scanFile } from '../../src/scanner/scan-file.js';
import { createScanEngine } from '../../src/scanner/scan-text.js';
import { generateToken } from '../support/generate-token.js';

const rules = createDefaultConfig().rules;
const target = { path: 'src/connect.js', filename: '/project/src/connect.js' };

describe('scanFile', () => {
  it('turns a detector that throws into an internal-error notice for that file', () => {
    const token = generateToken();
    const engine = createScanEngine({ rules, inlineConfig: true });
    engine.getLinter = () => {
      throw new RangeError(`Maximum call stack size exceeded near '${token}'\n    at walk (x.js:1:1)`);
    };
    const read = decodeText(Buffer.from("import { IntercomClient } from 'intercom-client';\nnew IntercomClient({ token: req.body.token });\n"), target.path);
    const outcome = scanFile(read, target, engine, getSeverityOf(rules));
    expect(outcome.scanned).toBe(true);
    expect(outcome.findings).toEqual([]);
    expect(outcome.notices).toHaveLength(1);
    const [notice] = outcome.notices;
    expect(notice).toMatchObject({ level: 'error', code: 'internal-error', path: 'src/connect.js' });
    expect(notice!.message).toContain('RangeError: Maximum call stack size exceeded');
    expect(notice!.message).not.toContain(token);
    expect(notice!.message).not.toContain('\n');
  });

  it('passes a file that could not be read through as its notice', () => {
    const outcome = scanFile(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'logo.png'), { path: 'logo.png', filename: '/p/logo.png' }, createScanEngine({ rules, inlineConfig: true }), getSeverityOf(rules));
    expect(outcome).toMatchObject({ scanned: false, bytes: 0, findings: [] });
    expect(outcome.notices.map((notice) => notice.code)).toEqual(['binary']);
  });
});
