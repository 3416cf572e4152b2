import { readFileSync } from 'node:fs';
import { UsageError } from '../usage-error.js';
import { findJsonError } from './find-json-error.js';
import { getLineIndex } from '../get-line-index.js';

/**
 * Parses `text` as JSON, or throws a one-line UsageError naming `label` and the line:column of
 * the first error. The parser's own message is not used: it may quote the file's content.
 */
export function parseJson(text: string, label: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    const error = findJsonError(body) ?? { offset: 0, reason: 'not valid JSON' };
    const { line, column } = getLineIndex(body).getLocation(error.offset);
    throw new UsageError(`${label}: not valid JSON at ${line}:${column}: ${error.reason}`);
  }
}

/** Reads and parses a JSON file; `what` names it in errors ("config file", "baseline"). */
export function readJsonFile(file: string, label: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${label}: ${what} not found`);
    if (code === 'EISDIR') throw new UsageError(`${label}: is a directory, expected a ${what}`);
    throw new UsageError(`${label}: cannot read ${what}${code ? ` (${code})` : ''}`);
  }
  return parseJson(text, label);
}
