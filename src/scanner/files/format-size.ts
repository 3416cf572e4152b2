// A byte count for people: '812 B', '1.5 KiB', '70.0 MiB'. Binary units, as --max-file-size reads
// them; used by the notices and by every report's summary.
const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'] as const;

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}
