// Almost no vendored file mentions Intercom, so every rule would leave at its cheap early exit and
// the smoke would test nothing. A trailing comment carrying each rule's signals (an Intercom
// host and header, a token prefix) sends the file's real AST through every rule's full path.
// Appended, not prepended: lines and columns of the file's own code do not move.
export const PRIMER = '/* smoke primer: Intercom api.intercom.io Intercom-Version dG9rOj dG9rOm */';

export function getPrimedText(text) {
  return `${text}\n${PRIMER}\n`;
}
