import rule from '../../rules/no-hardcoded-token.js';
import { getTokenFingerprint } from '../../src/tokens/index.js';
import { b64, generateToken, getDecodedToken } from '../support/generate-token.js';
import { runRuleTests } from '../support/rule-tester.js';

const uuid = '0b6f2c1e-9d3a-4c7e-8f21-5a6b7c8d9e0f';
const T = generateToken({ uuid }); // dG9rOm…, 60 chars
const D = generateToken({ startsWith: 'digit' }); // dG9rOj…
const R = generateToken({ region: 'eu-west-1' }); // 72 chars, unpadded
const BARE = D.slice(0, -1);
const error = (extra: object = {}) => ({ messageId: 'hardcodedToken' as const, ...extra });
const suggestion = (output: string) => ({
  messageId: 'useEnvironmentVariable' as const,
  data: { envVariable: 'INTERCOM_ACCESS_TOKEN' },
  output,
});

runRuleTests('no-hardcoded-token', rule, {
  valid: [
    'const token = process.env.INTERCOM_ACCESS_TOKEN;',
    `const masked = 'dG9rOm••••==';`,
    `// e.g. dG9rOjBiM... (truncated)`,
    `const tokenPrefix = /^dG9rO[jm][A-Za-z0-9+\\/]{54}={0,2}$/;`,
    `const notAToken = '${b64('token:0b6f2c1e-9d3a-4c7e-8f21-5a6b7c8d9e0f')}';`,
    `const placeholder = '${b64('tok:dev_token_here_please_replace_it_with_a_real_one:1:0')}';`,
    `const sha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';`,
    `const parts = ['dG9rOj', 'x'].join('');`,
    `const a = 'dG9rOj' + user.input;`,
    `const ok = \`dG9rOm\${secret}\`;`,
    // A reassigned variable is not a constant piece.
    `let head = '${T.slice(0, 25)}';\nhead = readHead();\nsend(head + '${T.slice(25)}');`,
    // An allowlisted example token (by fingerprint) is not reported.
    {
      code: `const example = '${T}';`,
      options: [{ allowedFingerprints: [getTokenFingerprint(`tok:${uuid.replace(/-/g, '_')}:1:0`)] }],
    },
  ],
  invalid: [
    {
      code: `const token = '${T}';`,
      errors: [error({ line: 1, column: 16, endColumn: 76, suggestions: [suggestion('const token = process.env.INTERCOM_ACCESS_TOKEN;')] })],
    },
    {
      code: `const client = new IntercomClient({ token: "${D}" });`,
      errors: [error({ suggestions: [suggestion('const client = new IntercomClient({ token: process.env.INTERCOM_ACCESS_TOKEN });')] })],
    },
    {
      code: `fetch(url, { headers: { Authorization: 'Bearer ${R}' } });`,
      errors: [
        error({
          column: 48,
          endColumn: 120,
          suggestions: [suggestion('fetch(url, { headers: { Authorization: `Bearer ${process.env.INTERCOM_ACCESS_TOKEN}` } });')],
        }),
      ],
    },
    {
      code: `const h = \`Bearer ${T}\`;`,
      errors: [error({ suggestions: [suggestion('const h = `Bearer ${process.env.INTERCOM_ACCESS_TOKEN}`;')] })],
    },
    {
      code: `const el = <Widget token="${T}" />;`,
      parsers: ['jsx', 'ts'],
      errors: [error({ suggestions: [suggestion('const el = <Widget token={process.env.INTERCOM_ACCESS_TOKEN} />;')] })],
    },
    { code: `const el = <code>${D}</code>;`, parsers: ['jsx', 'ts'], errors: [error({ suggestions: [] })] },
    // Commented-out tokens are still leaks.
    { code: `// const token = '${T}';\nconst token = process.env.T;`, errors: [error({ line: 1, suggestions: [] })] },
    { code: `/*\n * old key: ${D}\n */`, errors: [error({ line: 2, suggestions: [] })] },
    // Unpadded, %3D padding, regional.
    {
      code: `const url = 'https://x.test/cb?token=${BARE}%3D';`,
      errors: [error({ suggestions: [suggestion('const url = `https://x.test/cb?token=${process.env.INTERCOM_ACCESS_TOKEN}`;')] })],
    },
    { code: `const t = "${BARE}";`, errors: [error({ suggestions: [suggestion('const t = process.env.INTERCOM_ACCESS_TOKEN;')] })] },
    // curl line in a string, and Basic auth double encoding.
    {
      code: `const cmd = \`curl -u ${T}: https://api.intercom.io/me\`;`,
      errors: [error({ suggestions: [suggestion('const cmd = `curl -u ${process.env.INTERCOM_ACCESS_TOKEN}: https://api.intercom.io/me`;')] })],
    },
    { code: `const auth = 'Basic ${b64(`${D}:`)}';`, errors: [error({ suggestions: [] })] },
    { code: `const secret = '${getDecodedToken(uuid)}';`, errors: [error({ suggestions: [] })] },
    // Split across concatenation, template pieces, constants, join and concat.
    { code: `const token = '${T.slice(0, 20)}' + '${T.slice(20, 40)}' + '${T.slice(40)}';`, errors: [{ messageId: 'splitToken', line: 1, column: 15 }] },
    {
      code: `const A = '${T.slice(0, 30)}';\nconst B = '${T.slice(30)}';\nconst auth = \`Bearer \${A}\${B}\`;`,
      errors: [{ messageId: 'splitToken', line: 1 }],
    },
    { code: `const t = ['${D.slice(0, 30)}', '${D.slice(30)}'].join('');`, errors: [{ messageId: 'splitToken' }] },
    {
      code: `const PARTS = [\n  '${D.slice(0, 30)}',\n  '${D.slice(30)}',\n];\nuse(PARTS.join(''));\nuse(PARTS.join(''));`,
      errors: [{ messageId: 'splitToken', line: 2, endLine: 3 }],
    },
    { code: `const t = '${D.slice(0, 30)}'.concat('${D.slice(30)}');`, errors: [{ messageId: 'splitToken' }] },
    {
      code: `const PART = '${D.slice(0, 30)}' as const;\nexport const token: string = PART + '${D.slice(30)}';`,
      parsers: ['ts'],
      errors: [{ messageId: 'splitToken', line: 1 }],
    },
    {
      code: `let head = '${T.slice(0, 25)}';\nvar tail = '${T.slice(25)}';\nsend(head + tail);`,
      errors: [{ messageId: 'splitToken', line: 1, endLine: 2 }],
    },
    // Many small pieces (a generated-looking split) are still folded.
    {
      code: `const t = ${Array.from({ length: 12 }, (_, i) => `'${T.slice(i * 5, i * 5 + 5)}'`).join(' + ')};`,
      errors: [{ messageId: 'splitToken' }],
    },
    // No suggestion where an expression can't stand: module names, keys, types.
    { code: `import x from '${T}';`, errors: [error({ suggestions: [] })] },
    { code: `const o = { '${T}': 1 };`, errors: [error({ suggestions: [] })] },
    { code: `type T = '${T}';`, parsers: ['ts'], errors: [error({ suggestions: [] })] },
    { code: `class C { '${T}' = 1; }`, errors: [error({ suggestions: [] })] },
    // The template built around the variable keeps the rest of the string intact.
    {
      code: `const h = 'it\\'s \`\${x}\` ${T}';`,
      errors: [error({ suggestions: [suggestion('const h = `it\'s \\`\\${x}\\` ${process.env.INTERCOM_ACCESS_TOKEN}`;')] })],
    },
    // Two tokens, one message each; a token reused through a constant is reported once.
    {
      code: `const A = '${T}';\nconst B = '${D}';\nconst both = A + B;`,
      errors: [
        error({ line: 1, suggestions: [suggestion(`const A = process.env.INTERCOM_ACCESS_TOKEN;\nconst B = '${D}';\nconst both = A + B;`)] }),
        error({ line: 2, suggestions: [suggestion(`const A = '${T}';\nconst B = process.env.INTERCOM_ACCESS_TOKEN;\nconst both = A + B;`)] }),
      ],
    },
    // A custom environment variable name in the suggestion.
    {
      code: `const token = '${T}';`,
      options: [{ envVariable: 'IC_TOKEN' }],
      errors: [
        error({
          suggestions: [{ messageId: 'useEnvironmentVariable', data: { envVariable: 'IC_TOKEN' }, output: 'const token = process.env.IC_TOKEN;' }],
        }),
      ],
    },
  ],
});
