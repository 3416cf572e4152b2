import { decodeToken, parseDecodedToken, type DecodedToken } from './decode-token.js';
import { getTokenFingerprint } from './get-token-fingerprint.js';
import { maskToken } from './mask-token.js';
import { mightContainToken } from './might-contain-token.js';
import {
  BASIC_DOUBLE_ENCODED_PREFIXES,
  MAX_ENCODED_TOKEN_LENGTH,
  MIN_ENCODED_TOKEN_LENGTH,
  TOKEN_BASE64_PREFIXES,
} from './token-shape.js';

/** How the token was written. */
export type TokenEncoding =
  | 'base64' // the token as Intercom issues it (padded, unpadded, %3D or \u003d padding)
  | 'decoded' // the decoded `tok:…` form, equally usable
  | 'basic'; // inside a base64 Basic-auth credential

export interface TokenMatch {
  /** UTF-16 offsets of the token as written in the text, escapes and padding included. */
  start: number;
  end: number;
  encoding: TokenEncoding;
  /** sha256 of the canonical token: equal for every encoding of one token. */
  fingerprint: string;
  /** Safe to print. */
  masked: string;
  region: string | undefined;
}

// A token's own characters are alphanumeric ("tok:", hex, "_" and ":" never encode to + or /);
// the padding is what gets escaped: url-encoded `%3D` or JSON's `\u003d`.
const UNIT = '[A-Za-z0-9+/]';
const PAD = String.raw`(?:=|%3[Dd]|\\u003[Dd])`;
const BODY = `${UNIT}{${MIN_ENCODED_TOKEN_LENGTH - 6},${MAX_ENCODED_TOKEN_LENGTH}}${PAD}{0,2}`;
const either = (prefixes: readonly string[]) => `(?:${prefixes.join('|')})`;

const ENCODED_PATTERN = new RegExp(`${either(TOKEN_BASE64_PREFIXES)}${BODY}`, 'g');
const DOUBLE_ENCODED_PATTERN = new RegExp(
  `${either(BASIC_DOUBLE_ENCODED_PREFIXES)}${UNIT}{70,${MAX_ENCODED_TOKEN_LENGTH * 2}}${PAD}{0,2}`,
  'g',
);
// Any Basic credential: the token may be the username or the password after another name.
const BASIC_PATTERN = new RegExp(String.raw`Basic\s+(${UNIT}{20,${MAX_ENCODED_TOKEN_LENGTH * 2}}${PAD}{0,2})`, 'g');
const DECODED_PATTERN = /(?<![A-Za-z0-9])tok:[0-9a-f]{8}_/g;
const UNIT_PATTERN = new RegExp(`${UNIT}|${PAD}`, 'y');

interface Units {
  /** The base64 characters, escaped padding as `=`. */
  chars: string;
  /** Where the unit at `index` ends in the text. */
  endOf(index: number): number;
}

/** Reads a run as base64 characters (escaped padding counts as one) with their end offsets. */
function readUnits(text: string, start: number, end: number): Units {
  const run = text.slice(start, end);
  // Without an escape every character is one unit: no regex or object per character.
  if (!run.includes('%') && !run.includes('\\')) return { chars: run, endOf: (index) => start + index + 1 };
  const chars: string[] = [];
  const ends: number[] = [];
  UNIT_PATTERN.lastIndex = start;
  while (UNIT_PATTERN.lastIndex < end) {
    const match = UNIT_PATTERN.exec(text);
    if (!match) break;
    chars.push(normaliseUnit(match[0]));
    ends.push(UNIT_PATTERN.lastIndex);
  }
  return { chars: chars.join(''), endOf: (index) => ends[index]! };
}

// A token's first 12 base64 characters (always plain: escapes only pad the end) decode to `tok:`
// and five hex digits. Checked before a candidate is split and decoded whole: a run of prefixes
// (`dG9rOjdG9rOj…`) starts a candidate every few characters, which cost 6 s per MB.
const TOKEN_HEAD = /^tok:[0-9a-f]{5}$/;

function hasTokenHead(candidate: string): boolean {
  return TOKEN_HEAD.test(Buffer.from(candidate.slice(0, 12), 'base64').toString('latin1'));
}

function normaliseUnit(unit: string): string {
  return unit.length === 1 ? unit : '=';
}

/** Finds base64 tokens in `text` with the offsets they occupy there. */
function findEncoded(text: string): (DecodedToken & { start: number; end: number })[] {
  const found: (DecodedToken & { start: number; end: number })[] = [];
  ENCODED_PATTERN.lastIndex = 0;
  for (let m = ENCODED_PATTERN.exec(text); m; m = ENCODED_PATTERN.exec(text)) {
    const start = m.index;
    const units = hasTokenHead(m[0]) ? readUnits(text, start, start + m[0].length) : undefined;
    const chars = units?.chars ?? '';
    const body = chars.replace(/=+$/, '');
    const token = units && decodeToken(body);
    if (!units || !token) {
      // Resume right after the prefix: a real token may sit inside a longer look-alike run.
      ENCODED_PATTERN.lastIndex = start + 1;
      continue;
    }
    let last = token.encodedLength - 1;
    // Padding belongs to the token only when nothing else follows the encoded characters.
    if (last === body.length - 1) last = Math.min(chars.length - 1, last + (chars.length - body.length));
    const end = units.endOf(last);
    found.push({ start, end, value: token.value, region: token.region });
    ENCODED_PATTERN.lastIndex = end;
  }
  return found;
}

