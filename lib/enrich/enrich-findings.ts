// What the background adds to a content script's findings, with data too heavy for the content script: the Public
// Suffix List (tldts) reduces hosts and email domains to registrable domains (mail.acme.co.uk → acme.co.uk), drops
// webmail and ISP domains from the companies, and refuses addresses whose TLD the root zone does not know (the
// content script checks long TLDs by fingerprint only: lib/detect/tld-codec.ts).
import { parse } from 'tldts';
import type { CompanyFinding } from '../detect/types';
import { FREE_MAIL_BRANDS, FREE_MAIL_DOMAINS } from './free-mail-domains';
import { mergePeople, type PersonLike } from './merge-people';

/** The registrable domain of `host` (private suffixes such as github.io count), or undefined for IPs and nonsense. */
export function registrableDomain(host: string): string | undefined {
  const domain = parse(host.toLowerCase(), { allowPrivateDomains: true }).domain;
  return domain ?? undefined;
}

/** Whether `domain` (any host under it) is a webmail or internet-provider mail domain. */
export function isFreeMailDomain(domain: string): boolean {
  const info = parse(domain.toLowerCase());
  if (!info.domain) return false;
  return FREE_MAIL_DOMAINS.has(info.domain) || FREE_MAIL_BRANDS.has(info.domainWithoutSuffix ?? '');
}

/** Whether the TLD of `domain` is one of the root zone's. */
function hasKnownTld(domain: string): boolean {
  return parse(domain).isIcann === true;
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1);

/** The parts of a company finding enrichment reads; extra fields pass through untouched. */
type CompanyLike = Pick<CompanyFinding, 'name' | 'domain' | 'confidence'>;

const isNamedByHost = (company: CompanyLike) =>
  company.name.toLowerCase() === company.domain?.toLowerCase().replace(/^www\./, '');

function reduceCompany<C extends CompanyLike>(company: C): C | undefined {
  if (!company.domain) return company;
  const domain = registrableDomain(company.domain);
  // A company known only by a host that has no registrable domain (an IP address, `localhost`) is no company.
  if (!domain && isNamedByHost(company)) return undefined;
  if (!domain) {
    // `domain` is optional in every company shape, so the company without it is still a C.
    const { domain: _dropped, ...rest } = company;
    return rest as C;
  }
  if (isFreeMailDomain(domain)) return undefined;
  // A company named after its host or email domain is named after the registrable domain.
  return { ...company, domain, name: isNamedByHost(company) ? domain : company.name };
}

/** One company per registrable domain (or name), the strongest evidence first, its missing fields filled. */
function mergeByDomain<C extends CompanyLike>(companies: C[]): C[] {
  const byKey = new Map<string, C>();
  for (const c of [...companies].sort((a, b) => b.confidence - a.confidence)) {
    const key = c.domain ?? `name:${c.name.toLowerCase()}`;
    const known = byKey.get(key);
    byKey.set(key, known ? { ...c, ...known } : c);
  }
  return [...byKey.values()];
}

/**
 * Findings as the content script reported them (lib/detect/types.ts) or as the background validated them (the
 * message contract, which lets unknown fields through): enrichment reads only these parts and keeps the rest.
 */
interface EnrichableFindings {
  people: PersonLike[];
  emails: { address: string }[];
  companies: CompanyLike[];
}

export function enrichFindings<F extends EnrichableFindings>(findings: F): F {
  const emails = findings.emails
    .filter((e) => hasKnownTld(domainOf(e.address)))
    .map((e) => (isFreeMailDomain(domainOf(e.address)) ? { ...e, freeMail: true } : e));
  const known = new Set(emails.map((e) => e.address.toLowerCase()));
  const people = findings.people.map((p) => {
    if (!p.email || known.has(p.email.toLowerCase())) return p;
    const { email: _dropped, ...rest } = p;
    return rest;
  });
  const companies = mergeByDomain(findings.companies.map((c) => reduceCompany(c)).filter((c) => c !== undefined));
  // One person per human, once addresses and domains are what the background trusts (lib/enrich/merge-people.ts).
  const merged = mergePeople({ people, emails, companies }, { registrableDomain, isFreeMailDomain });
  return { ...findings, people: merged, emails, companies };
}
