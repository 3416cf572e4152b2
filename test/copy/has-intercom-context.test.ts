import { describe, expect, it } from 'vitest';
import { getContextVerdict, hasIntercomContext, sumVendorMentions } from '../../src/copy/index.js';

describe('getContextVerdict', () => {
  it('tells Intercom, other vendors, both and neither apart', () => {
    expect(getContextVerdict(sumVendorMentions(['Connect Intercom', 'API key']))).toBe('intercom');
    expect(getContextVerdict(sumVendorMentions(['Slack', 'API key']))).toBe('other');
    expect(getContextVerdict(sumVendorMentions(['Slack', 'Intercom']))).toBe('mixed');
    expect(getContextVerdict(sumVendorMentions(['API key']))).toBe('none');
  });
});

describe('hasIntercomContext', () => {
  it('accepts text mostly about Intercom', () => {
    expect(hasIntercomContext('# Intercom integration\nAccess token')).toBe(true);
    expect(hasIntercomContext(['Intercom', 'Intercom inbox', 'Intercom API', 'Slack alerts'])).toBe(true);
  });

  it('rejects text that integrates many vendors or none', () => {
    expect(hasIntercomContext(['Slack', 'HubSpot', 'Intercom'])).toBe(false);
    expect(hasIntercomContext('Settings')).toBe(false);
  });
});
