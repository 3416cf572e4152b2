/** What a file's text says it may contain, decided before any parsing-dependent work. */
export interface IntercomMarkers {
  /** Anything Intercom-related at all; without it the file needs no analysis. */
  any: boolean;
  /** An API host or an `Intercom-Version` header, without which no raw HTTP request can be an Intercom sink. */
  http: boolean;
}

/**
 * Cheap pre-filter on a file's text. Every sink the engine knows mentions Intercom somewhere in
 * the file (an `intercom-client`/`intercom.io`/`@api/intercom` import, an `@intercom-api-reference`
 * spec, an `*.intercom.io` host, an `Intercom-Version` header), or one of the user-defined sink
 * modules.
 */
export function getIntercomMarkers(text: string, extraModules: readonly string[] = []): IntercomMarkers {
  const http = /intercom\.io|intercom-version/i.test(text);
  const any = http || /intercom/i.test(text) || extraModules.some((module) => module.length > 0 && text.includes(module));
  return { any, http };
}
