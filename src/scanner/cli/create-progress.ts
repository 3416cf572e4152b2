// A progress line on stderr for long scans on a terminal: shown only after a second, redrawn at
// most ten times a second, erased when the scan ends so the report starts on a clean line.
export interface Progress {
  update: (done: number, total: number) => void;
  done: () => void;
}

const DELAY_MS = 1000;
const INTERVAL_MS = 100;

export function createProgress(stream: { write(text: string): unknown }, enabled: boolean): Progress {
  if (!enabled) return { update: () => {}, done: () => {} };
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < DELAY_MS || now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[2Kintercom-auth-scan: ${done}/${total} files`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
