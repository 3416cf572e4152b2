// Spreads a large scan over worker threads: batches go to whichever worker is free, results come
// back in file order. A worker that dies takes no file with it: its batch is scanned again on
// the main thread, one file at a time, so a file that breaks a detector is reported, not lost.
import { Worker } from 'node:worker_threads';
import { readTextFile } from './files/read-text-file.js';
import { getSeverityOf, scanFile, type FileOutcome, type FileTarget } from './scan-file.js';
import { createScanEngine, type ScanEngine } from './scan-text.js';
import type { WorkerBatch, WorkerResult, WorkerSettings } from './scan-worker.js';

// Small enough to balance two workers near the end of a scan, large enough that messages are rare.
const BATCH_SIZE = 64;
// A worker's heap is capped so that several fit the memory of one scan (V8 otherwise lets each
// grow to gigabytes before collecting); the rare file that needs more is scanned again here.
const WORKER_HEAP_MB = 384;
const WORKER_URL = new URL('./scan-worker.js', import.meta.url);

export async function scanInWorkers(
  files: readonly FileTarget[],
  settings: WorkerSettings,
  workerCount: number,
  onProgress?: (done: number) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const batches: WorkerBatch[] = [];
  for (let start = 0; start < files.length; start += BATCH_SIZE) {
    batches.push({ id: start, files: files.slice(start, start + BATCH_SIZE) });
  }
  let next = 0;
  let done = 0;
  let fallback: ScanEngine | undefined;
  const store = (batch: WorkerBatch, results: readonly FileOutcome[]) => {
    results.forEach((outcome, offset) => (outcomes[batch.id + offset] = outcome));
    done += results.length;
    onProgress?.(done);
  };
  // The main thread's own engine, created only if a worker fails.
  const scanHere = async (batch: WorkerBatch, reason?: string) => {
    fallback ??= createScanEngine(settings.engine);
    const getSeverity = getSeverityOf(settings.engine.rules);
    const results: FileOutcome[] = [];
    for (const file of batch.files) {
      results.push(scanFile(await readTextFile(file.filename, file.path, { maxBytes: settings.maxFileSize }), file, fallback, getSeverity));
    }
    if (reason) {
      results[0]?.notices.push({
        level: 'info',
        code: 'worker-restarted',
        message: `a worker thread stopped (${reason}); its ${batch.files.length} file(s) were scanned on the main thread`,
      });
    }
    store(batch, results);
  };

  const runWorker = () =>
    new Promise<void>((resolve) => {
      let current: WorkerBatch | undefined;
      let failure: string | undefined;
      const worker = new Worker(WORKER_URL, { workerData: settings, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      const feed = () => {
        current = batches[next++];
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      worker.on('message', (result: WorkerResult) => {
        if (current && result.id === current.id) store(current, result.outcomes);
        feed();
      });
      worker.on('error', (error: Error & { code?: string }) => {
        failure = error.code ?? error.name;
      });
      worker.on('exit', () => {
        // Finished normally once no batch is left; otherwise this worker's share goes on here.
        const orphan = current && outcomes[current.id] === undefined ? current : undefined;
        void (async () => {
          if (failure !== undefined || orphan) {
            if (orphan) await scanHere(orphan, failure ?? 'exited');
            for (let batch = batches[next++]; batch; batch = batches[next++]) await scanHere(batch);
          }
          resolve();
        })();
      });
      feed();
    });

  await Promise.all(Array.from({ length: Math.max(1, workerCount) }, runWorker));
  return outcomes;
}
