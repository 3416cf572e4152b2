import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATTERS, formatReport, isFormatName } from '../../../src/scanner/report/index.js';
import type { ScanReport } from '../../../src/scanner/types.js';
import { generateToken, getDecodedToken } from '../../support/generate-token.js';
import { CONTEXT, getEmptyReport, getSampleReport, hashOf } from './get-sample-report.js';

describe('report formats', () => {
  it('names every format once', () => {
    expect([...FORMAT_NAMES].sort()).toEqual(['github', 'json', 'junit', 'sarif', 'stylish']);
    expect(Object.keys(FORMATTERS).sort()).toEqual([...FORMAT_NAMES].sort());
  });

  it('recognises format names and nothing inherited', () => {
    for (const name of FORMAT_NAMES) expect(isFormatName(name)).toBe(true);
    for (const name of ['JSON', 'xml', '', 'toString', '__proto__', 'constructor']) expect(isFormatName(name)).toBe(false);
  });

  it('formats through the named writer', () => {
    for (const name of FORMAT_NAMES) {
      for (const report of [getSampleReport(), getEmptyReport()]) {
        expect(formatReport(name, report, CONTEXT)).toBe(FORMATTERS[name](report, CONTEXT));
      }
    }
  });

  it('never prints a whole token, even one a message wrongly carries', () => {
    const uuid = crypto.randomUUID();
    const tokens = [
      generateToken({ uuid, startsWith: 'digit' }),
      generateToken({ startsWith: 'letter' }),
      generateToken({ region: 'eu-west-1' }),
    ];
    const decoded = getDecodedToken(uuid);
    const leaky = `Found ${tokens[0]} and ${tokens[1]}, ${tokens[2]}; decoded ${decoded}`;
    const [finding] = getSampleReport().findings;
    const report: ScanReport = {
      ...getSampleReport(),
      findings: [
        { ...finding!, message: leaky },
        { ...finding!, line: 9, path: `keys/${tokens[1]}.txt`, message: 'ok', hash: hashOf('leak') },
      ],
      notices: [
        { level: 'error', code: 'unreadable', path: `x/${tokens[2]}`, message: leaky },
        { level: 'info', code: 'stale-baseline', message: leaky },
      ],
    };
    // The writers alone would print them: the report really carries tokens.
    expect(FORMATTERS.json(report, CONTEXT)).toContain(tokens[0]);
    for (const name of FORMAT_NAMES) {
      for (const color of [false, true]) {
        const output = formatReport(name, report, { ...CONTEXT, color });
        for (const secret of [...tokens, decoded, uuid.replace(/-/g, '_')]) {
          expect(output, `${name} leaked a token`).not.toContain(secret);
          expect(output, `${name} leaked an encoded token`).not.toContain(encodeURIComponent(secret));
          expect(output).not.toContain(secret.slice(0, 40));
        }
        expect(output).toContain('…');
      }
    }
  });
});
