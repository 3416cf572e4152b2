/** Whether a catalogue list holds a value (never for `undefined`). */
export function includes(list: readonly string[], value: string | undefined): boolean {
  return value !== undefined && list.includes(value);
}

/** Appends `value` to the list `map` keeps under `key`, starting the list if there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Appends without spreading: a spread call fails past ~100k items, and hostile code can yield that many. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
