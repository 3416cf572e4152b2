/**
 * `text` with lone surrogates replaced by U+FFFD (String#toWellFormed, which the ES2022 lib
 * lacks): encodeURIComponent throws on them and XML forbids them. One linear pass.
 */
export function toWellFormed(text: string): string {
  let out = '';
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++;
      continue;
    }
    out += `${text.slice(at, i)}\ufffd`;
    at = i + 1;
  }
  return at === 0 ? text : out + text.slice(at);
}
