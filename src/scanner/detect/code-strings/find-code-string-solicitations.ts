// Copy in Python, Ruby, PHP, Go, Java and C# source: form labels, gettext strings, flash messages
// and markup held in string literals, judged by the same copy core as JS strings, with the file
// as the Intercom context (a file named after Intercom, or mostly about it).
import { getCopyMatcher } from '../../../copy/copy-matcher.js';
import { hasIntercomFileContext, mayHoldIntercomCopy } from '../../../copy/has-intercom-file-context.js';
import { containsMarkup, findMarkupSolicitations, findSolicitationCandidate } from '../../../copy/index.js';
import type { FileKind } from '../../get-file-kind.js';
import { getRuleMessage } from '../../get-rule-message.js';
import type { Detection } from '../../types.js';
import { getStringPosition } from './get-string-position.js';
import { readLanguageStringLiterals, readStringLiterals } from './read-string-literals.js';
import type { CodeRegion } from './find-template-code-regions.js';
import type { OtherLanguage } from '../other-languages/token-list.js';
import { TEMPLATE_TAG_SYNTAX } from './string-syntax.js';

const OTHER_LANGUAGES: ReadonlySet<string> = new Set(['python', 'ruby', 'php', 'go', 'java', 'csharp']);
const isOtherLanguage = (kind: FileKind): kind is OtherLanguage => OTHER_LANGUAGES.has(kind);

/**
 * Copy in the string literals of a source file of `kind`, or only in the given regions (PHP
 * blocks; the code inside a template's tags).
 */
export function findCodeStringSolicitations(
  source: string,
  kind: FileKind,
  path: string,
  additionalNouns: readonly string[],
  regions?: readonly CodeRegion[],
): Detection[] {
  const matcher = getCopyMatcher(additionalNouns);
  if (!mayHoldIntercomCopy(source, path) || !matcher.quick.test(source)) return [];
  let fileContext: boolean | undefined;
  const inIntercomFile = () => (fileContext ??= hasIntercomFileContext(source, path));
  const detections: Detection[] = [];
  const report = (kindOf: 'request' | 'label' | 'placeholder', subject: string, start: number, end: number, text: string) =>
    detections.push({
      rule: 'no-token-solicitation',
      messageId: kindOf,
      message: getRuleMessage('no-token-solicitation', kindOf, { subject }),
      start,
      end,
      key: text.replace(/\s+/g, ' ').trim(),
    });

  const literals = regions
    ? regions.flatMap((region) => readStringLiterals(source, TEMPLATE_TAG_SYNTAX, region.start, region.end))
    : isOtherLanguage(kind)
      ? readLanguageStringLiterals(source, kind)
      : [];
  for (const literal of literals) {
    if (!matcher.quick.test(literal.text)) continue;
    const position = getStringPosition(source, literal.literalStart, literal.literalEnd, literal.block);
    if (position === 'none') continue;
    if (containsMarkup(literal.text)) {
      // Offsets inside an escaped literal drift a little; the literal's own range is reported.
      const found = findMarkupSolicitations(literal.text, {
        additionalNouns,
        hasIntercomContext: (piece) => (piece.context !== 'none' ? piece.context === 'intercom' : inIntercomFile()),
      });
      for (const { candidate, piece } of found) report(candidate.kind, candidate.subject, literal.start, literal.end, piece.text);
      continue;
    }
    const asField = position === 'label';
    const candidate = findSolicitationCandidate(literal.text, { allowLabel: asField, allowPlaceholder: asField, additionalNouns });
    if (!candidate) continue;
    if (!candidate.namesIntercom && !inIntercomFile()) continue;
    report(candidate.kind, candidate.subject, literal.start, literal.end, literal.text);
  }
  return detections;
}
