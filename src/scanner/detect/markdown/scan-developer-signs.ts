import { isDeveloperWord } from './is-developer-word.js';

// Every developer word holds one of these: `_` (env vars), `-` (flags), `.` (files, accessors),
// `$`/`%`/`=`/`[` (shell and env syntax). Words without them are never read.
const SIGN_CHARS = /[_.$%=[-]/g;

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** Calls `visit` with the start of every developer word (env var, CLI flag, config file) in `text`. Linear. */
export function scanDeveloperSigns(text: string, visit: (at: number) => void): void {
  let readUpTo = 0;
  SIGN_CHARS.lastIndex = 0;
  for (let match = SIGN_CHARS.exec(text); match; match = SIGN_CHARS.exec(text)) {
    if (match.index < readUpTo) continue;
    let start = match.index;
    while (start > readUpTo && !isSpace(text.charCodeAt(start - 1))) start -= 1;
    let end = match.index + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
    if (isDeveloperWord(text.slice(start, end))) visit(start);
    readUpTo = end;
    SIGN_CHARS.lastIndex = end;
  }
}
