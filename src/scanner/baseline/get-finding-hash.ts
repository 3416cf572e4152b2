import { createHash } from 'node:crypto';

/**
 * The one place a finding's identity is hashed: sha256 hex of rule, path and key. No line
 * numbers, so baseline entries survive edits that move code; the path is part of it, so a
 * renamed or moved file's findings come back and must be re-baselined (accepted: a finding's
 * file is part of what was reviewed).
 */
export function getFindingHash(rule: string, path: string, key: string): string {
  return createHash('sha256').update(`${rule}\0${path}\0${key}`).digest('hex');
}
