// Who sent a message, from what the browser says (never from the message itself). Content-script messages come
// from a web page's tab, in the top frame; extension-page messages come from our own pages (popup, options),
// either not in a tab or in a tab that shows an extension page. Anything else, e.g. an extension page framed by a
// web page, a message that claims another extension id, or a sender we cannot read, is nobody.

export interface SelfIdentity {
  /** `browser.runtime.id` */
  id: string;
  /** `browser.runtime.getURL('')`, e.g. `chrome-extension://abc/` */
  baseUrl: string;
}

export type KnownSender = { kind: 'content'; tabId: number; url: string } | { kind: 'extension-page' };

const WEB_URL = /^https?:\/\//i;

function field(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' ? (obj as Record<string, unknown>)[key] : undefined;
}

export function classifySender(sender: unknown, self: SelfIdentity): KnownSender | null {
  if (field(sender, 'id') !== self.id || self.id === '' || !self.baseUrl) return null;
  const url = field(sender, 'url');
  if (typeof url !== 'string') return null;
  const tab = field(sender, 'tab');
  const hasTab = tab !== undefined && tab !== null;

  if (url.startsWith(self.baseUrl)) {
    if (!hasTab) return { kind: 'extension-page' };
    const tabUrl = field(tab, 'url');
    // Without the `tabs` permission the browser may hide a tab's URL; an extension page's frame URL is then enough,
    // unless a web page frames it, which its tab URL (when shown) would betray.
    if (tabUrl === undefined || (typeof tabUrl === 'string' && tabUrl.startsWith(self.baseUrl))) {
      return { kind: 'extension-page' };
    }
    return null;
  }

  if (!hasTab || !WEB_URL.test(url)) return null;
  const tabId = field(tab, 'id');
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return null;
  // Only the top frame speaks for the page: a third-party iframe's findings must not replace the page's.
  const frameId = field(sender, 'frameId');
  if (frameId !== undefined && frameId !== 0) return null;
  return { kind: 'content', tabId, url };
}
