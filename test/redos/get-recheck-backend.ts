// recheck picks its backend from RECHECK_BACKEND when it first checks: the native binary
// (recheck-<os>-<arch>, an optional dependency), else a JVM with recheck-jar, else the pure-JS
// build, which is several times slower. Naming the backend makes a missing or broken binary fail
// loudly instead of silently falling back and blowing the time budget.
import { createRequire } from 'node:module';

export type RecheckBackend = 'native' | 'auto';

const require = createRequire(import.meta.url);
const OS: Readonly<Record<string, string>> = { darwin: 'macos', linux: 'linux', win32: 'windows' };

function hasNativeBinary(): boolean {
  try {
    require.resolve(`recheck-${OS[process.platform] ?? process.platform}-${process.arch}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/** Sets RECHECK_BACKEND before the first check: `native` where the platform binary is installed. */
export function getRecheckBackend(): RecheckBackend {
  const backend: RecheckBackend = hasNativeBinary() ? 'native' : 'auto';
  process.env.RECHECK_BACKEND = backend;
  return backend;
}
