// Facts about the shape of an Intercom access token (see ../shared/reference/intercom.md §2).
// A token is base64("tok:" + uuid with "_" for "-" + ":1:0"), optionally with a region tail.

/** `dG9rOj` when the uuid starts with a digit, `dG9rOm` when it starts with a–f. */
export const TOKEN_BASE64_PREFIXES = ['dG9rOj', 'dG9rOm'] as const;

/** The decoded token starts with this. */
export const TOKEN_PLAIN_PREFIX = 'tok:';

/** base64(base64(token) + ":"), the token double-encoded as a Basic-auth username. */
export const BASIC_DOUBLE_ENCODED_PREFIXES = ['ZEc5ck9q', 'ZEc5ck9t'] as const;

/**
 * What a decoded token must look like. Anchored at the start only: the caller measures how much
 * of the candidate it covers. Counts are bounded so the pattern stays linear.
 */
export const DECODED_TOKEN_PATTERN =
  /^tok:[0-9a-f]{8}(?:_[0-9a-f]{4}){3}_[0-9a-f]{12}:\d{1,6}:\d{1,6}(?::[a-z0-9][a-z0-9-]{0,30})?/;

/** The shortest decoded token is "tok:" + 36 + ":1:0" = 44 bytes, i.e. 59 base64 characters. */
export const MIN_DECODED_TOKEN_LENGTH = 44;
export const MIN_ENCODED_TOKEN_LENGTH = Math.ceil((MIN_DECODED_TOKEN_LENGTH * 4) / 3);

/** Room for the longest region tail we accept, plus padding and escapes. */
export const MAX_ENCODED_TOKEN_LENGTH = 160;
