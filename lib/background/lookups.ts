// Which of the people, emails and companies found on a page are already in Centrix: one GET for the whole page (an
// OR over the mapped email, LinkedIn, name, company and website fields), more only when the URL would grow too
// long. Each person is answered as a whole: *known* by any strong key (any of their addresses, their canonical
// profile URL), else a *possible* match by name + company (accent-, case- and legal-form-insensitive) for the user
// to confirm or reject, else *new*. Each company is answered with the account Centrix already has for it, exact
// (Centrix would join it) or near (a different legal form, accents or only the website's domain: proposed, never
// assumed). Field names come from the stored mapping, never from here. A page learns only known-or-not, the id and
// a name.
import type { CentrixContact, CentrixFailure } from '../centrix';
import type { AccountMatch, CompanyMatch, LookupMatch, PersonMatch } from '../messaging/contract';
import { canonicalProfileUrl } from '../shared/linkedin-url';
import { companyKey, exactCompany, foldText, nameTokens, personNameKey, sameCompany } from '../shared/match-keys';
import { splitName } from '../shared/person-name';
import type { FieldMapping } from '../storage/settings-schema';
import type { ApiContext } from './api-access';
import { fieldText, profileKey, searchContacts, type SearchTerm } from './contact-search';

/** One person of the page, with every strong key merging gave them. */
export interface LookupPerson {
  emails: readonly string[];
  profileUrl?: string;
  name?: string;
  company?: string;
}

export interface LookupQuery {
  emails: readonly string[];
  profileUrls: readonly string[];
  companies?: readonly { name: string; domain?: string }[];
  /** The page's people, answered one by one in `people` (same order). */
  people?: readonly LookupPerson[];
  /** The read-only field that names a contact's account (`ida`), when the account's catalogue has it. */
  accountIdField?: string;
}

export type LookupOutcome =
  | {
      ok: true;
      matches: LookupMatch[];
      companies: CompanyMatch[];
      people: PersonMatch[];
      accounts: AccountMatch[];
      requests: number;
    }
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

function idOf(contact: CentrixContact, field = 'idc'): string | undefined {
  const id = contact[field];
  return (typeof id === 'string' || typeof id === 'number') && /^[0-9]{1,18}$/.test(String(id))
    ? String(id)
    : undefined;
}

/** The same profile in any spelling; `/pub/` and `/company/` URLs by their path. */
const sameProfile = (a: string, b: string) =>
  (canonicalProfileUrl(a) ?? profileKey(a)) === (canonicalProfileUrl(b) ?? profileKey(b));

/** What a filter looks a profile up by: its `linkedin.com/in/<id>` path, percent-encoded and as people type it. */
function profileValues(url: string): string[] {
  const canonical = canonicalProfileUrl(url);
  if (!canonical) return [profileKey(url)];
  const path = canonical.replace('https://www.', '');
  let typed = path;
  try {
    typed = decodeURIComponent(path);
  } catch {
    // A broken escape is looked up as written.
  }
  return [...new Set([path, typed])];
}

/** A name's family part as the page spells it and without accents (Centrix compares accents as written). */
function familyValues(name: string): string[] {
  const last = splitName(name.replace(/^(?:dr|mr|mrs|ms|prof)\.?\s+/i, '')).last.trim();
  if (!last) return [];
  const plain = last.normalize('NFKD').replace(/\p{M}+/gu, '');
  return [...new Set([last, plain])];
}

/** The company's name without its legal form, as written: a prefix every spelling of the account starts with. */
function companyPrefix(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && companyKey(words.join(' ')) === companyKey(words.slice(0, -1).join(' '))) words.pop();
  return words.join(' ').replace(/[,.\s]+$/, '');
}

