// Solicitations in a gettext catalog: every msgid, msgid_plural and msgstr is UI copy (bare labels
// count, as for `__('Access token')`). Context: the entry (its msgctxt, `#:` references, `#.`
// comments and strings) when it names a vendor, else the file as a whole.
import { getContextVerdict, sumVendorMentions } from '../../../copy/has-intercom-context.js';
import type { Detection } from '../../types.js';
import type { CopyJudge } from './judge-copy.js';
import { readGettextEntries, type GettextEntry } from './read-gettext-entries.js';

function getEntryContext(entry: GettextEntry, isIntercomFile: () => boolean): boolean {
  const texts = [...entry.notes, ...entry.strings.filter((string) => string.field !== 'msgctxt').map((string) => string.text)];
  const verdict = getContextVerdict(sumVendorMentions(texts));
  return verdict === 'none' ? isIntercomFile() : verdict === 'intercom';
}

export function findGettextSolicitations(text: string, judge: CopyJudge, isIntercomFile: () => boolean): Detection[] {
  const detections: Detection[] = [];
  for (const entry of readGettextEntries(text)) {
    // The header entry (empty msgid) holds metadata, not copy.
    const msgid = entry.strings.find((string) => string.field === 'msgid');
    if (!msgid || msgid.text.length === 0) continue;
    let context: boolean | undefined;
    for (const string of entry.strings) {
      if (string.field === 'msgctxt' || string.text.length === 0) continue;
      judge(
        {
          text: string.text,
          start: string.start,
          end: string.end,
          allowLabel: true,
          allowPlaceholder: true,
          hasIntercomContext: () => (context ??= getEntryContext(entry, isIntercomFile)),
        },
        detections,
      );
    }
  }
  return detections;
}
