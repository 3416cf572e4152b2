// Regexes the package builds at run time (`new RegExp(…)` from word lists, shared fragments,
// escaped names), caught as they are made: while `run` imports and exercises the source, the
// global RegExp is a proxy that records each construction with the file and line that made it.
// Literals never pass through the constructor, so only call sites are recorded.
import { sep } from 'node:path';

export interface BuiltRegex {
  /** Repository-relative path, `/`-separated. */
  file: string;
  line: number;
  source: string;
  flags: string;
}

// `    at fn (/abs/path/file.ts:12:34)` or `    at /abs/path/file.ts:12:34` (file:// URLs too).
const FRAME = /\(?(?:file:\/\/)?([^()\s]+):(\d+):\d+\)?$/;

function getCaller(root: string, stack: string | undefined): { file: string; line: number } | undefined {
  // Frame 0 is the message, 1 is the proxy trap, 2 is whoever called `RegExp`.
  const frame = stack?.split('\n')[2];
  const match = frame === undefined ? null : FRAME.exec(frame.trim());
  if (!match || !match[1]!.startsWith(root)) return undefined;
  const file = match[1]!.slice(root.length).replace(/^[\\/]/, '').split(sep).join('/');
  return /^(?:src|rules)\//.test(file) ? { file, line: Number(match[2]) } : undefined;
}

/** Every RegExp constructed by code under `root`'s src/ and rules/ while `run` runs. */
export async function captureBuiltRegexes(root: string, run: () => Promise<void>): Promise<BuiltRegex[]> {
  const original = globalThis.RegExp;
  const built: BuiltRegex[] = [];
  const record = (args: unknown[], stack: string | undefined) => {
    const caller = getCaller(root, stack);
    if (caller === undefined) return;
    try {
      const made = Reflect.construct(original, args) as RegExp;
      built.push({ ...caller, source: made.source, flags: made.flags });
    } catch {
      // An invalid pattern throws for the caller below; there is nothing to check.
    }
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      record(args, new Error().stack);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args, new Error().stack);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = original;
  }
  return built;
}
