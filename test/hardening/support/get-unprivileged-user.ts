// Who to run the scanner as so that file modes are enforced. Root reads everything, so under
// root (CI containers) the scanner is started as `nobody`; anyone else runs as themselves.
import { spawnSync } from 'node:child_process';
import { SCANNER_BIN } from '../../scanner/support/run-scanner.js';

const NOBODY = { uid: 65534, gid: 65534 };

export interface UnprivilegedUser {
  /** undefined: the current user, who is not root. */
  user: { uid: number; gid: number } | undefined;
  /** Why permission tests cannot run here, if they cannot. */
  skipReason?: string;
}

export function getUnprivilegedUser(): UnprivilegedUser {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return { user: undefined, skipReason: 'no POSIX file modes' };
  if (process.getuid() !== 0) return { user: undefined };
  // The checkout must be readable by nobody (it is not under a 0700 home directory, say).
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(SCANNER_BIN)}, require('node:fs').constants.R_OK)`], {
    ...NOBODY,
    stdio: 'ignore',
  });
  if (probe.status !== 0) return { user: NOBODY, skipReason: `running as root and ${SCANNER_BIN} is not readable by nobody` };
  return { user: NOBODY };
}
