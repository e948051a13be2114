import { siteOfUrl, type SiteId } from '../../shared/site';
import type { PageKind } from '../types';

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

/** Which adapter a URL calls for (the site as lib/shared/site.ts answers it, and the kind of page on it). */
export function siteOf(url: string): SiteInfo {
  const site = siteOfUrl(url);
  if (site === 'other') return { site, kind: 'page', skip: '' };
  const parsed = new URL(url);
  if (site === 'linkedin') {
    const path = parsed.pathname;
    const kind: PageKind = /^\/in\/[^/]+/.test(path)
      ? 'linkedin-person'
      : /^\/(?:company|school)\/[^/]+/.test(path)
        ? 'linkedin-company'
        : 'linkedin-other';
    return { site: 'linkedin', kind, skip: LINKEDIN_SKIP };
  }
  const kind: PageKind = GMAIL_THREAD_HASH.test(parsed.hash) ? 'gmail-thread' : 'gmail-other';
  return { site, kind, skip: GMAIL_SKIP };
}
