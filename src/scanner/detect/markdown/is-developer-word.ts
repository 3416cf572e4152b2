// Single words that only a developer's instructions contain: `INTERCOM_TOKEN`, `$API_KEY`,
// `--token`, `.env.local`, `config.yml`, `process.env.TOKEN`. Checked word by word with plain
// character tests, so a 20 MB word costs one pass.
import { CONFIG_FILE_EXTENSIONS } from './markdown-audience-words.js';

const CONFIG_EXTENSIONS: ReadonlySet<string> = new Set(CONFIG_FILE_EXTENSIONS);
// Read from the word's start: environment accessors in several languages.
const ENV_ACCESSORS = ['process.env', 'import.meta.env', 'os.environ', 'os.getenv', 'env.', 'ENV[', 'Deno.env', '$env:'];
// Punctuation that wraps a word in prose or code: quotes, brackets, trailing sentence marks.
const LEADING = new Set('"\'`([{<');
const TRAILING = new Set('"\'`)]}>,;:!?.');

/** The word without its wrapping punctuation; a loop, so a long run of dots costs one pass. */
function unwrap(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && LEADING.has(word.charAt(start))) start += 1;
  while (end > start && TRAILING.has(word.charAt(end - 1))) end -= 1;
  return word.slice(start, end);
}

const isUpper = (code: number) => code >= 65 && code <= 90;
const isLower = (code: number) => code >= 97 && code <= 122;
const isDigit = (code: number) => code >= 48 && code <= 57;

/** `INTERCOM_ACCESS_TOKEN`: capitals and digits with at least one inner underscore. */
export function isEnvVarName(word: string): boolean {
  if (word.length < 3 || !isUpper(word.charCodeAt(0)) || word.endsWith('_')) return false;
  let underscore = false;
  for (let i = 1; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code === 95) underscore = true;
    else if (!isUpper(code) && !isDigit(code)) return false;
  }
  return underscore;
}

function isCliFlag(word: string): boolean {
  if (!word.startsWith('--') || word.length < 4 || !isLower(word.charCodeAt(2))) return false;
  for (let i = 3; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (!isLower(code) && !isDigit(code) && code !== 45 && code !== 95 && code !== 61) return false;
  }
  return true;
}

function isFileName(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    const ok = isLower(code) || isUpper(code) || isDigit(code) || code === 46 || code === 95 || code === 45 || code === 47 || code === 126;
    if (!ok) return false;
  }
  const name = word.slice(word.lastIndexOf('/') + 1);
  // Dotfiles: `.env`, `.npmrc`, `.env.production`.
  if (name.length > 1 && name.charCodeAt(0) === 46 && isLower(name.charCodeAt(1))) return true;
  const dot = name.lastIndexOf('.');
  return dot > 0 && CONFIG_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

/** Whether one word of copy or code (wrapping punctuation allowed) is a developer's word. */
export function isDeveloperWord(raw: string): boolean {
  let word = unwrap(raw);
  if (word.length < 2) return false;
  if (ENV_ACCESSORS.some((accessor) => word.startsWith(accessor))) return true;
  // `$TOKEN`, `${TOKEN}`, `%TOKEN%`, `TOKEN=value`.
  word = word.replace(/^[$%]\{?/, '');
  const equals = word.indexOf('=');
  if (equals > 0) return isEnvVarName(word.slice(0, equals)) || isCliFlag(word);
  return isEnvVarName(word.replace(/[}%]$/, '')) || isCliFlag(word) || isFileName(word);
}
