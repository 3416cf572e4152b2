// Belt and braces: nothing the bench prints or writes to results may hold a whole token, so every
// line goes through this before it leaves the process.
const TOKEN_LIKE = /(dG9rO[jm]|ZEc5ck9[qt])[A-Za-z0-9+/]{10,}(={0,2}|%3D)/g;

export function maskSecrets(text) {
  return text.replace(TOKEN_LIKE, (match) => `${match.slice(0, 8)}…`);
}
