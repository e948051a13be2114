// Companies a page names: site adapters' and JSON-LD organisations, the site's own name (og:site_name,
// application-name) with its host, and the domains of the addresses found. Domains stay raw here: reducing them to
// registrable domains and dropping webmail providers needs the Public Suffix List, which the background holds
// (lib/enrich), not the content script.
import { cap, metaContent } from './dom';
import { hostOf, type JsonLdFindings } from './json-ld';
import type { CompanyFinding } from './types';

export interface CompanyEvidence {
  adapter: readonly CompanyFinding[];
  /** The site's own name and host (siteCompanies), on ordinary pages only. */
  site?: readonly CompanyFinding[];
  jsonLd?: JsonLdFindings;
  /** The domains of the addresses found, as written. */
  domains: Iterable<string>;
  /** Email domains that are not prospects' (the mailbox owner's). */
  excludeDomains?: readonly string[];
}

const bare = (domain: string) => domain.toLowerCase().replace(/^www\./, '');

/** One finding per domain (or per name without one), keeping the strongest name and every field seen. */
export function mergeCompanies(list: readonly CompanyFinding[]): CompanyFinding[] {
  const byKey = new Map<string, CompanyFinding>();
  for (const c of list) {
    const key = c.domain ? bare(c.domain) : `name:${c.name.toLowerCase()}`;
    const known = byKey.get(key);
    // The stronger finding's fields win; the weaker one fills what it lacks.
    byKey.set(key, !known ? c : c.confidence > known.confidence ? { ...known, ...c } : { ...c, ...known });
  }
  return [...byKey.values()];
}

/**
 * The company an ordinary page at `url` belongs to: its og:site_name or application-name, else its host. Only the
 * script for ordinary pages carries this.
 */
export function siteCompanies(doc: Document, url: string): CompanyFinding[] {
  const host = hostOf(url);
  if (!host) return [];
  const domain = bare(host);
  const list: CompanyFinding[] = [];
  for (const [source, confidence] of [
    ['og:site_name', 0.6],
    ['application-name', 0.5],
  ] as const) {
    const name = metaContent(doc, source);
    if (name) list.push({ name: cap(name, 120), domain, source, confidence });
  }
  list.push({ name: domain, domain, source: 'page-host', confidence: 0.3 });
  return list;
}

export function collectCompanies(e: CompanyEvidence): CompanyFinding[] {
  const list: CompanyFinding[] = [...e.adapter, ...(e.site ?? [])];
  if (e.jsonLd) list.push(...e.jsonLd.companies);
  const domains = new Set([...e.domains].map(bare));
  for (const domain of e.excludeDomains ?? []) domains.delete(bare(domain));
  for (const domain of domains) list.push({ name: domain, domain, source: 'email-domain', confidence: 0.4 });
  return mergeCompanies(list);
}
