import { describe, expect, it } from 'vitest';
import { countVendorMentions, findVendorMentions, mentionsIntercom } from '../../src/copy/index.js';

describe('countVendorMentions', () => {
  it('counts words and camelCase or SCREAMING_SNAKE parts', () => {
    expect(countVendorMentions('Intercom')).toEqual({ intercom: 1, other: 0 });
    expect(countVendorMentions('IntercomClient intercomToken INTERCOM_TOKEN intercom-client')).toEqual({
      intercom: 4,
      other: 0,
    });
    expect(countVendorMentions('HubSpotClient slackToken GITHUB_TOKEN Help Scout')).toEqual({ intercom: 0, other: 4 });
  });

  it('ignores names inside other words', () => {
    expect(countVendorMentions('laws notional intercoms')).toEqual({ intercom: 0, other: 0 });
  });
});

describe('mentionsIntercom', () => {
  it('needs Intercom as a word', () => {
    expect(mentionsIntercom('settings.intercom.tokenLabel')).toBe(true);
    expect(mentionsIntercom('Intercom の設定')).toBe(true);
    expect(mentionsIntercom('the building intercoms')).toBe(false);
    expect(mentionsIntercom('Slack')).toBe(false);
  });
});

describe('findVendorMentions', () => {
  it('gives each mention with its offset, in order', () => {
    expect(findVendorMentions('<h3>Intercom</h3><p>Slack and intercomToken, not laws</p>')).toEqual([
      { index: 4, intercom: true },
      { index: 20, intercom: false },
      { index: 30, intercom: true },
    ]);
  });
});
