import type { DataStats } from './data-tree.js';

// A catalog with an unusual name still reads like one: mostly prose strings, hardly any numbers,
// booleans or the keys of field definitions and machine configuration.
// A handful of strings says too little: small files are read by their keys.
const MIN_STRINGS = 5;
const MIN_PROSE_SHARE = 0.7;
const MAX_OTHER_SHARE = 0.1;
const MAX_TECHNICAL_KEY_SHARE = 0.05;

/** Whether a JSON/YAML file's values are mostly prose strings: an i18n catalog by content. */
export function isProseCatalog(stats: DataStats): boolean {
  const scalars = stats.strings + stats.others;
  return (
    stats.strings >= MIN_STRINGS &&
    stats.prose >= MIN_PROSE_SHARE * stats.proseChecked &&
    stats.others <= MAX_OTHER_SHARE * scalars &&
    stats.technicalKeys <= MAX_TECHNICAL_KEY_SHARE * stats.keys
  );
}
