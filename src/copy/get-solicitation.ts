import { getCopyMatcher, type CopyMatcher } from './copy-matcher.js';
import { findMaskedTokenPlaceholder, maskPlaceholder } from './find-masked-token-placeholder.js';
import { LABEL_LEAD_WORDS } from './lexicon.js';
import { foldCopy } from './normalize-copy.js';

/**
 * - `request`: copy asking the reader to paste/enter/provide a credential.
 * - `label`: a field label (or prompt) that is nothing but a credential noun: "Access token".
 * - `placeholder`: an example value shaped like a masked Intercom token: `dG9rOm••••==`.
 */
export type SolicitationKind = 'request' | 'label' | 'placeholder';

export interface SolicitationCandidate {
  kind: SolicitationKind;
  /** What is asked for: the credential noun as matched, or the masked placeholder. Never a secret. */
  subject: string;
  /** The text itself ties the credential to Intercom; otherwise the caller must supply context. */
  namesIntercom: boolean;
}

export type Solicitation = Omit<SolicitationCandidate, 'namesIntercom'>;

export interface CandidateOptions {
  /**
   * Whether the text sits where a bare label or an example value is shown (a field label,
   * placeholder, prompt, JSX text, i18n message). Free-standing strings only count as requests.
   * Default true.
   */
  allowLabel?: boolean;
  /**
   * Whether a masked example token counts (`dG9rOm••••==`). Default `allowLabel`. Off for prose
   * shown on a page, where a masked token is a stored credential on display or docs about the
   * format, not an example of what to type.
   */
  allowPlaceholder?: boolean;
  /** Extra credential nouns, e.g. `["app secret"]`. */
  additionalNouns?: readonly string[];
}

export interface SolicitationOptions extends CandidateOptions {
  /** The surrounding scope (component, form, schema, i18n namespace, file) is about Intercom. */
  intercomContext?: boolean;
}

// An identifier or key path ("intercomAccessToken", "settings.api_key"), not copy.
const IDENTIFIER = /^[\w$.:/-]+$/;
// Lower-case kebab-case is an option name, i18n key or slug (`access-token`), not a label.
const IDENTIFIER_SIGNS = /[_./]|[a-z][A-Z]|^[a-z0-9]+(?:-[a-z0-9]+)+$/;
// SCREAMING_SNAKE names in copy are environment variables: developer setup, not a user request.
const ENV_VAR_NAME = /(?<![A-Za-z0-9])[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9](?![A-Za-z0-9])/;
const SENTENCE_BREAK = /[.!?;](?=\s|$)|[。！？\n]|\s[–—]\s|\s-\s/g;
// "paste it into Intercom": Intercom is where a key goes, not whose key it is.
const INTERCOM_AS_DESTINATION =
  /(?<![a-z])(?:into|in|to)\s+(?:your\s+|the\s+)?intercom(?:'s)?\s+(?:settings|workspace|app|messenger|inbox|dashboard|account)(?![a-z])|(?<![a-z])into\s+(?:your\s+|the\s+)?intercom(?![a-z])/g;
const INTERCOM_WORD = /(?<![a-z0-9])intercom(?![a-z])/;
const OWNER_AFTER =
  /^\s*(?:for|from|of|de|da|do|del|di|du|d'|pour|fur|van|von|bei)\s*(?:(?:the|la|l'|o|a|el|le|tu|your|votre|seu|sua|su|ihr\w*|dein\w*)\s*)?([\p{L}\p{N}.]+)/u;
// Brackets and decoration around a label. Every run is matched from its start only (`[^[\]]`, the
// lookbehind), so a long run of `[` or `-` costs one pass, not one per character.
const LABEL_DECOR =
  /\([^()]*\)|\[[^[\]]*\]|^[\s*•·\-–—>:]+|(?<![\s*•·\-–—>:.。…?!])[\s*•·\-–—>:.。…?!]+$/g;
const MAX_LABEL_LENGTH = 80;
// A label with its hint and decoration: longer text is never a bare label, and is not read as one.
const MAX_LABEL_SOURCE_LENGTH = 400;
// Copy classified as one piece. A UI string is far shorter; longer text (a document, a whole
// template's text) is read in pieces of at most this length, cut at line or sentence ends.
export const MAX_COPY_LENGTH = 4000;
// How far around a noun or verb the words that qualify it are read. Every look around a match
// stays inside such a window, so the work per match is bounded whatever the length of the text.
const WORD_WINDOW = 128;
const LEAD_WORDS: ReadonlySet<string> = new Set(LABEL_LEAD_WORDS);

type Owner = 'intercom' | 'other' | 'unknown';

interface Sentence {
  start: number;
  end: number;
}

