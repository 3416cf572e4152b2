// Types for get-hostile-cases.mjs, which stays plain JS so the stress script needs no build step.

export interface HostileCase {
  /** a–e, as in issue 5's list. */
  group: string;
  /** File name inside the scan directory. */
  file: string;
  /** One line for the table. */
  what: string;
  /** The content; `token` is planted where `planted` says. */
  make(token: string): string;
  /** The content holds the token: it must be reported (exit 1). */
  planted: boolean;
  /** A finding of this rule must be reported (exit 1), token or not. */
  rule?: string;
  /** Extra CLI arguments. */
  args?: string[];
  /** The file must be skipped with this notice code, and the run exit with this code. */
  skipped?: { code: string; exit: number };
  /** Why the case fails today (reported, not fixed in this change). */
  knownBug?: string;
}

export interface HostileSizes {
  singleLine: number;
  lookAlikes: number;
  unclosed: number;
  depth: number;
  bundle: number;
  oversized: number;
}

export const MB: number;
export const FULL_SIZES: Readonly<HostileSizes>;
export function generateToken(): string;
export function getHostileCases(sizes?: Partial<HostileSizes> & { maxFileSize?: number }): HostileCase[];
