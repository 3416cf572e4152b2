// "Open Authentication and copy the access token" takes the token out of Intercom; the
// solicitation is the step that hands it over ("paste it into the Access token field"). A request
// whose only verbs are "copy" is reported only on a page that has such a step.
import { getCopyMatcher } from '../../../copy/copy-matcher.js';
import { normalizeCopy } from '../../../copy/index.js';

// Copy verbs in the copy lexicon's languages: copy, copia/copie/copiez, kopieren/kopieer, コピー, 复制, 복사.
const COPY_VERB = /^(?:cop|kopi|コピー|复制|複製|복사)/;

export function isCopyOnlyRequest(sentence: string, additionalNouns: readonly string[] = []): boolean {
  let copies = false;
  for (const verb of normalizeCopy(sentence).matchAll(getCopyMatcher(additionalNouns).verbs)) {
    if (!COPY_VERB.test(verb[0])) return false;
    copies = true;
  }
  return copies;
}
