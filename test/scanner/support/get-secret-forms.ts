// Everything that would give a token away if an output printed it: the token, its base64 body
// without padding, the decoded `tok:` form and its UUID, plus a middle slice (a leak of most of
// the token). The masked form shows eight characters at most, so none of these can appear.
/** The secret forms of a token built by generateToken (base64 of `tok:<uuid>:1:0[:region]`). */
export function getSecretForms(token: string): string[] {
  const body = token.replace(/=+$/, '');
  const decoded = Buffer.from(body, 'base64').toString('utf8');
  const uuid = decoded.split(':')[1] ?? '';
  return [token, body, decoded, uuid, body.slice(10, 34)].filter((form) => form.length >= 20);
}

