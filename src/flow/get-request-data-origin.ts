import { CALL_KEY } from './ast-types.js';
import {
  EVENT_DATA_MEMBERS,
  EVENT_REQUEST_MEMBERS,
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
  // h3 `event.node.req`
  if (head === 'node' && next !== undefined && (NESTED_REQUEST_MEMBERS as readonly string[]).includes(next)) {
    return getRequestDataOrigin(path.slice(2));
  }
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
  // A framework's request event under the same name: SvelteKit/Astro/Qwik `event.request`,
  // `event.url`, `event.params`; h3 `event.node.req`, `event.req`.
  if (head !== undefined && (EVENT_REQUEST_MEMBERS as readonly string[]).includes(head)) {
    const rest = head === 'node' ? (path[1] === 'req' ? path.slice(2) : undefined) : path.slice(1);
    return rest ? getRequestDataOrigin(rest) : NO_ORIGIN;
  }
  if (head !== undefined && Object.hasOwn(EVENT_DATA_MEMBERS, head)) return userOrigin(EVENT_DATA_MEMBERS[head]!);
  if (head === undefined || !(LAMBDA_EVENT_MEMBERS as readonly string[]).includes(head)) return NO_ORIGIN;
  return userOrigin(REQUEST_DATA_MEMBERS[head] ?? (head === 'rawQueryString' ? 'query string' : 'request'));
}