export function lookupTerms(query: LookupQuery, mapping: FieldMapping): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const emails = new Set([...query.emails, ...(query.people ?? []).flatMap((p) => p.emails)].map(normEmail));
  const profiles = new Set([...query.profileUrls, ...(query.people ?? []).flatMap((p) => p.profileUrl ?? [])]);
  if (mapping.email) for (const email of emails) terms.push({ field: mapping.email, op: '=', value: email });
  if (mapping.linkedinUrl) {
    for (const url of profiles) {
      for (const value of profileValues(url)) terms.push({ field: mapping.linkedinUrl, op: '[=]', value });
    }
  }
  // Name + company: the family name narrows the read, the comparison itself is made here.
  const nameField = mapping.lastName ?? mapping.fullName;
  if (nameField) {
    for (const person of query.people ?? []) {
      if (!person.name || nameTokens(person.name).length < 2) continue;
      for (const value of familyValues(person.name)) {
        terms.push({ field: nameField, op: mapping.lastName ? '=' : '[=]', value });
      }
    }
  }
  for (const company of query.companies ?? []) {
    if (mapping.company && company.name.trim() && !(company.domain && normName(company.name) === company.domain)) {
      terms.push({ field: mapping.company, op: '[=', value: companyPrefix(company.name) });
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
  const asked =
    query.emails.length + query.profileUrls.length + (query.companies?.length ?? 0) + (query.people?.length ?? 0);
  if (terms.length === 0) {
    return asked === 0
      ? { ok: true, matches: [], companies: [], people: [], accounts: [], requests: 0 }
      : { ok: false, error: 'unmapped' };
  }
  const roles = ['email', 'linkedinUrl', 'firstName', 'lastName', 'fullName', 'company', 'website'] as const;
  const fields = ['idc', ...roles.flatMap((r) => (mapping[r] ? [mapping[r]] : []))];
  if (query.accountIdField) fields.push(query.accountIdField);
  const result = await searchContacts(ctx.client, terms, fields, ctx.urlOverhead);
  if (!result.ok) return { ok: false, error: 'failed', failure: result.error };
  const contacts = result.value;

  const byEmail = (email: string) =>
    mapping.email ? contacts.find((c) => fieldText(c, mapping.email!)?.trim().toLowerCase() === email) : undefined;
  const byProfile = (url: string) =>
    mapping.linkedinUrl
      ? contacts.find((c) => {
          const stored = fieldText(c, mapping.linkedinUrl!);
          return stored !== undefined && stored.trim() !== '' && sameProfile(stored, url);
        })
      : undefined;
  const summary = (contact: CentrixContact) => {
    const id = idOf(contact);
    const name = nameOf(contact, mapping);
    return { ...(id ? { contactId: id } : {}), ...(name ? { name } : {}) };
  };

  const matches: LookupMatch[] = [];
  const answer = (kind: LookupMatch['kind'], key: string, contact: CentrixContact | undefined) => {
    matches.push({ kind, key, known: contact !== undefined, ...(contact ? summary(contact) : {}) });
  };
  if (mapping.email) for (const email of new Set(query.emails.map(normEmail))) answer('email', email, byEmail(email));
  if (mapping.linkedinUrl) for (const url of new Set(query.profileUrls)) answer('profile', url, byProfile(url));

  const companyOf = (c: CentrixContact) => (mapping.company ? fieldText(c, mapping.company)?.trim() : undefined);
  const people: PersonMatch[] = (query.people ?? []).map((person) => {
    for (const email of person.emails) {
      const found = byEmail(normEmail(email));
      if (found) return { status: 'known', via: 'email', ...summary(found) };
    }
    const found = person.profileUrl ? byProfile(person.profileUrl) : undefined;
    if (found) return { status: 'known', via: 'profile', ...summary(found) };
    const key = personNameKey(person.name);
    const possible = key
      ? contacts.filter((c) => {
          if (personNameKey(nameOf(c, mapping)) !== key) return false;
          // Without a company on the page the name is all there is: still a possible match, for the user to judge.
          return !person.company || !companyOf(c) || sameCompany(person.company, companyOf(c));
        })
      : [];
    const first = possible[0];
    if (first && (mapping.email || mapping.linkedinUrl || mapping.company)) {
      return { status: 'possible', via: 'name', candidates: possible.length, ...summary(first) };
    }
    // No strong key had a mapped field and no name could be compared: nothing is known either way.
    if (!mapping.email && !mapping.linkedinUrl && !key) return { status: 'unchecked' };
    return { status: 'new' };
  });

  const companies: CompanyMatch[] = [];
  const accounts: AccountMatch[] = [];
  for (const company of query.companies ?? []) {
    const domain = company.domain ? normDomain(company.domain) : '';
    const named = mapping.company && company.name.trim();
    if (named) {
      const name = normName(company.name);
      const known = contacts.some((c) => normName(companyOf(c) ?? '') === name);
      companies.push({ kind: 'name', key: company.name.trim().slice(0, 300), known });
    }
    if (mapping.website && domain) {
      const known = contacts.some((c) => normDomain(fieldText(c, mapping.website!) ?? '') === domain);
      companies.push({ kind: 'domain', key: domain.slice(0, 300), known });
    }
    const account = accountFor(company.name, domain, contacts, mapping, query.accountIdField);
    if (account) accounts.push(account);
  }
  return { ok: true, matches, companies, people, accounts, requests: result.requests };
}

/**
 * The account Centrix has for a page's company: the one whose name Centrix would join as it is (trimmed,
 * case-insensitive), else one whose name differs only by case, accents, punctuation or legal form, else one whose
 * website is on the company's domain. Several accounts that fit equally: the first by id, marked ambiguous.
 */
function accountFor(
  name: string,
  domain: string,
  contacts: readonly CentrixContact[],
  mapping: FieldMapping,
  idField: string | undefined,
): AccountMatch | undefined {
  if (!mapping.company) return undefined;
  const accounts = new Map<string, { name: string; ida?: string; website: string }>();
  for (const c of contacts) {
    const accountName = fieldText(c, mapping.company)?.trim();
    if (!accountName) continue;
    const ida = idField ? idOf(c, idField) : undefined;
    const key = ida ?? foldText(accountName);
    const website = mapping.website ? normDomain(fieldText(c, mapping.website) ?? '') : '';
    if (!accounts.has(key)) accounts.set(key, { name: accountName, ...(ida ? { ida } : {}), website });
  }
  const all = [...accounts.values()];
  const pick = (kind: AccountMatch['match'], fits: typeof all): AccountMatch | undefined => {
    if (fits.length === 0) return undefined;
    const chosen = fits[0]!;
    return {
      key: name.trim().slice(0, 300),
      name: chosen.name.slice(0, 300),
      ...(chosen.ida ? { accountId: chosen.ida } : {}),
      match: kind,
      ...(fits.length > 1 ? { ambiguous: true } : {}),
    };
  };
  const realName = name.trim() && !(domain && normName(name) === domain);
  return (
    (realName
      ? pick(
          'exact',
          all.filter((a) => exactCompany(a.name, name)),
        )
      : undefined) ??
    (realName
      ? pick(
          'near',
          all.filter((a) => sameCompany(a.name, name)),
        )
      : undefined) ??
    (domain
      ? pick(
          'near',
          all.filter((a) => a.website === domain || a.website.endsWith(`.${domain}`)),
        )
      : undefined)
  );
}
