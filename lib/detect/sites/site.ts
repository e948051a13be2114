import { isLinkedInHost } from '../../shared/linkedin-url';
import type { PageKind, SiteId } from '../types';

export interface SiteInfo {
  site: SiteId;
  kind: PageKind;
  /** Regions of this site the email walk skips: chrome around the content, chat overlays, suggestion asides. */
  skip: string;
}

const LINKEDIN_SKIP = 'aside,#global-nav,.global-nav,.msg-overlay-container';
const GMAIL_SKIP = '[role="navigation"],[role="banner"],[role="complementary"],[role="dialog"],form';

// The last segment of a Gmail hash names a thread when it is a long id: `#inbox/FMfcgzQXJW…`, `#label/X/17c1a2…`.
const GMAIL_THREAD_HASH = /^#[^?]*\/[A-Za-z0-9]{16,}$/;

/** Which adapter a URL calls for. Unparseable URLs are ordinary pages. */
export function siteOf(url: string): SiteInfo {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { site: 'other', kind: 'page', skip: '' };
  }
  const host = parsed.hostname.toLowerCase();
  if (isLinkedInHost(host)) {
    const path = parsed.pathname;
    const kind: PageKind = /^\/in\/[^/]+/.test(path)
      ? 'linkedin-person'
      : /^\/(?:company|school)\/[^/]+/.test(path)
        ? 'linkedin-company'
        : 'linkedin-other';
    return { site: 'linkedin', kind, skip: LINKEDIN_SKIP };
  }
  if (host === 'mail.google.com') {
    const kind: PageKind = GMAIL_THREAD_HASH.test(parsed.hash) ? 'gmail-thread' : 'gmail-other';
    return { site: 'gmail', kind, skip: GMAIL_SKIP };
  }
  return { site: 'other', kind: 'page', skip: '' };
}
