// Strings that look like tokens but that the core promises not to report (see the look-alike
// list in test/tokens and ../shared/reference/intercom.md §2): each is built from a real
// generated token by breaking what validation checks, so it is as close to a token as possible.
import fc from 'fast-check';
import { maskToken } from '../../../src/tokens/index.js';
import { b64 } from '../../support/generate-token.js';
import { arbitraryToken, type GeneratedToken } from './arbitrary-token.js';

export interface LookAlike {
  kind: string;
  text: string;
}

const HEX_POSITIONS = [...Array(36).keys()].filter((i) => ![8, 13, 18, 23].includes(i));
// Not lower-case hex: upper-case hex, other letters, the dash real uuids use, space, dot, colon, non-ASCII.
const NOT_HEX = ['A', 'F', 'g', 'z', 'G', '-', ' ', '.', ':', 'é', '0x'];
const MASKS = ['…', '...', '***', '••••', 'xxxx', '<redacted>', '==', '••••=='];

/** `tok:` + `uuid` + `:1:0` (+ region), in both the base64 and the decoded form. */
const bothForms = (kind: string, decoded: string): LookAlike[] => [
  { kind, text: b64(decoded) },
  { kind: `${kind} (decoded)`, text: decoded },
];

const withTail = (t: GeneratedToken, uuid: string): string => `tok:${uuid}:1:0${t.region ? `:${t.region}` : ''}`;

interface Choices {
  cut: number;
  decodedCut: number;
  hexAt: number;
  notHex: string;
  mask: string;
  extra: string;
  digit: string;
  junk: string;
}

function getLookAlikes(t: GeneratedToken, n: Choices): LookAlike[] {
  const body = t.token.replace(/=+$/, '');
  const hexAt = HEX_POSITIONS[n.hexAt % HEX_POSITIONS.length]!;
  return [
    // Truncated into the `tok:<uuid>:1:0` part (a region tail cut short is still a whole secret).
    { kind: 'truncated', text: body.slice(0, 6 + (n.cut % 53)) },
    { kind: 'truncated with ellipsis', text: `${body.slice(0, 6 + (n.cut % 53))}...` },
    { kind: 'truncated decoded', text: t.decoded.slice(0, 5 + (n.decodedCut % 39)) },
    { kind: 'masked', text: `${body.slice(0, 6 + (n.cut % 8))}${n.mask}` },
    { kind: 'masked by the core', text: maskToken(t.token) },
    { kind: 'masked decoded', text: `${t.decoded.slice(0, 5 + (n.decodedCut % 8))}${n.mask}` },
    ...bothForms('invalid uuid character', withTail(t, t.uuid.slice(0, hexAt) + n.notHex + t.uuid.slice(hexAt + 1))),
    ...bothForms('uuid group too long', withTail(t, t.uuid.slice(0, hexAt) + n.extra + t.uuid.slice(hexAt))),
    ...bothForms('uuid group too short', withTail(t, t.uuid.slice(0, hexAt) + t.uuid.slice(hexAt + 1))),
    ...bothForms('dashes for underscores', withTail(t, t.uuid.replace(/_/g, '-'))),
    ...bothForms('placeholder uuid', withTail(t, '00000000_0000_0000_0000_000000000000'.replace(/0/g, n.digit))),
    ...bothForms('region not in the shape', `tok:${t.uuid}:1:0:EU-${t.region ?? 'west-1'}`),
    ...bothForms('version not in the shape', `tok:${t.uuid}:1:0x`),
    ...bothForms('missing version', `tok:${t.uuid}:1`),
    ...bothForms('other keyword', `token:${t.uuid}:1:0`),
    ...bothForms('not a uuid', `tok:${n.junk}:1:0`),
    { kind: 'upper-case hex', text: b64(withTail(t, t.uuid.toUpperCase())) },
  ].filter((l) => !(l.kind.startsWith('upper-case') && t.uuid === t.uuid.toUpperCase()));
}

/** One look-alike of a random kind, made from a random token. */
export function arbitraryLookAlike(): fc.Arbitrary<LookAlike> {
  return fc
    .tuple(
      arbitraryToken(),
      fc.record({
        cut: fc.nat(),
        decodedCut: fc.nat(),
        hexAt: fc.nat(),
        notHex: fc.constantFrom(...NOT_HEX),
        mask: fc.constantFrom(...MASKS),
        extra: fc.constantFrom(...'0123456789abcdef'),
        digit: fc.constantFrom(...'0123456789abcdef'),
        // Right length and prefix, wrong content: random text where the uuid goes.
        junk: fc.string({ unit: 'binary', minLength: 0, maxLength: 40 }),
      }),
      fc.nat(),
    )
    .map(([token, n, pick]) => {
      const all = getLookAlikes(token, n);
      return all[pick % all.length]!;
    });
}
