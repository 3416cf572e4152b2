export { applySuppressions, type SuppressionResult } from './apply-suppressions.js';
export { findSuppressions, type Directive, type Suppressions } from './find-suppressions.js';
