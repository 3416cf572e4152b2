// Terminal controls (C0, DEL, C1) and bidirectional overrides in a hostile file name or message
// could rewrite or reorder what the user sees; shown as visible escapes instead.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character spelled out as `\u{…}`. */
export function getPrintable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`);
}
