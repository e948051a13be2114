// The site adapters, for the content script that runs on LinkedIn and Gmail and for `detectPage`. The script
// injected on ordinary pages imports none of them: they are a third of a content script's weight.
import type { SiteSupport } from './adapter';
import { detectGmail } from './gmail';
import { detectLinkedInCompany } from './linkedin-company';
import { detectLinkedInPerson } from './linkedin-person';

export const SITE_ADAPTERS: SiteSupport = {
  adapters: {
    'linkedin-person': detectLinkedInPerson,
    'linkedin-company': detectLinkedInCompany,
    'gmail-thread': detectGmail,
    'gmail-other': detectGmail,
  },
};
