// Counterexamples the scanText properties found, kept as plain tests (tokens generated at run time).
import { describe, expect, it } from 'vitest';
import { createDefaultConfig } from '../../src/scanner/config/default-config.js';
import { createScanEngine, scanText } from '../../src/scanner/scan-text.js';
import { b64, generateToken } from '../support/generate-token.js';

const engine = createScanEngine({ rules: createDefaultConfig().rules, inlineConfig: true });

describe('scanText regressions', () => {
  // The rule folds constant strings only when a piece shows a token keyword; `Basic ` was not one,
  // so a Basic credential holding the token as another user's password, split in two, was missed.
  it('reports a Basic credential split across concatenation', () => {
    const credential = b64(`api:${generateToken()}`);
    const half = credential.length >> 1;
    const text = `export const auth = 'Basic ${credential.slice(0, half)}' + '${credential.slice(half)}';\n`;
    const detections = scanText(text, 'src/auth.js', '/project/src/auth.js', engine).detections;
    expect(detections.map((d) => [d.rule, d.messageId, d.start, d.end])).toEqual([
      ['no-hardcoded-token', 'splitToken', text.indexOf("'Basic"), text.lastIndexOf("'") + 1],
    ]);
  });

  // The rule skipped a folded match lying wholly inside one piece, trusting the text scan to have
  // reported it; a credential that needs the `Basic ` of another piece to be read as one (the
  // token as another user's password) is not found by the text scan. Fixed: only matches the text
  // scan found at that piece are skipped.
  it('reports a Basic credential whose "Basic " is a piece of its own', () => {
    const credential = b64(`api:${generateToken()}`);
    const text = `export const auth = 'Basic ' + '${credential}';\n`;
    const detections = scanText(text, 'src/auth.js', '/project/src/auth.js', engine).detections;
    expect(detections.map((d) => d.rule)).toEqual(['no-hardcoded-token']);
  });
});