function looksLikeIdentifier(text: string): boolean {
  return IDENTIFIER.test(text) && IDENTIFIER_SIGNS.test(text);
}

function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    sentences.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  sentences.push({ start, end: text.length });
  return sentences;
}

/**
 * Whose credential a noun names, from the words right around it: "your Intercom access token",
 * "the API key for Slack", "Slackのアクセストークン", "your Acme API key" (an unknown product
 * name, told apart by its capital in otherwise lower-case copy).
 */
function getNounOwner(
  matcher: CopyMatcher,
  before: string,
  after: string,
  afterTruncated: boolean,
  foldedBefore: string | undefined,
  foldedBeforeTruncated: boolean,
  foldedNoun: string | undefined,
): Owner {
  const nearWords = before.split(/[\s-]+/).filter(Boolean).slice(-3).reverse();
  for (const word of nearWords) {
    if (INTERCOM_WORD.test(word)) return 'intercom';
    if (matcher.vendors.test(word)) return 'other';
  }
  const ownerMatch = OWNER_AFTER.exec(after);
  // A word running into the end of a cut window may be longer than what was read of it.
  const ownerAfter = ownerMatch && afterTruncated && ownerMatch[0].length === after.length ? undefined : ownerMatch?.[1];
  if (ownerAfter !== undefined) {
    if (INTERCOM_WORD.test(ownerAfter)) return 'intercom';
    if (matcher.vendors.test(ownerAfter)) return 'other';
  }
  // Title Case copy capitalises every word, so a capital says nothing there.
  const nounIsLowerCase = foldedNoun !== undefined && /\s[a-z]+s?$/.test(foldedNoun);
  const previous = foldedBefore === undefined ? undefined : getPreviousWord(foldedBefore, foldedBeforeTruncated);
  // The first word of a sentence is capitalised anyway: "Invalid access token", "That access token".
  const sentenceInitial = foldedBefore !== undefined && !/[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(foldedBefore);
  if (nounIsLowerCase && !sentenceInitial && previous !== undefined && /^[A-Z][A-Za-z0-9]+$/.test(previous)) {
    const lower = previous.toLowerCase();
    if (!LEAD_WORDS.has(lower) && !matcher.verb.test(lower)) return 'other';
  }
  return 'unknown';
}

// The word a text ends with, spaces and hyphens after it aside. The lookbehind starts a try only
// where a word starts, so a long word costs one pass rather than one per letter.
const LAST_WORD = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)[\s-]*$/u;

/** The word a window ends with; undefined when none, or when it may run on past the window's start. */
function getPreviousWord(window: string, truncated: boolean): string | undefined {
  const match = LAST_WORD.exec(window);
  if (!match || (truncated && match.index === 0)) return undefined;
  return match[1];
}

/** The text in `[end - size, end)`, without a word the window's start cut through (separators: spaces, hyphens). */
function windowBefore(text: string, end: number, size = WORD_WINDOW): string {
  const start = Math.max(0, end - size);
  const window = text.slice(start, end);
  if (start === 0 || /[\s-]/.test(text.charAt(start - 1))) return window;
  const firstBreak = window.search(/[\s-]/);
  return firstBreak < 0 ? '' : window.slice(firstBreak);
}

/** The text in `[start, start + size)`, without a word the window's end cut through. */
function windowAfter(text: string, start: number, size = WORD_WINDOW): string {
  const end = start + size;
  const window = text.slice(start, end);
  if (end >= text.length || /[\s-]/.test(text.charAt(end))) return window;
  for (let i = window.length - 1; i >= 0; i -= 1) if (/[\s-]/.test(window.charAt(i))) return window.slice(0, i);
  return '';
}

/** Where the last run of three Latin letters starts, or -1: "is there a word after this offset?" */
function lastLatinTripleStart(text: string): number {
  let run = 0;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const code = text.charCodeAt(i);
    run = code >= 97 && code <= 122 ? run + 1 : 0;
    if (run === 3) return i;
  }
  return -1;
}

// How far after a verb a negation is read: "入力しないで", "schick mir nie", "sende uns niemals".
const NEGATION_AFTER_CHARS = 12;

function isNegated(matcher: CopyMatcher, sentence: string, verbStart: number, verbEnd: number): boolean {
  const lead = sentence.slice(Math.max(0, verbStart - 48), verbStart).split(/\s+/).filter(Boolean).slice(-4).join(' ');
  return (
    matcher.negationBefore.test(lead) ||
    matcher.negationRightBefore.test(lead) ||
    (matcher.negationExceptPortuguese.test(lead) && !matcher.portugueseVerb.test(sentence.slice(verbStart, verbEnd))) ||
    matcher.negationAfter.test(sentence.slice(verbEnd, verbEnd + NEGATION_AFTER_CHARS)) ||
    (verbStart <= 80 && NOTHING_TO_VERB.test(sentence.slice(0, verbStart)))
  );
}

