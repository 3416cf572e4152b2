// The copy detector: finds user-facing text that asks for an Intercom access token. Free of
// ESLint so the scanner can run it on HTML, templates, i18n catalogs and Markdown.
export { CREDENTIAL_NOUNS, REQUEST_VERBS, OTHER_VENDORS, type CopyLanguage } from './lexicon.js';
export { normalizeCopy, foldCopy, decodeHtmlEntities } from './normalize-copy.js';
export {
  countVendorMentions,
  findVendorMentions,
  mentionsIntercom,
  type VendorMention,
  type VendorMentions,
} from './find-vendor-mentions.js';
export { containsMarkup, readMarkup, type MarkupPiece, type MarkupPieceKind, type MarkupReading } from './read-markup.js';
export {
  findMarkupSolicitations,
  type MarkupSolicitation,
  type MarkupSolicitationOptions,
} from './find-markup-solicitations.js';
export {
  findMaskedTokenPlaceholder,
  maskPlaceholder,
  type MaskedTokenPlaceholder,
} from './find-masked-token-placeholder.js';
export {
  findSolicitationCandidate,
  getSolicitation,
  type CandidateOptions,
  type Solicitation,
  type SolicitationCandidate,
  type SolicitationKind,
  type SolicitationOptions,
} from './get-solicitation.js';
export {
  getContextVerdict,
  hasIntercomContext,
  sumVendorMentions,
  type ContextVerdict,
} from './has-intercom-context.js';
