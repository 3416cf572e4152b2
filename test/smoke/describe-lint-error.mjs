// What a thrown lint error says, in one line: which rule, the error's first line, and where in
// our built code it was thrown. Never the whole stack, never the scanned text.
import { redactTokens } from '../../dist/src/tokens/index.js';

const OWN_FRAME = /\/dist\/((?:rules|src)\/[^\s:)]+:\d+)/;

export function describeLintError(error) {
  const message = String(error?.message ?? error);
  const firstLine = message.split('\n')[0];
  const loading = /^Error while loading rule '([^']+)'/.exec(firstLine);
  const named = /\nRule: "([^"]+)"/.exec(message);
  const frame = String(error?.stack ?? '')
    .split('\n')
    .map((line) => OWN_FRAME.exec(line)?.[1])
    .find(Boolean);
  return {
    // ESLint tags errors from a rule's listeners with `ruleId`; `create()` errors say so in the text.
    rule: error?.ruleId ?? loading?.[1] ?? named?.[1] ?? '(eslint)',
    message: redactTokens(firstLine).slice(0, 300),
    where: frame ?? 'outside the plugin',
  };
}
