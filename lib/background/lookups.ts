// Which of the people, emails and companies found on a page are already in Centrix: one GET for the whole page (an
// OR over the mapped email, LinkedIn, company and website fields), more only when the URL would grow too long.
// Field names come from the stored mapping, never from here. A page learns only known-or-not, the id and a name.
import type { CentrixContact, CentrixFailure } from '../centrix';
import type { CompanyMatch, LookupMatch } from '../messaging/contract';
import type { FieldMapping } from '../storage/settings-schema';
import type { ApiContext } from './api-access';
import { fieldText, profileKey, searchContacts, type SearchTerm } from './contact-search';

export interface LookupQuery {
  emails: readonly string[];
  profileUrls: readonly string[];
  companies?: readonly { name: string; domain?: string }[];
}

export type LookupOutcome =
  | { ok: true; matches: LookupMatch[]; companies: CompanyMatch[]; requests: number }
  | { ok: false; error: 'unmapped' }
  | { ok: false; error: 'failed'; failure: CentrixFailure };

const normEmail = (email: string) => email.trim().toLowerCase();
const normName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const normDomain = (domain: string) =>
  domain
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '');

function nameOf(contact: CentrixContact, mapping: FieldMapping): string | undefined {
  const full = mapping.fullName ? fieldText(contact, mapping.fullName) : undefined;
  if (full?.trim()) return full.trim().slice(0, 300);
  const parts = [mapping.firstName, mapping.lastName].map((f) => (f ? fieldText(contact, f)?.trim() : undefined));
  const joined = parts.filter(Boolean).join(' ');
  return joined ? joined.slice(0, 300) : undefined;
}

function idOf(contact: CentrixContact): string | undefined {
  const idc = contact.idc;
  return (typeof idc === 'string' || typeof idc === 'number') && String(idc) !== '' ? String(idc) : undefined;
}

export function lookupTerms(query: LookupQuery, mapping: FieldMapping): SearchTerm[] {
  const terms: SearchTerm[] = [];
  if (mapping.email) {
    for (const email of query.emails) terms.push({ field: mapping.email, op: '=', value: normEmail(email) });
  }
  if (mapping.linkedinUrl) {
    for (const url of query.profileUrls) terms.push({ field: mapping.linkedinUrl, op: '[=]', value: profileKey(url) });
  }
  for (const company of query.companies ?? []) {
    if (mapping.company && company.name.trim()) {
      terms.push({ field: mapping.company, op: '=', value: company.name.trim() });
    }
    if (mapping.website && company.domain && normDomain(company.domain)) {
      terms.push({ field: mapping.website, op: '[=]', value: normDomain(company.domain) });
    }
  }
  // A value with a tab or line break cannot be a filter value (and is no real email or URL): leave it out.
  return terms.filter((t) => !/[\t\n\r]/.test(t.value) && t.value !== '');
}

export async function lookup(ctx: ApiContext, query: LookupQuery): Promise<LookupOutcome> {
  const mapping = ctx.settings.fieldMapping;
  const terms = lookupTerms(query, mapping);
  const asked = query.emails.length + query.profileUrls.length + (query.companies?.length ?? 0);
  if (terms.length === 0) {
    return asked === 0 ? { ok: true, matches: [], companies: [], requests: 0 } : { ok: false, error: 'unmapped' };
  }
  const roles = ['email', 'linkedinUrl', 'firstName', 'lastName', 'fullName', 'company', 'website'] as const;
  const fields = ['idc', ...roles.flatMap((r) => (mapping[r] ? [mapping[r]] : []))];
  const result = await searchContacts(ctx.client, terms, fields, ctx.urlOverhead);
  if (!result.ok) return { ok: false, error: 'failed', failure: result.error };
  const contacts = result.value;

  const matches: LookupMatch[] = [];
  const answer = (kind: LookupMatch['kind'], key: string, contact: CentrixContact | undefined) => {
    const match: LookupMatch = { kind, key, known: contact !== undefined };
    const id = contact && idOf(contact);
    const name = contact && nameOf(contact, mapping);
    if (id) match.contactId = id;
    if (name) match.name = name;
    matches.push(match);
  };
  if (mapping.email) {
    for (const email of new Set(query.emails.map(normEmail))) {
      answer(
        'email',
        email,
        contacts.find((c) => fieldText(c, mapping.email!)?.trim().toLowerCase() === email),
      );
    }
  }
  if (mapping.linkedinUrl) {
    for (const url of new Set(query.profileUrls)) {
      const key = profileKey(url);
      answer(
        'profile',
        url,
        contacts.find((c) => profileKey(fieldText(c, mapping.linkedinUrl!) ?? '') === key),
      );
    }
  }

  const companies: CompanyMatch[] = [];
  for (const company of query.companies ?? []) {
    if (mapping.company && company.name.trim()) {
      const name = normName(company.name);
      const known = contacts.some((c) => normName(fieldText(c, mapping.company!) ?? '') === name);
      companies.push({ kind: 'name', key: company.name.trim().slice(0, 300), known });
    }
    if (mapping.website && company.domain && normDomain(company.domain)) {
      const domain = normDomain(company.domain);
      const known = contacts.some((c) => normDomain(fieldText(c, mapping.website!) ?? '') === domain);
      companies.push({ kind: 'domain', key: domain.slice(0, 300), known });
    }
  }
  return { ok: true, matches, companies, requests: result.requests };
}
