// picomatch accepts nearly any string (an unclosed "[" or "{" silently becomes a literal), so a
// typo in a config glob would match nothing without a word. These checks catch the usual slips.
import picomatch from 'picomatch';

const MAX_GLOB_LENGTH = 4096;
/** After "\", characters that are escaped on purpose; any other means "\" was a path separator. */
const ESCAPABLE = new Set([...'*?[]{}()!+@,|^$.\\ -#&']);

/** What is wrong with a config glob, for people, or undefined when it is fine. */
export function getGlobProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'expected a non-empty glob';
  if (glob.length > MAX_GLOB_LENGTH) return `expected a glob of at most ${MAX_GLOB_LENGTH} characters`;
  if (glob.startsWith('!')) return 'a leading "!" is not supported; use "include" and "exclude"';
  if (/^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(glob)) return 'expected a glob relative to the working directory, not an absolute path';

  const open: string[] = [];
  let inClass = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\') {
      const next = glob[i + 1];
      if (next === undefined) return 'ends with a lone "\\"';
      if (!ESCAPABLE.has(next)) return 'use "/" as the path separator ("\\" escapes the next character)';
      i++;
    } else if (inClass) {
      // "]" right after "[" or "[!" is a literal member, as in POSIX classes.
      if (c === ']' && glob[i - 1] !== '[' && !(glob[i - 1] === '!' && glob[i - 2] === '[')) inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '{' || c === '(') open.push(c);
    else if (c === '}' || c === ')') {
      if (open.pop() !== (c === '}' ? '{' : '(')) return `unbalanced "${c}"`;
    }
  }
  if (inClass) return 'unclosed "["';
  if (open.length > 0) return `unclosed "${open[open.length - 1]}"`;
  try {
    picomatch.makeRe(glob);
  } catch (error) {
    return `not a valid glob (${(error as Error).message})`;
  }
  return undefined;
}
