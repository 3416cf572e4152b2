import { describe, expect, it } from 'vitest';
import { readGettextEntries } from '../../../src/scanner/detect/catalog/read-gettext-entries.js';
import { find, lineOf } from './support.js';

const header = [
  'msgid ""',
  'msgstr ""',
  '"Project-Id-Version: Intercom for WordPress 1.4\\n"',
  '"Content-Type: text/plain; charset=UTF-8\\n"',
  '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
  '',
].join('\n');

describe('gettext catalogs', () => {
  it('flags msgid and msgstr of a WordPress .po (es), multi-line strings located on their first text line', () => {
    const po = [
      header,
      '#: includes/class-settings.php:42',
      'msgid "Access token"',
      'msgstr "Token de acceso"',
      '',
      '#: includes/class-settings.php:50',
      '#, php-format',
      'msgid ""',
      '"Paste your Intercom access token "',
      '"below."',
      'msgstr ""',
      '"Pega tu token de acceso de Intercom "',
      '"abajo."',
      '',
      '#: includes/class-settings.php:60',
      'msgid "Connect with Intercom"',
      'msgstr "Conectar con Intercom"',
    ].join('\n');
    expect(find(po, 'gettext', 'languages/intercom-wp-es_ES.po')).toEqual([
      { messageId: 'label', line: lineOf(po, 'msgid "Access token"'), source: '"Access token"', key: 'Access token' },
      { messageId: 'label', line: lineOf(po, 'msgstr "Token de acceso"'), source: '"Token de acceso"', key: 'Token de acceso' },
      {
        messageId: 'request',
        line: lineOf(po, '"Paste your'),
        source: '"Paste your Intercom access token "\n"below."',
        key: 'Paste your Intercom access token below.',
      },
      {
        messageId: 'request',
        line: lineOf(po, '"Pega tu'),
        source: '"Pega tu token de acceso de Intercom "\n"abajo."',
        key: 'Pega tu token de acceso de Intercom abajo.',
      },
    ]);
  });

  it('flags a French .po with plurals, escapes and CRLF line ends', () => {
    const po = [
      header,
      '#. translators: label of the Intercom token field',
      'msgctxt "settings"',
      'msgid "API key"',
      'msgid_plural "API keys"',
      'msgstr[0] "Clé API"',
      'msgstr[1] "Clés API"',
      '',
      'msgid "Collez votre \\"jeton d\'accès\\" Intercom ici"',
      'msgstr ""',
    ].join('\r\n');
    const found = find(po, 'gettext', 'languages/my-plugin-fr_FR.po');
    expect(found.map((f) => [f.messageId, f.key])).toEqual([
      ['label', 'API key'],
      ['label', 'API keys'],
      ['label', 'Clé API'],
      // "Clés API" (French plural) is not in the copy lexicon.
      ['request', 'Collez votre "jeton d\'accès" Intercom ici'],
    ]);
    expect(found[0]?.line).toBe(lineOf(po, 'msgid "API key"'));
  });

  it('takes context from references and comments before the file', () => {
    const pot = [
      header.replace('Intercom for WordPress', 'Support Hub'),
      '#: src/integrations/intercom.php:12',
      'msgid "Access token"',
      'msgstr ""',
      '',
      '#: src/integrations/slack.php:12',
      'msgid "Bot token"',
      'msgstr ""',
      '',
      '#: src/integrations/zendesk.php:12',
      'msgid "API token"',
      'msgstr ""',
      '',
      '#: src/settings.php:3',
      'msgid "Access token"',
      'msgstr ""',
    ].join('\n');
    expect(find(pot, 'gettext', 'languages/support-hub.pot').map((f) => f.line)).toEqual([lineOf(pot, 'msgid "Access token"')]);
  });

  it('uses the file as context, and ignores obsolete entries and other vendors', () => {
    const pot = [
      header,
      '#: settings.php:3',
      'msgid "API key"',
      'msgstr ""',
      '',
      '#: settings.php:9',
      'msgid "Paste your HubSpot API key"',
      'msgstr ""',
      '',
      '#~ msgid "Paste your Intercom access token"',
      '#~ msgstr ""',
    ].join('\n');
    expect(find(pot, 'gettext', 'languages/intercom.pot').map((f) => f.key)).toEqual(['API key']);
  });

  it('reads entries, continuations and unterminated strings without throwing', () => {
    const entries = readGettextEntries('msgctxt "a"\nmsgid "one \\n two\nmsgstr "x\\101\\x42"\n"more"\n#: ref.c:1\nmsgid "next"\nmsgstr ""');
    expect(entries.map((entry) => entry.strings.map((string) => [string.field, string.text]))).toEqual([
      [['msgctxt', 'a'], ['msgid', 'one \n two'], ['msgstr', 'xABmore']],
      [['msgid', 'next'], ['msgstr', '']],
    ]);
    expect(entries[1]?.notes).toEqual([' ref.c:1']);
  });
});
