import type { SourceLabel } from './catalogue.js';

/**
 * Where a value may come from. Several origins can hold at once (`req.body.t ?? env.T`); the
 * first label seen of each kind is kept so a message can name it.
 */
export interface Origin {
  /** User input: request data, form fields, browser prompt, URL, postMessage… */
  readonly user?: SourceLabel;
  /** Command-line input: argv, CLI parsers, terminal prompts, stdin. */
  readonly cli?: SourceLabel;
  /** Unknown origin (imports, exported functions' parameters…), reported only under `strict`. */
  readonly unknown?: SourceLabel;
}

export const NO_ORIGIN: Origin = Object.freeze({});

export function userOrigin(label: SourceLabel): Origin {
  return { user: label };
}

export function cliOrigin(label: SourceLabel): Origin {
  return { cli: label };
}

export function unknownOrigin(label: SourceLabel): Origin {
  return { unknown: label };
}

export function isEmptyOrigin(origin: Origin): boolean {
  return origin.user === undefined && origin.cli === undefined && origin.unknown === undefined;
}

export function mergeOrigins(a: Origin, b: Origin): Origin {
  if (isEmptyOrigin(b)) return a;
  if (isEmptyOrigin(a)) return b;
  return { user: a.user ?? b.user, cli: a.cli ?? b.cli, unknown: a.unknown ?? b.unknown };
}

/** Drops "unknown": an opaque call's result is not reported even when its callee is unknown. */
export function withoutUnknown(origin: Origin): Origin {
  if (origin.unknown === undefined) return origin;
  if (origin.user === undefined && origin.cli === undefined) return NO_ORIGIN;
  return { user: origin.user, cli: origin.cli };
}
