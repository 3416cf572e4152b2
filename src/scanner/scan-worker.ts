// A worker thread of a large scan: reads and scans the batches of files the main thread hands
// it, with its own engine (ESLint is loaded here only if a file needs it). Runs nothing else.
import { parentPort, workerData } from 'node:worker_threads';
import { readTextFile } from './files/read-text-file.js';
import { getSeverityOf, scanFile, type FileOutcome, type FileTarget } from './scan-file.js';
import { createScanEngine, type ScanEngineSettings } from './scan-text.js';

export interface WorkerSettings {
  engine: ScanEngineSettings;
  maxFileSize: number;
}

export interface WorkerBatch {
  id: number;
  files: FileTarget[];
}

export interface WorkerResult {
  id: number;
  outcomes: FileOutcome[];
}

const settings = workerData as WorkerSettings;
const engine = createScanEngine(settings.engine);
const getSeverity = getSeverityOf(settings.engine.rules);
const readOptions = { maxBytes: settings.maxFileSize };

parentPort!.on('message', async (batch: WorkerBatch) => {
  const outcomes: FileOutcome[] = [];
  for (const file of batch.files) {
    const read = await readTextFile(file.filename, file.path, readOptions);
    outcomes.push(scanFile(read, file, engine, getSeverity));
  }
  parentPort!.postMessage({ id: batch.id, outcomes } satisfies WorkerResult);
});
