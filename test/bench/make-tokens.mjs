// Synthetic tokens and look-alikes, all derived from a seed so that every run plants the same
// strings: base64("tok:" + uuid with "_" for "-" + ":1:0" [+ ":" + region]).
import { createHash } from 'node:crypto';

const b64 = (text) => Buffer.from(text, 'latin1').toString('base64');
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function createTokenMaker(seed) {
  let counter = 0;
  const nextHex = () => createHash('sha256').update(`${seed}:${counter++}`).digest('hex');
  const nextInt = (bound) => Number.parseInt(nextHex().slice(0, 12), 16) % bound;

  /** A v4-shaped uuid, `_`-separated as in tokens; the first character a digit or a letter a–f. */
  const uuid = (startsWith) => {
    const hex = nextHex();
    let first = hex[0];
    if (startsWith === 'digit' && !/\d/.test(first)) first = String(nextInt(10));
    if (startsWith === 'letter' && !/[a-f]/.test(first)) first = 'abcdef'[nextInt(6)];
    const variant = '89ab'[nextInt(4)];
    return `${first}${hex.slice(1, 8)}_${hex.slice(8, 12)}_4${hex.slice(13, 16)}_${variant}${hex.slice(17, 20)}_${hex.slice(20, 32)}`;
  };

  const token = ({ startsWith, region } = {}) => b64(`tok:${uuid(startsWith)}:1:0${region ? `:${region}` : ''}`);

  const randomBase64 = (length) => {
    let text = '';
    while (text.length < length) for (const pair of nextHex().match(/../g)) text += BASE64_ALPHABET[Number.parseInt(pair, 16) % 64];
    return text.slice(0, length);
  };

  /** Strings that look like tokens and must not be reported, by kind; `index` varies the form. */
  const lookalikes = {
    // Decodes to tok:… but one uuid group has the wrong length.
    'wrong-length': (index) => {
      const [a, b, c, d, e] = uuid(index % 2 ? 'letter' : 'digit').split('_');
      return b64(index % 2 ? `tok:${a}_${b}_${c}_${d}_${e}0:1:0` : `tok:${a.slice(1)}_${b}_${c}_${d}_${e}:1:0`);
    },
    // Right length, wrong plain text: base64 of "token:…" or "Tok:…".
    'not-tok': (index) => b64(`${index % 2 ? 'Tok' : 'token'}:${uuid()}:1:0`),
    masked: (index) => ['dG9rOjEx…', 'dG9rOm••••==', `dG9rOjBi${'*'.repeat(52)}`, 'dG9rOm…REDACTED'][index % 4],
    truncated: (index) => {
      const full = token({ startsWith: index % 2 ? 'letter' : 'digit' });
      return index % 2 ? `${full.slice(0, 30)}...` : full.slice(0, 44);
    },
    // A documentation placeholder: one repeated digit for the whole uuid.
    placeholder: (index) => {
      const digit = String((index * 3) % 10);
      return b64(`tok:${digit.repeat(8)}_${digit.repeat(4)}_${digit.repeat(4)}_${digit.repeat(4)}_${digit.repeat(12)}:1:0`);
    },
    // The prefix, then random base64: decodes to "tok:" and garbage.
    'random-after-prefix': (index) => `${index % 2 ? 'dG9rOm' : 'dG9rOj'}${randomBase64(53)}=`,
    'validation-regex': (index) => (index % 2 ? '/^dG9rO[jm][A-Za-z0-9+/]{54}={0,2}$/' : '^dG9rOj[A-Za-z0-9+/=]{54,70}$'),
    'not-a-uuid': (index) => b64(index % 2 ? 'tok:dev_token_here:1:0' : 'tok:<your-intercom-access-token-here>:1:0'),
  };

  return { token, uuid, nextInt, randomBase64, lookalikes, b64 };
}
