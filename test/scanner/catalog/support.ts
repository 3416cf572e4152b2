import { expect } from 'vitest';
import {
  findCatalogSolicitations,
  type CatalogKind,
  type CatalogOptions,
} from '../../../src/scanner/detect/catalog/find-catalog-solicitations.js';

export interface Found {
  messageId: string;
  /** 1-based line of the finding's start. */
  line: number;
  /** The source text the finding covers. */
  source: string;
  key: string;
}

/** The findings of the catalog detector, reduced to what the tests compare. */
export function find(text: string, kind: CatalogKind, path: string, options?: CatalogOptions): Found[] {
  return findCatalogSolicitations(text, kind, path, options).map((detection) => {
    expect(detection.rule).toBe('no-token-solicitation');
    expect(detection.start).toBeGreaterThanOrEqual(0);
    expect(detection.end).toBeGreaterThan(detection.start);
    expect(detection.end).toBeLessThanOrEqual(text.length);
    return {
      messageId: detection.messageId,
      line: text.slice(0, detection.start).split('\n').length,
      source: text.slice(detection.start, detection.end),
      key: detection.key,
    };
  });
}

/** The 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`not in text: ${needle}`);
  return text.slice(0, index).split('\n').length;
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2);
