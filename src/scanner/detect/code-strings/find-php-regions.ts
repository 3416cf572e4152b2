// The PHP code of a .php file: `<?php … ?>` and `<?= … ?>` blocks (a file that never closes its
// last block runs to the end). Everything else in the file is a page of markup.
import type { CodeRegion } from './find-template-code-regions.js';

const OPEN = /<\?(?:php\b|=)?/g;

export function findPhpRegions(text: string): CodeRegion[] {
  const regions: CodeRegion[] = [];
  OPEN.lastIndex = 0;
  for (let open = OPEN.exec(text); open; open = OPEN.exec(text)) {
    const start = open.index + open[0].length;
    const close = text.indexOf('?>', start);
    const end = close < 0 ? text.length : close;
    regions.push({ start, end });
    OPEN.lastIndex = close < 0 ? text.length : close + 2;
  }
  return regions;
}

/** The text with the given regions turned into spaces (line breaks kept), so offsets stay true. */
export function blankRegions(text: string, regions: readonly CodeRegion[]): string {
  if (regions.length === 0) return text;
  const parts: string[] = [];
  let position = 0;
  for (const region of regions) {
    parts.push(text.slice(position, region.start), text.slice(region.start, region.end).replace(/[^\r\n]/g, ' '));
    position = region.end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}
