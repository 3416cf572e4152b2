export { findTokens, type TokenEncoding, type TokenMatch } from './find-tokens.js';
export { getTokenFingerprint } from './get-token-fingerprint.js';
export { maskToken } from './mask-token.js';
export { mightContainToken, mightContainTokenPiece } from './might-contain-token.js';
export { redactTokens } from './redact-tokens.js';
export * from './token-shape.js';
