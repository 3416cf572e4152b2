// A file of one supported type with values planted in kind-appropriate places, between filler
// lines, and the offsets where each planted value's secret part lies.
import { FILE_TEMPLATES, type FileKindName } from './file-templates.js';

export interface Planting {
  /** The value to write (a token in some encoding). */
  text: string;
  /** Where the secret part starts inside `text`; it runs to the end of `text`. */
  secretStart: number;
  /** Which of the kind's holders (taken modulo their number). */
  holder: number;
  /** A line written before the holder's line ('' for none). */
  filler: string;
}

export interface PlantedFile {
  path: string;
  text: string;
  /** `[start, end)` of each planting's secret part in `text`, in planting order. */
  spans: { start: number; end: number }[];
}

/** `newline` ends each line written here (a template's own multi-line holders keep `\n`). */
export function getPlantedFile(kind: FileKindName, plantings: readonly Planting[], newline = '\n'): PlantedFile {
  const template = FILE_TEMPLATES[kind];
  let text = template.header;
  const spans: PlantedFile['spans'] = [];
  plantings.forEach((planting, index) => {
    if (planting.filler !== '') text += `${planting.filler}${newline}`;
    const [before, after] = template.holders[planting.holder % template.holders.length]!;
    const opening = before.replace('{n}', String(index));
    const start = text.length + opening.length + planting.secretStart;
    text += `${opening}${planting.text}${after}${newline}`;
    spans.push({ start, end: start - planting.secretStart + planting.text.length });
  });
  return { path: template.path, text: text + template.footer, spans };
}
