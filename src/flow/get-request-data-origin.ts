import { CALL_KEY } from './ast-types.js';
import {
  LAMBDA_EVENT_MEMBERS,
  NESTED_REQUEST_MEMBERS,
  REQUEST_DATA_MEMBERS,
  REQUEST_DATA_METHODS,
} from './catalogue.js';
import { NO_ORIGIN, type Origin, userOrigin } from './origin.js';

/**
 * Origin of `path` read from a request or a framework's handler context (Express `req`, Koa
 * `ctx`, Hono `c`, Remix/SvelteKit `{ request, params, url }`): client data for body, query,
 * params, headers, cookies…, nothing for what the server put there (`req.user`, `req.session`,
 * `res.locals`, `ctx.state`, `c.env`).
 */
export function getRequestDataOrigin(path: readonly string[], isContext = false): Origin {
  const [head, next] = path;
  if (head === undefined) return userOrigin('request');
  if ((NESTED_REQUEST_MEMBERS as readonly string[]).includes(head)) return getRequestDataOrigin(path.slice(1));
  // On a context object (Hono `c.get('user')`), `get` reads what middleware stored.
  if (next === CALL_KEY && Object.hasOwn(REQUEST_DATA_METHODS, head) && !(isContext && head === 'get')) {
    return userOrigin(REQUEST_DATA_METHODS[head]!);
  }
  if (Object.hasOwn(REQUEST_DATA_MEMBERS, head)) return userOrigin(REQUEST_DATA_MEMBERS[head]!);
  return NO_ORIGIN;
}

/** Origin of `path` read from an AWS Lambda / Netlify `event`. */
export function getLambdaEventOrigin(path: readonly string[]): Origin {
  const head = path[0];
  if (head === undefined || !(LAMBDA_EVENT_MEMBERS as readonly string[]).includes(head)) return NO_ORIGIN;
  return userOrigin(REQUEST_DATA_MEMBERS[head] ?? (head === 'rawQueryString' ? 'query string' : 'request'));
}
