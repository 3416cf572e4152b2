// The line a finding points at, shortened around its column and with any token masked.
import { redactTokens } from '../../dist/src/tokens/index.js';

const WIDTH = 120;

export function getExcerpt(text, line, column) {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  const source = redactTokens(lines[line - 1] ?? '');
  const start = Math.max(0, Math.min(column - 1 - WIDTH / 2, source.length - WIDTH));
  const cut = source.slice(start, start + WIDTH).trim();
  return `${start > 0 ? '…' : ''}${cut}${start + WIDTH < source.length ? '…' : ''}`;
}
