export { applyBaseline, type BaselineResult } from './apply-baseline.js';
export { BASELINE_TOOL, BASELINE_VERSION, type Baseline, type BaselineEntry } from './baseline-format.js';
export { createBaseline } from './create-baseline.js';
export { getFindingHash } from './get-finding-hash.js';
export { readBaseline } from './read-baseline.js';
export { formatBaseline, writeBaseline } from './write-baseline.js';
