import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation } from 'sarif';
import { toWellFormed } from './to-well-formed.js';

export const SRCROOT = '%SRCROOT%';

/**
 * A SARIF artifact location for a report path: relative paths are percent-encoded one segment at
 * a time (spaces, `#`, `%`, `?`, non-ASCII) under %SRCROOT%; an absolute path becomes a file URL.
 */
export function getArtifactLocation(path: string): ArtifactLocation {
  const clean = toWellFormed(path);
  if (isAbsolute(clean)) return { uri: pathToFileURL(clean).href };
  return { uri: clean.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
