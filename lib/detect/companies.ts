// Companies a page names: site adapters' and JSON-LD organisations, the site's own name (og:site_name,
// application-name) with its host, and the domains of the addresses found. Domains stay raw here: reducing them to
// registrable domains and dropping webmail providers needs the Public Suffix List, which the background holds
// (lib/enrich), not the content script.
import { cap, metaContent } from './dom';
import type { JsonLdFindings } from './json-ld';
import type { CompanyFinding, EmailFinding } from './types';

export interface CompanyEvidence {
  doc: Document;
  /** The page's host, for ordinary pages only (LinkedIn's or Gmail's own host is no prospect's). */
  host?: string;
  adapter: readonly CompanyFinding[];
  jsonLd?: JsonLdFindings;
  emails: readonly EmailFinding[];
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

export function collectCompanies(e: CompanyEvidence): CompanyFinding[] {
  const list: CompanyFinding[] = [...e.adapter];
  if (e.jsonLd) list.push(...e.jsonLd.companies);
  if (e.host) {
    const domain = bare(e.host);
    for (const [source, confidence] of [
      ['og:site_name', 0.6],
      ['application-name', 0.5],
    ] as const) {
      const name = metaContent(e.doc, source);
      if (name) list.push({ name: cap(name, 120), domain, source, confidence });
    }
    list.push({ name: domain, domain, source: 'page-host', confidence: 0.3 });
  }
  // A page's hundreds of addresses share a few domains: each is normalised once.
  const domains = new Set([...new Set(e.emails.map((m) => m.address.slice(m.address.indexOf('@') + 1)))].map(bare));
  for (const domain of e.excludeDomains ?? []) domains.delete(bare(domain));
  for (const domain of domains) list.push({ name: domain, domain, source: 'email-domain', confidence: 0.4 });
  return mergeCompanies(list);
}
