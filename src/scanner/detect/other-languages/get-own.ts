/**
 * A record's own entry for a key read from scanned code: a name such as `constructor` or
 * `toString` must not reach the prototype.
 */
export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
