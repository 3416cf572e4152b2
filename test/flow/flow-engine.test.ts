import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { INTERCOM_API_HOSTS, INTERCOM_SDK_PACKAGES } from '../../src/flow/catalogue.js';
import { FlowAnalysis } from '../../src/flow/flow-analysis.js';
import { getAssignedExportName } from '../../src/flow/get-export-name.js';
import { getImportOrigin } from '../../src/flow/get-import-origin.js';
import { getMethodTarget } from '../../src/flow/get-method-target.js';
import { getStaticShape, HOLE } from '../../src/flow/get-static-shape.js';
import { getIntercomMarkers } from '../../src/flow/is-intercom-relevant.js';
import { isIntercomApiUrl, isOAuthTokenUrl } from '../../src/flow/is-intercom-url.js';
import { isWithin } from '../../src/flow/is-within.js';

/** Parses `code` and hands its SourceCode and the init of `const target = …` to `inspect`. */
function withTarget<T>(code: string, inspect: (sourceCode: TSESLint.SourceCode, target: TSESTree.Expression) => T): T {
  let result: T | undefined;
  const probe = {
    create(context: TSESLint.RuleContext<string, []>) {
      return {
        VariableDeclarator(node: TSESTree.VariableDeclarator) {
          if (node.id.type === 'Identifier' && node.id.name === 'target' && node.init) result = inspect(context.sourceCode, node.init);
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, {
    files: ['**/*.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { probe: { rules: { probe: probe as never } } },
    rules: { 'probe/probe': 'error' },
  }, 'file.js');
  expect(messages).toEqual([]);
  return result as T;
}

describe('getStaticShape', () => {
  it('follows constants, templates, concatenation, object constants and new URL()', () => {
    const code = `
      const BASE = 'https://api.intercom.io';
      const CONFIG = { intercom: { base: BASE } };
      const target = [\`\${CONFIG.intercom.base}/contacts/\${id}\`, BASE + '/me', new URL('/admins', BASE).href, process.env.X ?? BASE];
    `;
    const shapes = withTarget(code, (sourceCode, target) =>
      (target as TSESTree.ArrayExpression).elements.map((element) => getStaticShape(sourceCode, element!)),
    );
    expect(shapes).toEqual([
      `https://api.intercom.io/contacts/${HOLE}`,
      'https://api.intercom.io/me',
      'https://api.intercom.io/admins',
      'https://api.intercom.io',
    ]);
  });

  it('lets a known entry of a constant table stand for a pick by a run-time key', () => {
    const code = `
      const HOSTS = { us: 'https://api.intercom.io', eu: 'https://api.eu.intercom.io' };
      const LIST = [read(), 'https://api.au.intercom.io'];
      const REGIONS = { us: { api: 'https://api.intercom.io' } };
      const target = [HOSTS[region], \`\${LIST[i]}/me\`, LIST[1], REGIONS[r].api, HOSTS[k].nope];
    `;
    const shapes = withTarget(code, (sourceCode, target) =>
      (target as TSESTree.ArrayExpression).elements.map((element) => getStaticShape(sourceCode, element!)),
    );
    expect(shapes).toEqual([
      'https://api.intercom.io',
      'https://api.au.intercom.io/me',
      'https://api.au.intercom.io',
      'https://api.intercom.io',
      undefined,
    ]);
  });

  it('gives up on values only known at run time', () => {
    expect(withTarget('let u = "a"; u = read(); const target = u;', getStaticShape)).toBeUndefined();
  });
});

describe('isIntercomApiUrl / isOAuthTokenUrl', () => {
  it('accepts every regional API host, with or without scheme, and a run-time region', () => {
    for (const host of INTERCOM_API_HOSTS) {
      expect(isIntercomApiUrl(`https://${host}/me`)).toBe(true);
      expect(isIntercomApiUrl(host)).toBe(true);
    }
    expect(isIntercomApiUrl(`https://api.${HOLE}.intercom.io/me`)).toBe(true);
    expect(isIntercomApiUrl(`https://api.intercom.io${HOLE}`)).toBe(true);
  });

  it('rejects look-alikes', () => {
    expect(isIntercomApiUrl('https://api.intercom.io.evil.com/me')).toBe(false);
    expect(isIntercomApiUrl('https://app.intercom.com/oauth')).toBe(false);
    expect(isIntercomApiUrl('https://widget.intercom.io/widget/abc')).toBe(false);
    expect(isIntercomApiUrl(undefined)).toBe(false);
  });

  it('recognises the token exchange, regional or user-listed', () => {
    expect(isOAuthTokenUrl('https://api.intercom.io/auth/eagle/token')).toBe(true);
    expect(isOAuthTokenUrl('https://api.au.intercom.io/auth/eagle/token/')).toBe(true);
    expect(isOAuthTokenUrl('https://api.intercom.io/me')).toBe(false);
    expect(isOAuthTokenUrl('https://auth.example.com/token?x=1', ['https://auth.example.com/token'])).toBe(true);
  });
});

describe('getIntercomMarkers', () => {
  it('tells files to skip from files to analyse', () => {
    expect(getIntercomMarkers('fetch(url, { headers })')).toEqual({ any: false, http: false });
    expect(getIntercomMarkers("import { IntercomClient } from 'intercom-client'")).toEqual({ any: true, http: false });
    expect(getIntercomMarkers("fetch('https://api.eu.intercom.io/me')")).toEqual({ any: true, http: true });
    expect(getIntercomMarkers("h.set('Intercom-Version', '2.11')").http).toBe(true);
    expect(getIntercomMarkers("import { connect } from '@acme/kit'", ['@acme/kit']).any).toBe(true);
  });

  it('lists the SDK packages for the scanner', () => {
    expect(INTERCOM_SDK_PACKAGES).toEqual(expect.arrayContaining(['intercom-client', 'intercom.io', '@api/intercom']));
  });
});

describe('FlowAnalysis', () => {
  const originOfTarget = (code: string) =>
    withTarget(code, (sourceCode, target) => new FlowAnalysis(sourceCode, 'file.js').originOf(target));

  it('binds arguments to parameters per call', () => {
    const code = `
      const wrap = (t) => ({ value: t });
      function handler(req) {
        const a = wrap(process.env.T).value;
        const target = a;
        return wrap(req.body.t);
      }
    `;
    expect(originOfTarget(code)).toEqual({});
  });

  it('terminates on recursion and cycles', () => {
    const code = `
      function walk(node, acc) { return node ? walk(node.parent, acc + node.name) : acc; }
      let a = b; let b = a;
      function route(req) { const target = walk(req.body.node, a) + b; }
    `;
    expect(originOfTarget(code)).toEqual({ user: 'request body' });
  });

  it('reads only the catalogued input paths of a framework handler', () => {
    const slack = (read: string) => `
      import { App } from '@slack/bolt';
      const app = new App({});
      app.command('/x', async ({ command, body }) => { const target = ${read}; });
    `;
    expect(originOfTarget(slack('command.text'))).toEqual({ user: 'Slack user input' });
    expect(originOfTarget(slack('body.view.state.values.b.a.value'))).toEqual({ user: 'Slack user input' });
    // Set by Slack, not typed by the user
    expect(originOfTarget(slack('command.team_id'))).toEqual({});
    expect(originOfTarget(slack('body.user.id'))).toEqual({});
  });

  it('recognises handlers by registration, wrapper, export or parameter name, and only those', () => {
    // An emitter that is neither a bot nor in a file importing a bot framework
    expect(originOfTarget(`emitter.command('x', (ctx) => { const target = ctx.message.text; });`)).toEqual({});
    expect(originOfTarget(`bot.command('x', (ctx) => { const target = ctx.message.text; });`)).toEqual({ user: 'chat message' });
    // Discord: the parameter's name alone is enough for an option read
    expect(originOfTarget(`async function handle(interaction) { const target = interaction.options.getString('k'); }`)).toEqual({
      user: 'Discord command option',
    });
    expect(originOfTarget(`async function handle(interaction) { const target = interaction.guildId; }`)).toEqual({});
    // A local onCall is not Firebase's
    expect(originOfTarget(`const onCall = (f) => f; onCall((request) => { const target = request.data.t; });`)).toEqual({});
    expect(
      originOfTarget(`import { onCall } from 'firebase-functions/v2/https'; onCall((request) => { const target = request.data.t; });`),
    ).toEqual({ user: 'callable function data' });
    // addListener on something that is not a message event
    expect(originOfTarget(`chrome.tabs.onUpdated.addListener((tabId, info) => { const target = tabId; });`)).toEqual({});
    expect(originOfTarget(`chrome.runtime.onMessage.addListener((m) => { const target = m.t; });`)).toEqual({ user: 'extension message' });
  });

  it('stays within its budget on deep chains', () => {
    const chain = Array.from({ length: 400 }, (_, i) => `const v${i + 1} = v${i} + '';`).join('\n');
    const code = `function h(req) { const v0 = req.body.t;\n${chain}\nconst target = v400; }`;
    // Past the depth limit the origin is not found, but the analysis neither throws nor hangs.
    expect(originOfTarget(code)).toEqual({});
  });
});

describe('getMethodTarget', () => {
  const describeTargets = (code: string) =>
    withTarget(code, (sourceCode, target) =>
      (target as TSESTree.ArrayExpression).elements.map((element) => {
        const callee = (element as TSESTree.CallExpression).callee as TSESTree.MemberExpression;
        const found = getMethodTarget(sourceCode, callee);
        if (!found) return null;
        const owner = found.fn.parent as TSESTree.MethodDefinition | TSESTree.Property;
        return `${(owner.key as TSESTree.Identifier).name}@${found.fn.loc.start.line}${found.certain ? '' : '?'}`;
      }),
    );

  it('resolves receivers that are same-file classes and objects, and guesses only unique names on untyped ones', () => {
    const code = `
      import lib from 'lib';
      class Base { ping(x) { return x; } }
      class Svc extends Base { connect(t) { return t; } static make(t) { return t; } }
      class Other { connect(t) { return t; } }
      const svc = new Svc();
      const api = { fetchMe(t) { return t; }, me(t) { return this.fetchMe(t); } };
      class Ctl {
        constructor(injected) { this.injected = injected; this.own = new Svc(); }
        run(param) {
          const target = [
            svc.connect(1), svc.ping(2), Svc.make(3), api.fetchMe(4), this.own.connect(5),
            this.injected.make(6), param.fetchMe(7), lib.fetchMe(8), this.injected.connect(9), param.req.fetchMe(10),
          ];
        }
      }
    `;
    expect(describeTargets(code)).toEqual([
      'connect@4', 'ping@3', 'make@4', 'fetchMe@7', 'connect@4',
      null, 'fetchMe@7?', null, null, null,
    ]);
  });
});

describe('getImportOrigin', () => {
  it('names Deno npm:, jsr: and deno.land/std specifiers by their package and module', () => {
    const code = `
      import { IntercomClient } from 'npm:intercom-client@6.1.0';
      import { parseArgs } from 'jsr:@std/cli@1.0.6/parse-args';
      import { parse } from 'https://deno.land/std@0.200.0/flags/mod.ts';
      import { promptSecret } from 'https://deno.land/std@0.224.0/cli/prompt_secret.ts';
      const target = [IntercomClient, parseArgs, parse, promptSecret];
    `;
    const origins = withTarget(code, (sourceCode, target) =>
      (target as TSESTree.ArrayExpression).elements.map((element) => getImportOrigin(sourceCode, element!)),
    );
    expect(origins).toEqual([
      { module: 'intercom-client', path: ['IntercomClient'] },
      { module: '@std/cli/parse-args', path: ['parseArgs'] },
      { module: '@std/flags', path: ['parse'] },
      { module: '@std/cli/prompt-secret', path: ['promptSecret'] },
    ]);
  });
});

describe('getImportOrigin through reassigned variables', () => {
  it('follows a constant alias but not a variable written again', () => {
    const origins = withTarget(
      `
        import { IntercomClient } from 'intercom-client';
        const Fixed = IntercomClient;
        let Moved = IntercomClient;
        Moved = class {};
        const target = [Fixed, Moved];
      `,
      (sourceCode, target) => (target as TSESTree.ArrayExpression).elements.map((element) => getImportOrigin(sourceCode, element!)),
    );
    expect(origins).toEqual([{ module: 'intercom-client', path: ['IntercomClient'] }, undefined]);
  });
});

describe('isWithin', () => {
  it('compares source ranges and is false for a made-up node without one', () => {
    withTarget('const target = f(a, b);', (_sourceCode, target) => {
      const call = target as TSESTree.CallExpression;
      const absent = { type: 'Literal', value: null, raw: 'null' } as unknown as TSESTree.Node;
      expect(isWithin(call.arguments[0]!, call)).toBe(true);
      expect(isWithin(call, call.arguments[0]!)).toBe(false);
      expect(isWithin(absent, call)).toBe(false);
      expect(isWithin(call, absent)).toBe(false);
    });
  });
});

describe('getAssignedExportName', () => {
  it('names CommonJS exports and nothing else', () => {
    const names = withTarget(
      'const target = [module.exports = 1, exports.default = 1, module.exports.default = 1, exports.actions = 1, module.exports.load = 1, window.x = 1, module.exports.a.b = 1];',
      (_sourceCode, target) =>
        (target as TSESTree.ArrayExpression).elements.map((element) => getAssignedExportName((element as TSESTree.AssignmentExpression).left)),
    );
    expect(names).toEqual(['default', 'default', 'default', 'actions', 'load', undefined, undefined]);
  });
});
