// The gate before ESLint: each enabled rule's own early exit, asked of the text. It must say no
// to ordinary code (that is the speed) and yes to every signal a rule acts on (that is the
// correctness; the ESLint-agreement test checks it on the corpora as a whole).
import { describe, expect, it } from 'vitest';
import { isScriptRelevant, type ScriptGateSettings } from '../../../src/scanner/detect/is-script-relevant.js';
import { generateToken } from '../../support/generate-token.js';

const all: ScriptGateSettings = { isEnabled: () => true, additionalNouns: [], extraSinkModules: [] };
const gate = (text: string, filename = '/app/src/module.js', settings = all) => isScriptRelevant(text, filename, settings);

describe('isScriptRelevant', () => {
  it('skips ordinary code, and code that only mentions Intercom without a sink or a credential noun', () => {
    expect(gate("import { debounce } from 'lodash';\nexport const run = debounce(() => fetch('/api/users'), 100);\n")).toBe(false);
    expect(gate('// Shows the Intercom launcher after login.\nexport function boot(user) { window.Intercom("boot", { user_id: user.id }); }\n')).toBe(false);
    expect(gate("const auth = `Basic ${Buffer.from(user + ':' + pass).toString('base64')}`;\n")).toBe(false);
    expect(gate("const header = 'Basic ' + btoa(credentials);\n")).toBe(false);
    expect(gate(`const font = "data:font/woff2;base64,${'A'.repeat(300)}dG9yIHNob3VsZ${'B'.repeat(300)}";\n`)).toBe(false);
  });

  it('lints a file with an Intercom sink: an SDK import, an API host, the version header, a configured module', () => {
    expect(gate("import { IntercomClient } from 'intercom-client';\n")).toBe(true);
    expect(gate("const Intercom = require('intercom.io');\n")).toBe(true);
    expect(gate("await fetch('https://api.intercom.io/contacts', { headers });\n")).toBe(true);
    expect(gate("headers['Intercom-Version'] = '2.11';\n")).toBe(true);
    expect(gate("import sdk from '@api/intercom';\n")).toBe(true);
    expect(gate("const api = require('api')('@intercom-api-reference/v2.11#abc');\n")).toBe(true);
    expect(gate("import { Crm } from '@acme/crm';\n", undefined, { ...all, extraSinkModules: ['@acme/crm'] })).toBe(true);
  });

  it('lints copy that could ask for an Intercom credential', () => {
    expect(gate("const label = 'Paste your Intercom access token';\n")).toBe(true);
    // Context from the file name, the noun in the text.
    expect(gate("const label = 'Access token';\n", '/app/src/intercom/Settings.jsx')).toBe(true);
    // A noun spelled with an escape still reaches the copy detector.
    expect(gate("const label = 'Intercom \\u0074oken';\n")).toBe(true);
    expect(gate("const label = 'Paste your API key';\n")).toBe(false);
  });

  it('lints a file with a piece of a split token, or a Basic credential joined to a constant', () => {
    const token = generateToken();
    expect(gate(`const a = '${token.slice(0, 12)}' + '${token.slice(12)}';\n`)).toBe(true);
    expect(gate("const header = 'Basic ' + CREDENTIALS;\n")).toBe(true);
    expect(gate("const header = 'Basic ' + ['YXBp', 'OmRH'].join('');\n")).toBe(true);
  });

  it('never lints type declarations, and asks only the enabled rules', () => {
    expect(gate("import { IntercomClient } from 'intercom-client';\n", '/app/types/index.d.ts')).toBe(false);
    const tokenOnly: ScriptGateSettings = { ...all, isEnabled: (rule) => rule === 'no-hardcoded-token' };
    expect(gate("import { IntercomClient } from 'intercom-client';\n", undefined, tokenOnly)).toBe(false);
    expect(gate("const label = 'Paste your Intercom access token';\n", undefined, tokenOnly)).toBe(false);
  });
});
