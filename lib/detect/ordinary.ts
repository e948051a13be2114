// What the script injected on ordinary pages (entrypoints/page.content.ts) brings beyond the email walk: Cloudflare's
// protected addresses, addresses split across elements, microdata, the people named beside their addresses and the
// site's own name, with the notes the walk keeps for them. LinkedIn and Gmail have adapters that know better, and
// their script carries none of this.
import { noteCloudflare } from './cloudflare';
import { siteCompanies } from './companies';
import { microdataObjects, noteItem } from './microdata';
import { notePlace, peopleNear, readCards } from './nearby';
import type { SiteSupport } from './sites/adapter';
import { readSplit } from './split-addresses';

export const ORDINARY_PAGES: SiteSupport = {
  enter(state, el) {
    noteCloudflare(state, el);
    noteItem(state, el);
  },
  split: readSplit,
  place: notePlace,
  settle: readCards,
  microdata: microdataObjects,
  nearby: peopleNear,
  site: siteCompanies,
};
