// A paragraph is a few hundred characters; a hostile one is a 20 MB line. Reading a block in
// windows of bounded length keeps every later step (inline reading, classification, sentence
// search) working on small strings; an inline construct cut by a window edge just reads as text.

/** Longest copy read as one piece: far above any real paragraph. */
export const MAX_WINDOW_LENGTH = 32_000;

const isSpace = (code: number) => code === 32 || code === 9;

/**
 * `lines` (`[start0, end0, …]` in `text`) split into windows of at most `max` characters, each
 * in the same form. Long lines are cut at a space near the window's end when there is one.
 */
export function getCopyWindows(text: string, lines: readonly number[], max = MAX_WINDOW_LENGTH): number[][] {
  const windows: number[][] = [];
  let current: number[] = [];
  let size = 0;
  const close = () => {
    if (current.length > 0) windows.push(current);
    current = [];
    size = 0;
  };
  for (let k = 0; k + 1 < lines.length; k += 2) {
    let start = lines[k] ?? 0;
    const end = lines[k + 1] ?? start;
    while (end - start > max - size) {
      if (size > 0) {
        close();
        continue;
      }
      let cut = start + max;
      const floor = start + Math.floor((max * 3) / 4);
      while (cut > floor && !isSpace(text.charCodeAt(cut))) cut -= 1;
      if (cut === floor) cut = start + max;
      windows.push([start, cut]);
      start = cut;
    }
    current.push(start, end);
    size += end - start + 1;
  }
  close();
  return windows;
}
