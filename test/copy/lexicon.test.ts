import { describe, expect, it } from 'vitest';
import { CREDENTIAL_NOUNS, REQUEST_VERBS, getSolicitation, type CopyLanguage } from '../../src/copy/index.js';

// Every lexicon entry must work on its own, so a typo or a phrase the normaliser mangles shows up.
const languages = Object.keys(CREDENTIAL_NOUNS) as CopyLanguage[];

describe.each(languages)('lexicon: %s', (language) => {
  const nouns = CREDENTIAL_NOUNS[language];
  const verbs = REQUEST_VERBS[language];
  const sampleNoun = nouns.find((noun) => !noun.includes('intercom')) ?? nouns[0]!;

  // Capitalised as labels are written: lower-case kebab-case ("api-sleutel") reads as a key or slug.
  it.each(nouns)('noun %s is a field label in Intercom context', (noun) => {
    const label = noun.charAt(0).toUpperCase() + noun.slice(1);
    expect(getSolicitation(label, { intercomContext: true })?.kind).toBe('label');
  });

  it.each(verbs)(`verb %s with "${sampleNoun}" is a request`, (verb) => {
    expect(getSolicitation(`${verb} ${sampleNoun}`, { intercomContext: true })?.kind).toBe('request');
  });
});