function decodeRun(text: string, start: number, end: number): string {
  const { chars } = readUnits(text, start, end);
  return Buffer.from(chars.replace(/=+$/, ''), 'base64').toString('latin1');
}

function toMatch(
  start: number,
  end: number,
  encoding: TokenEncoding,
  value: string,
  visible: string,
  region: string | undefined,
): TokenMatch {
  return { start, end, encoding, fingerprint: getTokenFingerprint(value), masked: maskToken(visible), region };
}

/**
 * Every Intercom access token in `text`, validated by decoding. Look-alikes (masked or truncated
 * examples, base64 of other `tok…` strings, right-prefix-wrong-content runs) are not returned.
 * Linear in the text: bounded quantifiers only, and a keyword pre-filter before any regex.
 */
export function findTokens(text: string): TokenMatch[] {
  if (!mightContainToken(text)) return [];
  const encoded = findEncoded(text).map((t) => toMatch(t.start, t.end, 'base64', t.value, text.slice(t.start, t.end), t.region));
  const matches = withCredentials(text, encoded);
  DECODED_PATTERN.lastIndex = 0;
  for (let m = DECODED_PATTERN.exec(text); m; m = DECODED_PATTERN.exec(text)) {
    const token = parseDecodedToken(text.slice(m.index, m.index + 80));
    if (!token) continue;
    const end = m.index + token.value.length;
    matches.push(toMatch(m.index, end, 'decoded', token.value, token.value, token.region));
    DECODED_PATTERN.lastIndex = end;
  }
  return matches.sort((a, b) => a.start - b.start);
}

/**
 * The base64 matches plus Basic credentials and double-encoded tokens they do not cover. When
 * `user + ":"` fills whole base64 groups, the token's own base64 (`dG9rOj…`, or `ZEc5ck9…`)
 * reappears inside the credential: the credential then replaces that narrower match, so the
 * finding covers all of it. `encoded` is sorted and non-overlapping; the sweep stays linear.
 */
function withCredentials(text: string, encoded: readonly TokenMatch[]): TokenMatch[] {
  const outers = [...findDoubleEncoded(text), ...findInBasic(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TokenMatch[] = [];
  const replaced = new Set<TokenMatch>();
  let next = 0;
  for (const outer of outers) {
    if (outer.start < (kept.at(-1)?.end ?? 0)) continue;
    while (next < encoded.length && encoded[next]!.end <= outer.start) next++;
    const inside: TokenMatch[] = [];
    for (let i = next; i < encoded.length && encoded[i]!.start < outer.end; i++) inside.push(encoded[i]!);
    if (!inside.every((m) => isHeldBy(m, outer))) continue;
    for (const m of inside) replaced.add(m);
    kept.push(outer);
  }
  return [...encoded.filter((m) => !replaced.has(m)), ...kept];
}

/** `outer` is a wider write-up of the same token than `inner`. */
function isHeldBy(inner: TokenMatch, outer: TokenMatch): boolean {
  const wider = outer.end - outer.start > inner.end - inner.start;
  return wider && inner.fingerprint === outer.fingerprint && outer.start <= inner.start && inner.end <= outer.end;
}

/** base64(token + ":") as written in a hardcoded Basic header or `curl -u` replacement. */
function findDoubleEncoded(text: string): TokenMatch[] {
  const out: TokenMatch[] = [];
  DOUBLE_ENCODED_PATTERN.lastIndex = 0;
  for (let m = DOUBLE_ENCODED_PATTERN.exec(text); m; m = DOUBLE_ENCODED_PATTERN.exec(text)) {
    const inner = findEncoded(decodeRun(text, m.index, m.index + m[0].length))[0];
    if (inner?.start === 0) {
      out.push(toMatch(m.index, m.index + m[0].length, 'basic', inner.value, m[0], inner.region));
    }
  }
  return out;
}

/** A Basic credential whose decoding holds a token anywhere (`user:token`, `token:`). */
function findInBasic(text: string): TokenMatch[] {
  const out: TokenMatch[] = [];
  if (!text.includes('Basic')) return out;
  BASIC_PATTERN.lastIndex = 0;
  for (let m = BASIC_PATTERN.exec(text); m; m = BASIC_PATTERN.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const decoded = decodeRun(text, start, start + m[1]!.length);
    const inner = findEncoded(decoded)[0] ?? findPlain(decoded);
    if (inner) out.push(toMatch(start, start + m[1]!.length, 'basic', inner.value, m[1]!, inner.region));
  }
  return out;
}

/** The first decoded token in a credential: every `tok:` counts, a username may end in "tok". */
function findPlain(text: string): DecodedToken | undefined {
  for (let at = text.indexOf('tok:'); at !== -1; at = text.indexOf('tok:', at + 1)) {
    const token = parseDecodedToken(text.slice(at, at + 80));
    if (token) return token;
  }
  return undefined;
}
