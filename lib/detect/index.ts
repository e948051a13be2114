// Detection entry points. `detectPage` reads a whole document at once; the content script uses the incremental
// form: `createPageScan` + `scanNode` (or the resumable `walkEmails`) as nodes arrive, then `collectFindings`.
import { collectCompanies } from './companies';
import { scanEmails } from './emails';
import { readJsonLd } from './json-ld';
import { byStrength, createScanState, type ScanState } from './scan-state';
import { ORDINARY_PAGES } from './ordinary';
import { emptyResult, type AdapterInput, type SiteSupport } from './sites/adapter';
import { SITE_ADAPTERS } from './sites/all';
import { siteOf } from './sites/site';
import type { CompanyFinding, PageFindings, PersonFinding } from './types';
import {
  CODE_MAX,
  COMPANIES_MAX,
  DOMAIN_MAX,
  EMAILS_MAX,
  EMAIL_MAX,
  PEOPLE_MAX,
  TEXT_MAX,
  URL_MAX,
} from '../shared/finding-limits';

export { findEmails, normaliseEmail } from './email-scanner';
export { isSkippedPlace, walkEmails, type EmailWalk } from './emails';
export type { ScanState } from './scan-state';
export type { SiteSupport } from './sites/adapter';
export { UI_ATTRIBUTE } from './dom';
export type * from './types';

// The contract's bound for each string a person or company carries (lib/shared/finding-limits.ts); the background
// drops an item that exceeds one, so the content script keeps only items within them.
const BOUNDS: Record<string, number> = {
  phone: CODE_MAX,
  source: CODE_MAX,
  email: EMAIL_MAX,
  domain: DOMAIN_MAX,
  profileUrl: URL_MAX,
  website: URL_MAX,
};
const fits = (item: object) =>
  Object.entries(item).every(([key, value]) => typeof value !== 'string' || value.length <= (BOUNDS[key] ?? TEXT_MAX));

/**
 * A fresh scan of the view at `url`, skipping what that site's adapter says to skip, by a content script that carries
 * `support`: what it notes as it walks, and what reads the page when findings are collected.
 */
export function createPageScan(url: string, support: SiteSupport = {}): ScanState {
  return createScanState(url, siteOf(url).skip, support);
}

/** Scans `node` (and what it contains) for emails into `state`; nodes seen before are not read again. */
export function scanNode(node: Node, state: ScanState): void {
  scanEmails(node, state);
}

/** The site's adapter, if the caller brought it; an ordinary page keeps what JSON-LD says. */
const runAdapter = (support: SiteSupport, input: AdapterInput, kind: PageFindings['kind']) =>
  support.adapters?.[kind]?.(input) ?? { ...emptyResult(), keepJsonLd: true };

const domainOf = (address: string) => address.slice(address.indexOf('@') + 1);

/** Strongest first, then by `key`: the same findings always come out the same, whatever order they came in. */
const ranked = <T extends { confidence: number }>(list: T[], key: (x: T) => string, max: number): T[] =>
  list.sort((a, b) => b.confidence - a.confidence || (key(a) < key(b) ? -1 : 1)).slice(0, max);

/**
 * The findings for the view `state` describes: site adapter, JSON-LD (and microdata) and companies over the emails
 * found, with what the scanning content script supports (sites/adapter.ts).
 */
export function collectFindings(doc: Document, state: ScanState): PageFindings {
  const { support } = state;
  const { site, kind: urlKind } = siteOf(state.url);
  // The readers of ordinary pages (microdata, names beside addresses, the site's own name) stay off LinkedIn and
  // Gmail, whose adapters know better and whose own name is no prospect's.
  const ordinary = site === 'other';
  const jsonLd = readJsonLd(doc, state.scripts, ordinary ? support.microdata?.(state) : undefined);
  const adapter = runAdapter(support, { doc, url: state.url, jsonLd }, urlKind);
  const kind = adapter.kind ?? urlKind;
  const findings: PageFindings = { site, kind, people: [], emails: [], companies: [], missing: adapter.missing };
  // An inbox or a label list: its senders are not what the user is looking at.
  if (kind === 'gmail-other') return findings;
  if (adapter.subject) findings.subject = adapter.subject;
  const exclude = new Set(adapter.exclude);

  // The walk's map is keyed as addEmail keys. Most flushes have nothing to add to it or take from it: it is then
  // used as it is, and a flush costs no work per address.
  let emails = state.emails;
  const extra = [...adapter.emails, ...jsonLd.emails];
  if (extra.length || exclude.size) {
    emails = new Map(emails);
    for (const e of extra) {
      const key = e.address.toLowerCase();
      const known = emails.get(key);
      if (!known || known.confidence < e.confidence) emails.set(key, e);
    }
    exclude.forEach((key) => emails.delete(key));
  }

  const people: PersonFinding[] = adapter.people.filter((p) => !p.email || !exclude.has(p.email.toLowerCase()));
  if (adapter.keepJsonLd) people.push(...jsonLd.people);
  if (ordinary && support.nearby) people.push(...support.nearby(state, emails, people));

  const companies: CompanyFinding[] = collectCompanies({
    adapter: adapter.companies,
    site: ordinary ? support.site?.(doc, state.url) : undefined,
    jsonLd: adapter.keepJsonLd ? jsonLd : undefined,
    domains: [...state.domains, ...extra.map((e) => domainOf(e.address))],
    excludeDomains: [...exclude].map(domainOf),
  });

  // The walk keeps its own in order: only a flush that added or took some sorts them all.
  findings.emails =
    emails === state.emails
      ? state.ranked.slice(0, EMAILS_MAX)
      : [...emails.values()].sort(byStrength).slice(0, EMAILS_MAX);
  findings.people = ranked(people.filter(fits), (p) => `${p.name}\n${p.email}`, PEOPLE_MAX);
  findings.companies = ranked(companies.filter(fits), (c) => `${c.name}\n${c.domain}`, COMPANIES_MAX);
  return findings;
}

/** Everything `doc` (the page at `url`) shows a salesperson, read at once. */
export function detectPage(
  doc: Document,
  url: string,
  support: SiteSupport = { ...SITE_ADAPTERS, ...ORDINARY_PAGES },
): PageFindings {
  const state = createPageScan(url, support);
  const root = doc.body ?? doc.documentElement;
  if (root) scanNode(root, state);
  return collectFindings(doc, state);
}
