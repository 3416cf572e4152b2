import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../../src/scanner/report/junit.js';
import type { ScanReport } from '../../../src/scanner/types.js';
import { CONTEXT, getEmptyReport, getSampleReport, hashOf } from './get-sample-report.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string =>
  text.replace(/&(?:#(\d{1,7})|(amp|lt|gt|quot|apos));/g, (_m, code?: string, name?: string) =>
    code ? String.fromCodePoint(Number(code)) : ENTITIES[name!]!,
  );

/**
 * A strict little reader for the XML this format emits: one declaration, balanced tags, quoted
 * attributes, only known entities, no character XML 1.0 forbids. Throws on anything else.
 */
function readXml(xml: string): Element {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  const body = xml.slice(xml.indexOf('?>') + 2);
  const root: Element = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let read = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    read = tag.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = m;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      expect(text.replace(/&(?:#\d{1,7}|amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&>]/);
      top.text += decode(text);
    } else if (closing) {
      expect(top.name).toBe(name);
      stack.pop();
    } else {
      const element: Element = { name: name!, attributes: {}, text: '', children: [] };
      for (const [, key, value] of attrs!.matchAll(/([\w-]+)="([^"]*)"/g)) {
        expect(value!.replace(/&(?:#\d{1,7}|amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&<>']/);
        element.attributes[key!] = decode(value!);
      }
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  expect(read).toBe(body.length);
  expect(stack).toHaveLength(1);
  expect(root.children.map((c) => c.name)).toEqual(['testsuites']);
  return root.children[0]!;
}

const cases = (suites: Element): Element[] => suites.children[0]!.children.filter((c) => c.name === 'testcase');

describe('junit format', () => {
  it('writes one failing test case per finding and one erroring case per scan error', () => {
    const suites = readXml(formatJunit(getSampleReport(), CONTEXT));
    const totals = { tests: '6', failures: '5', errors: '1', time: '0.420' };
    expect(suites.attributes).toEqual({ name: 'intercom-auth-scan', ...totals });
    expect(suites.children).toHaveLength(1);
    expect(suites.children[0]!.attributes).toEqual({ name: 'intercom-auth-scan', ...totals, skipped: '0' });

    const [first, , , , last, error] = cases(suites);
    expect(first!.attributes).toEqual({
      classname: 'docs/my file #1 100%.md',
      name: 'intercom-auth/no-token-solicitation at docs/my file #1 100%.md:12:1',
      time: '0',
    });
    expect(first!.children[0]).toMatchObject({
      name: 'failure',
      attributes: {
        type: 'intercom-auth/no-token-solicitation',
        message: 'Copy asks users for their Intercom access token: use Intercom OAuth instead.',
      },
      text: 'docs/my file #1 100%.md:12:1 Copy asks users for their Intercom access token: use Intercom OAuth instead.',
    });
    expect(last!.attributes.classname).toBe('src/ünï/登录 ?.vue');
    expect(error!.attributes).toEqual({ classname: 'secret dir/x.js', name: 'unreadable: secret dir/x.js', time: '0' });
    expect(error!.children[0]).toMatchObject({ name: 'error', attributes: { type: 'unreadable' } });
  });

  it('lists lesser notices in system-out', () => {
    const suite = readXml(formatJunit(getSampleReport(), CONTEXT)).children[0]!;
    const out = suite.children.find((c) => c.name === 'system-out');
    expect(out?.text.split('\n')).toEqual([
      'warning: assets/logo #2.png: Skipped a binary file. (binary)',
      'info: 2 baseline entries no longer match any finding. (stale-baseline)',
      'warning: src/app.ts: Could not parse; scanned as text. (parse-fallback)',
    ]);
  });

  it('escapes markup and drops characters XML 1.0 cannot carry', () => {
    const tricky = `a & b < c > d "e" 'f'\tg\r\nh\u0001i\u001fj\ud800k\ufffel 😀`;
    const report: ScanReport = {
      ...getEmptyReport(),
      findings: [
        {
          rule: 'no-token-solicitation',
          messageId: 'request',
          message: tricky,
          severity: 'error',
          path: `we"ird <dir>/&'.html`,
          line: 1,
          column: 2,
          endLine: 1,
          endColumn: 3,
          hash: hashOf('x'),
        },
      ],
      notices: [{ level: 'error', code: 'unreadable', path: ']]>&', message: '<![CDATA[ x ]]>' }],
    };
    const xml = formatJunit(report, CONTEXT);
    const [finding, notice] = cases(readXml(xml));
    const kept = `a & b < c > d "e" 'f'\tg\r\nhij\ufffdkl 😀`;
    expect(finding!.attributes.classname).toBe(`we"ird <dir>/&'.html`);
    expect(finding!.children[0]!.attributes.message).toBe(kept);
    expect(finding!.children[0]!.text).toBe(`we"ird <dir>/&'.html:1:2 ${kept}`);
    expect(notice!.children[0]!.attributes.message).toBe('<![CDATA[ x ]]>');
    expect(xml).not.toContain('<![CDATA[');
  });

  it('is still a green, valid suite for a clean run', () => {
    const suites = readXml(formatJunit(getEmptyReport(), CONTEXT));
    expect(suites.attributes).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    const [only] = cases(suites);
    expect(only!.children).toEqual([]);
    expect(only!.attributes.name).toBe('no Intercom credential findings in 0 files (0 B)');
  });

  it('reports scan errors even when nothing was found', () => {
    const report = { ...getEmptyReport(), notices: getSampleReport().notices };
    const suites = readXml(formatJunit(report, CONTEXT));
    expect(suites.attributes).toMatchObject({ tests: '2', failures: '0', errors: '1' });
  });
});