// "No access token or API key to copy.": the sentence says there is nothing to do.
const NOTHING_TO_VERB = /^\s*(?:no|nothing)\s[^.!?]{0,70}\bto\s+$/i;

// What joins two verbs into one action: "copy or paste", "copiez et collez", "kopieren und einfügen".
const COORDINATION = /^\s{0,3}(?:,|\/|or|and|nor|o|y|ou|et|oder|und|e|of|en)?\s{0,3}$/;
// "Copy access token to clipboard" acts on a token the page shows; it asks for nothing.
const COPY_VERB = /^(?:cop|kopi|コピー|复制|複製|복사)/;
// How far around a verb a word pointing back at an earlier credential may stand.
const REFERENCE_WORDS_AFTER = 3;
const REFERENCE_WORDS_BEFORE = 2;
const REFERENCE_CHARS_BEFORE = 16;

/** The request verbs of a sentence that are really asking (not negated, not copy-to-clipboard). */
function* requestVerbs(matcher: CopyMatcher, sentence: string): Generator<{ start: number; end: number }> {
  // Read once per sentence, not once per verb.
  let clipboard: boolean | undefined;
  let previous: { end: number; negated: boolean } | undefined;
  for (const verb of sentence.matchAll(matcher.verbs)) {
    const start = verb.index;
    const end = start + verb[0].length;
    // "You don't need to copy or paste a token": a negation covers the verbs joined to its own.
    const joined = previous !== undefined && COORDINATION.test(sentence.slice(previous.end, start));
    const negated = joined ? previous!.negated : isNegated(matcher, sentence, start, end);
    previous = { end, negated };
    if (negated) continue;
    if (COPY_VERB.test(verb[0]) && (clipboard ??= matcher.clipboard.test(sentence))) continue;
    yield { start, end };
  }
}

function hasRequestVerb(matcher: CopyMatcher, sentence: string): boolean {
  return !requestVerbs(matcher, sentence).next().done;
}

/** A request whose object points back at an earlier credential: "paste a valid token", "enter it". */
function requestsReference(matcher: CopyMatcher, sentence: string): boolean {
  let latinTriple: number | undefined;
  for (const { start, end } of requestVerbs(matcher, sentence)) {
    const object = windowAfter(sentence, start)
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(0, REFERENCE_WORDS_AFTER + 1)
      .join(' ');
    if (matcher.references.test(object)) return true;
    // Verb-final word order ("gültigen Token einfügen", "トークンを入力"): the object comes first.
    latinTriple ??= lastLatinTripleStart(sentence);
    if (latinTriple >= end) continue;
    // Only the last few characters of the last words count, so a window holds all of them.
    const before = sentence.slice(Math.max(0, start - WORD_WINDOW), start).split(/\s+/).filter(Boolean).slice(-REFERENCE_WORDS_BEFORE).join(' ');
    if (matcher.references.test(before.slice(-REFERENCE_CHARS_BEFORE))) return true;
  }
  return false;
}

function isBareLabel(matcher: CopyMatcher, normalized: string): boolean {
  if (normalized.length > MAX_LABEL_SOURCE_LENGTH) return false;
  const label = normalized.replace(matcher.labelHint, ' ').replace(LABEL_DECOR, ' ').replace(/\s+/g, ' ').trim();
  return label.length <= MAX_LABEL_LENGTH && matcher.label.test(label);
}

/**
 * Classifies one piece of copy on its own: does it ask for a credential, and does it say whose?
 * Returns null for anything that is not a solicitation whatever the context: no credential noun,
 * another vendor's credential, negated requests ("you never need to paste your token"),
 * developer setup (environment variables, `.env`, headers), identifiers.
 */
export function findSolicitationCandidate(
  text: string,
  { allowLabel = true, allowPlaceholder = allowLabel, additionalNouns = [] }: CandidateOptions = {},
): SolicitationCandidate | null {
  const matcher = getCopyMatcher(additionalNouns);
  if (!matcher.quick.test(text)) return null;
  if (text.length <= MAX_COPY_LENGTH) return classifyCopy(matcher, text, allowLabel, allowPlaceholder);
  // Too long for a UI string: each piece is judged as copy of its own, never as a bare label.
  let found: SolicitationCandidate | null = null;
  for (const piece of splitLongCopy(text)) {
    if (!matcher.quick.test(piece)) continue;
    const candidate = classifyCopy(matcher, piece, false, allowPlaceholder);
    if (!candidate) continue;
    if (candidate.namesIntercom) return candidate;
    found ??= candidate;
  }
  return found;
}

