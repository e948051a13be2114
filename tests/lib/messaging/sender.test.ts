import { describe, expect, it } from 'vitest';
import { classifySender } from '../../../lib/messaging/sender';

const self = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const tab = { id: 7, url: 'https://www.linkedin.com/in/ada' };

describe('classifySender', () => {
  it.each([
    ['a content script in a page', { id: 'ext-id', url: tab.url, tab, frameId: 0 }, 'content'],
    ['a content script, frame id not given', { id: 'ext-id', url: 'http://example.com/', tab }, 'content'],
    ['the popup', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, 'extension-page'],
    [
      'the options page in a tab',
      {
        id: 'ext-id',
        url: 'chrome-extension://ext-id/options.html',
        tab: { id: 3, url: 'chrome-extension://ext-id/options.html' },
      },
      'extension-page',
    ],
    [
      'an extension page in a tab whose URL is hidden',
      { id: 'ext-id', url: 'chrome-extension://ext-id/options.html', tab: { id: 3 } },
      'extension-page',
    ],
  ])('accepts %s', (_label, sender, kind) => {
    expect(classifySender(sender, self)?.kind).toBe(kind);
  });

  it.each([
    ['another extension', { id: 'other', url: tab.url, tab }],
    ['no id', { url: tab.url, tab }],
    ['a page without a tab', { id: 'ext-id', url: 'https://example.com/' }],
    ['a subframe', { id: 'ext-id', url: 'https://ads.example/', tab, frameId: 3 }],
    ['a non-web page', { id: 'ext-id', url: 'file:///etc/passwd', tab }],
    ['a negative tab id', { id: 'ext-id', url: tab.url, tab: { id: -1 } }],
    ['our page framed by a web page', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html', tab }],
    ['another extension page', { id: 'ext-id', url: 'chrome-extension://other/popup.html' }],
    ['no URL', { id: 'ext-id', tab }],
    ['nothing', undefined],
    ['a string', 'ext-id'],
  ])('refuses %s', (_label, sender) => {
    expect(classifySender(sender, self)).toBeNull();
  });

  it('refuses everyone when the extension id is unknown', () => {
    expect(classifySender({ id: '', url: '', tab }, { id: '', baseUrl: '' })).toBeNull();
  });
});
