import { INTERCOM_API_HOSTS, OAUTH_TOKEN_PATHS } from './catalogue.js';
import { HOLE } from './get-static-shape.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// `api.intercom.io`, `https://api.eu.intercom.io/…`, `//api.intercom.io`, and a region left to run
// time (`https://api.${region}.intercom.io`).
const HOST_PATTERN = new RegExp(
  `^(?:[a-z][a-z0-9+.-]*:)?(?://)?(?:${INTERCOM_API_HOSTS.map(escape).join('|')}|api\\.${HOLE}+\\.intercom\\.io)(?=$|[/:?#${HOLE}])`,
  'i',
);

/** Whether a (partially known) URL or host points at the Intercom REST API. */
export function isIntercomApiUrl(shape: string | undefined): boolean {
  return shape !== undefined && HOST_PATTERN.test(shape.trim());
}

/** Whether a URL is an OAuth code → token exchange (built in, or one of `extraUrls`). */
export function isOAuthTokenUrl(shape: string | undefined, extraUrls: readonly string[] = []): boolean {
  if (shape === undefined) return false;
  const url = shape.trim().split(/[?#]/)[0]!;
  const path = trimTrailingSlashes(url);
  if (isIntercomApiUrl(url) && OAUTH_TOKEN_PATHS.some((tokenPath) => path.endsWith(tokenPath))) return true;
  return extraUrls.some((extra) => extra.length > 0 && path === trimTrailingSlashes(extra));
}

// The lookbehind starts a match only at the first slash of a run, which keeps this linear.
const trimTrailingSlashes = (url: string) => url.replace(/(?<!\/)\/+$/, '');