// Where a long text is best cut, best first: line breaks, sentence ends, spaces.
const CUT_MARKS: readonly (readonly string[])[] = [['\n'], ['. ', '! ', '? ', '; ', '。', '！', '？'], [' ']];

/** Pieces of at most `MAX_COPY_LENGTH` characters, cut at the last line or sentence end in each. */
export function* splitLongCopy(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > MAX_COPY_LENGTH) {
    const window = text.slice(start, start + MAX_COPY_LENGTH);
    let cut = -1;
    for (const marks of CUT_MARKS) {
      for (const mark of marks) {
        const at = window.lastIndexOf(mark);
        if (at > 0) cut = Math.max(cut, at + mark.length);
      }
      if (cut > 0) break;
    }
    if (cut <= 0) cut = MAX_COPY_LENGTH;
    yield window.slice(0, cut);
    start += cut;
  }
  yield text.slice(start);
}

function classifyCopy(
  matcher: CopyMatcher,
  text: string,
  allowLabel: boolean,
  allowPlaceholder: boolean,
): SolicitationCandidate | null {

  const folded = foldCopy(text);
  const normalized = folded.toLowerCase();
  if (ENV_VAR_NAME.test(folded) || matcher.developerHints.test(normalized)) return null;

  // Before the identifier check: `dG9rOjBiM...` is made of identifier characters too.
  if (allowPlaceholder) {
    const placeholder = findMaskedTokenPlaceholder(folded);
    if (placeholder) {
      return { kind: 'placeholder', subject: maskPlaceholder(placeholder), namesIntercom: placeholder.intercomShaped };
    }
  }
  if (looksLikeIdentifier(folded)) return null;

  // Offsets in `normalized` line up with `folded` only when lower-casing kept every length.
  const sameOffsets = folded.length === normalized.length;
  let best: { noun: string; owner: Owner; request: boolean } | undefined;
  for (const { start, end } of splitSentences(normalized)) {
    const sentence = normalized.slice(start, end);
    let request: boolean | undefined;
    let named = false;
    for (const noun of sentence.matchAll(matcher.nouns)) {
      named = true;
      const nounStart = noun.index;
      const nounEnd = nounStart + noun[0].length;
      // Only the words around the noun are read: bounded windows, never the whole sentence.
      const beforeStart = Math.max(0, nounStart - WORD_WINDOW);
      const owner = getNounOwner(
        matcher,
        windowBefore(sentence, nounStart),
        sentence.slice(nounEnd, nounEnd + WORD_WINDOW),
        nounEnd + WORD_WINDOW < sentence.length,
        sameOffsets ? folded.slice(start + beforeStart, start + nounStart) : undefined,
        beforeStart > 0,
        sameOffsets ? folded.slice(start + nounStart, start + nounEnd) : undefined,
      );
      if (owner === 'other') continue;
      request ??= hasRequestVerb(matcher, sentence);
      const better =
        !best || (request && !best.request) || (request === best.request && owner === 'intercom' && best.owner !== 'intercom');
      if (better) best = { noun: noun[0], owner, request };
    }
    // A sentence may take its subject from an earlier one: "Invalid Intercom access token.
    // Please paste a valid token." Never from another vendor's credential or sentence.
    if (!named && best && !best.request && !matcher.vendors.test(sentence) && requestsReference(matcher, sentence)) {
      best = { ...best, request: true };
    }
  }
  if (!best) return null;

  let kind: SolicitationKind;
  if (best.request) kind = 'request';
  else if (allowLabel && isBareLabel(matcher, normalized)) kind = 'label';
  else return null;

  if (best.owner === 'intercom') return { kind, subject: best.noun, namesIntercom: true };
  const elsewhere = normalized.replace(INTERCOM_AS_DESTINATION, ' ');
  if (INTERCOM_WORD.test(elsewhere)) return { kind, subject: best.noun, namesIntercom: true };
  // The copy is about another product's credential ("... to connect Slack").
  if (matcher.vendors.test(normalized)) return null;
  return { kind, subject: best.noun, namesIntercom: false };
}

/**
 * Classifies one piece of copy: null, or what kind of solicitation of an Intercom credential it
 * is. `intercomContext` says the surrounding scope is about Intercom; without it, only copy that
 * names Intercom itself (or shows an Intercom-shaped token placeholder) counts.
 */
export function getSolicitation(text: string, options: SolicitationOptions = {}): Solicitation | null {
  const candidate = findSolicitationCandidate(text, options);
  if (!candidate || (!candidate.namesIntercom && !options.intercomContext)) return null;
  return { kind: candidate.kind, subject: candidate.subject };
}
