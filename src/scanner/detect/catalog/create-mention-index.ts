// Vendor mentions of a whole file, found in one pass and counted per range by binary search: far
// cheaper than running the vendor matcher once per key and string of a large catalog.
import { findVendorMentions, type VendorMentions } from '../../../copy/find-vendor-mentions.js';

export interface MentionIndex {
  /** Mentions that start in `[start, end)` of the file. */
  count(start: number, end: number): VendorMentions;
  /** Adds the mentions in `[start, end)` to `total` (no allocation: called for every key and string). */
  addTo(total: VendorMentions, start: number, end: number): void;
  /** Mentions in the whole file. */
  total: VendorMentions;
}

export function createMentionIndex(text: string): MentionIndex {
  const mentions = findVendorMentions(text);
  const positions = new Float64Array(mentions.length);
  // intercomBefore[k]: how many of the first k mentions name Intercom.
  const intercomBefore = new Uint32Array(mentions.length + 1);
  mentions.forEach((mention, index) => {
    positions[index] = mention.index;
    intercomBefore[index + 1] = intercomBefore[index]! + (mention.intercom ? 1 : 0);
  });

  const lowerBound = (offset: number) => {
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (positions[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  const total = { intercom: intercomBefore[mentions.length]!, other: mentions.length - intercomBefore[mentions.length]! };
  const addTo = (sum: VendorMentions, start: number, end: number) => {
    if (positions.length === 0 || end <= start) return;
    const from = lowerBound(start);
    if (from >= positions.length || positions[from]! >= end) return;
    const to = lowerBound(end);
    const intercom = intercomBefore[to]! - intercomBefore[from]!;
    sum.intercom += intercom;
    sum.other += to - from - intercom;
  };
  return {
    total,
    addTo,
    count(start, end) {
      const sum = { intercom: 0, other: 0 };
      addTo(sum, start, end);
      return sum;
    },
  };
}
