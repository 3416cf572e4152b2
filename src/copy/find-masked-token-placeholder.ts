import { TOKEN_BASE64_PREFIXES, TOKEN_PLAIN_PREFIX } from '../tokens/token-shape.js';

export interface MaskedTokenPlaceholder {
  /** The visible prefix, safe to show: `dG9rOm`, `dG9rOj` or `tok:`. */
  prefix: string;
  /** Whether the prefix is the base64 one, which only Intercom tokens start with. */
  intercomShaped: boolean;
}

// What a UI uses to hide the rest of an example token: bullets, stars, an ellipsis, x-runs.
const MASK = String.raw`(?:[•●∙·*…]|\.{3}|x{4,}|X{4,}|_{3,})`;
const BASE64_PLACEHOLDER = new RegExp(
  String.raw`(?<![A-Za-z0-9+/])(${TOKEN_BASE64_PREFIXES.join('|')})[A-Za-z0-9+/]{0,40}?${MASK}`,
);
const PLAIN_PLACEHOLDER = new RegExp(String.raw`(?<![A-Za-z0-9])${TOKEN_PLAIN_PREFIX}${MASK}`, 'i');

/**
 * Finds a placeholder shaped like an Intercom access token with its tail masked
 * (`dG9rOm••••==`, `dG9rOjBiM...`, `tok:xxxx`). A placeholder is never a usable token: the
 * masking is what tells it apart from one, so no decoding is needed.
 */
export function findMaskedTokenPlaceholder(text: string): MaskedTokenPlaceholder | null {
  const base64 = BASE64_PLACEHOLDER.exec(text);
  if (base64?.[1] !== undefined) return { prefix: base64[1], intercomShaped: true };
  if (PLAIN_PLACEHOLDER.test(text)) return { prefix: TOKEN_PLAIN_PREFIX, intercomShaped: false };
  return null;
}

/** How a placeholder may be shown in a report: its prefix and an ellipsis, nothing more. */
export function maskPlaceholder(placeholder: MaskedTokenPlaceholder): string {
  return `${placeholder.prefix}…`;
}
