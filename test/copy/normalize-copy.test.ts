import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, foldCopy, normalizeCopy } from '../../src/copy/index.js';

describe('decodeHtmlEntities', () => {
  it('decodes named, numeric and accented entities', () => {
    expect(decodeHtmlEntities('a&nbsp;b &amp; c&#39;s &#x27;d&#x27; &eacute;t&eacute;')).toBe("a b & c's 'd' ete");
    expect(decodeHtmlEntities('&unknown; &#0;')).toBe('&unknown; &#0;');
  });
});

describe('normalizeCopy', () => {
  it('folds case, accents, full-width forms, odd spaces and apostrophes', () => {
    expect(normalizeCopy("  Jeton\u00a0d’ACCÈS  ")).toBe("jeton d'acces");
    expect(normalizeCopy('API-Schlüssel')).toBe('api-schlussel');
    expect(normalizeCopy('ＡＰＩキー')).toBe('apiキー');
    expect(normalizeCopy('Stra\u00dfe')).toBe('strasse');
  });

  it('keeps Japanese voiced marks intact', () => {
    expect(normalizeCopy('ペースト')).toBe('ペースト'.normalize('NFKD'));
  });

  it('drops HTML tags but keeps angle-bracket placeholders', () => {
    expect(normalizeCopy('Paste your <b>Intercom</b> access token')).toBe('paste your intercom access token');
    expect(normalizeCopy('<your access token>')).toBe('<your access token>');
  });

  it('keeps line breaks as sentence separators', () => {
    expect(normalizeCopy('API key \r\n\r\n  Paste it')).toBe('api key\npaste it');
  });

  it('foldCopy keeps case', () => {
    expect(foldCopy('Acme&nbsp;API key')).toBe('Acme API key');
  });
});
