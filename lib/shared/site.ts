// Which site a URL belongs to, for every context: the scanner picks its adapters by it, the background its site
// switch and which script to inject. Pure: no browser globals. LinkedIn's hosts are lib/shared/linkedin-url.ts's.
import { isLinkedInHost } from './linkedin-url';

/** The sites the extension knows; everything else is `'other'`, an ordinary page. */
export type SiteId = 'linkedin' | 'gmail' | 'other';

/** The lower-cased host name of a URL, or `undefined` when it does not parse. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Unparseable URLs are ordinary pages. */
export function siteOfUrl(url: string): SiteId {
  const host = hostOf(url);
  if (host === undefined) return 'other';
  if (isLinkedInHost(host)) return 'linkedin';
  if (host === 'mail.google.com') return 'gmail';
  return 'other';
}
