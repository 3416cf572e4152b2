import { INTERCOM_SDK_PACKAGES, README_INTERCOM_SPEC_PREFIX } from './catalogue.js';

/** What a file's text says it may contain, decided before any parsing-dependent work. */
export interface IntercomMarkers {
  /** A sink the engine knows could be in this file; without it the file needs no analysis. */
  any: boolean;
  /** An API host or an `Intercom-Version` header, without which no raw HTTP request can be an Intercom sink. */
  http: boolean;
}

const INTERCOM = /intercom/i;
const HTTP_MARKER = /intercom\.io|intercom-version/i;
// SDK sinks are matched by the module a value is imported from, and a module is named by a
// string literal in the same file; readme.io clients by their `@intercom-api-reference` spec.
const SINK_MODULE_MARKERS: readonly string[] = [...INTERCOM_SDK_PACKAGES, README_INTERCOM_SPEC_PREFIX];

/**
 * Cheap pre-filter on a file's text, shared by the rule and the scanner. Every sink the engine
 * knows needs one of these written in the file: an SDK module name (`intercom-client`,
 * `intercom.io`, `@api/intercom`), an `@intercom-api-reference` spec, an `*.intercom.io` host or
 * an `Intercom-Version` header (raw requests), or one of the user-defined sink modules. Merely
 * mentioning Intercom is not enough: the SDK's own sources and most files that name it hold none.
 */
export function getIntercomMarkers(text: string, extraModules: readonly string[] = []): IntercomMarkers {
  // Every built-in marker names Intercom: one search settles most files.
  if (!INTERCOM.test(text)) return { any: extraModules.some((module) => module.length > 0 && text.includes(module)), http: false };
  const http = HTTP_MARKER.test(text);
  const any =
    http ||
    SINK_MODULE_MARKERS.some((marker) => text.includes(marker)) ||
    extraModules.some((module) => module.length > 0 && text.includes(module));
  return { any, http };
}
