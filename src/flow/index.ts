/** The user-supplied-token engine, shared by the ESLint rule and the standalone scanner. */
export * from './catalogue.js';
export { FlowAnalysis, type FlowAnalysisOptions, type Frame, type ValueAt } from './flow-analysis.js';
export { TokenSinkFinder, type TokenSink } from './find-token-sinks.js';
export { getStaticShape, HOLE } from './get-static-shape.js';
export { isIntercomApiUrl, isOAuthTokenUrl } from './is-intercom-url.js';
export { getIntercomMarkers, type IntercomMarkers } from './is-intercom-relevant.js';
export { type Origin } from './origin.js';
