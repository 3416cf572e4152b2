const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/** Bytes in SI units with three significant digits at most: `0 B`, `950 B`, `34.5 kB`, `1.2 GB`. */
export function getHumanSize(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 999.5 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits))} ${UNITS[unit]}`;
}
