// Turns the background's tab state into what the popup draws: each finding paired with its Centrix status.
import type { AccountMatch, LookupMatch, PersonMatch, TabState } from '../messaging/contract';
import { sameCompany } from '../shared/match-keys';
import { selectionEmail } from '../shared/selection-email';
import type { AccountView, CompanyView, EmailView, LookupView, PersonView } from './view-types';

/** What the user said in this popup about a possible match: the same human (`same`), or another (`other`). */
export type MatchDecisions = ReadonlyMap<string, 'same' | 'other'>;

export interface FindingsView {
  people: PersonView[];
  /** Addresses that belong to no listed person. */
  emails: EmailView[];
  companies: CompanyView[];
  missing: string[];
}

/** Keys built from content, not positions, so a selection survives a refresh that reorders findings. */
function uniqueKeys(prefix: string, bases: string[]): string[] {
  const seen = new Map<string, number>();
  return bases.map((base) => {
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? `${prefix}:${base}` : `${prefix}:${base}#${count}`;
  });
}

function statusFor(
  lookup: TabState['lookup'],
  matches: LookupMatch[],
  queries: { profileUrl?: string | undefined; emails: readonly string[] },
  person?: PersonMatch,
): LookupView {
  const emails = new Set(queries.emails.map((e) => e.toLowerCase()));
  const found =
    matches.find((m) => m.kind === 'profile' && m.key === queries.profileUrl && m.known) ??
    matches.find((m) => m.kind === 'email' && emails.has(m.key.toLowerCase()) && m.known);
  const named = (m: { contactId?: string | undefined; name?: string | undefined }) => ({
    idc: m.contactId ?? '',
    ...(m.name ? { name: m.name } : {}),
  });
  if (found) return { kind: 'known', ...named(found) };
  if (person?.status === 'known') return { kind: 'known', ...named(person) };
  if (person?.status === 'possible') {
    return { kind: 'possible', ...named(person), ...(person.candidates ? { candidates: person.candidates } : {}) };
  }
  if (!person && !queries.profileUrl && emails.size === 0) return { kind: 'none' };
  switch (lookup.status) {
    case 'pending':
      return { kind: 'pending' };
    case 'failed':
      return {
        kind: 'failed',
        reason: lookup.reason ?? 'unexpected',
        ...(lookup.retryAt !== undefined ? { retrying: true } : {}),
      };
    case 'not-configured':
      return { kind: 'unchecked', reason: lookup.reason ?? 'not-configured' };
    case 'done':
      return person?.status === 'unchecked' ? { kind: 'none' } : { kind: 'new' };
  }
}

/** The account Centrix has for this person's company (or, without one, for the domain of their address). */
function accountFor(
  accounts: readonly AccountMatch[],
  companies: TabState['findings']['companies'],
  company: string | undefined,
  email: string | undefined,
): AccountView | undefined {
  const domain = email?.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const byDomain = domain
    ? companies.find((c) => c.domain && (domain === c.domain || domain.endsWith(`.${c.domain}`)))
    : undefined;
  const account = company
    ? (accounts.find((a) => a.key.toLowerCase() === company.trim().toLowerCase()) ??
      accounts.find((a) => sameCompany(a.key, company)))
    : byDomain && accounts.find((a) => a.key === byDomain.name.trim());
  if (!account || account.ambiguous) return undefined;
  return { name: account.name, match: account.match, ...(account.accountId ? { accountId: account.accountId } : {}) };
}

export function findingsView(state: TabState | null, decisions: MatchDecisions = new Map()): FindingsView {
  if (!state) return { people: [], emails: [], companies: [], missing: [] };
  const { findings, lookup } = state;
  const matches = lookup.matches;

  const peopleKeys = uniqueKeys(
    'p',
    findings.people.map((p) => p.profileUrl ?? p.email?.toLowerCase() ?? p.name ?? ''),
  );
  const people: PersonView[] = findings.people.map((p, i) => {
    const key = peopleKeys[i]!;
    const emails = p.emails ?? (p.email ? [p.email.toLowerCase()] : []);
    let status = statusFor(lookup, matches, { profileUrl: p.profileUrl, emails }, lookup.people?.[i]);
    // A possible match the user judged: the same human is that contact (an update), another is new.
    const decision = decisions.get(key);
    if (status.kind === 'possible' && decision === 'same') status = { ...status, kind: 'known' };
    else if (status.kind === 'possible' && decision === 'other') status = { kind: 'new' };
    const account = accountFor(lookup.accounts ?? [], findings.companies, p.company, p.email);
    const phone = typeof p.phone === 'string' ? p.phone : undefined;
    const location = typeof p.location === 'string' ? p.location : undefined;
    return {
      key,
      ...(p.name ? { name: p.name } : {}),
      ...(p.title ? { title: p.title } : {}),
      ...(p.company ? { company: p.company } : {}),
      ...(p.email ? { email: p.email } : {}),
      ...(emails.length > 1 ? { emails } : {}),
      ...(p.profileUrl ? { profileUrl: p.profileUrl } : {}),
      ...(phone ? { phone } : {}),
      ...(location ? { location } : {}),
      source: p.source,
      confidence: p.confidence,
      ...(p.sources && p.sources.length > 1 ? { sources: p.sources } : {}),
      lookup: status,
      ...(account ? { account } : {}),
    };
  });

  const personEmails = new Set(people.flatMap((p) => p.emails ?? (p.email ? [p.email.toLowerCase()] : [])));
  const found = [...findings.emails];
  // "Add to Centrix" on selected text: an address in the selection is offered even if the page scan missed it.
  const selected = selectionEmail(state.selection);
  if (selected) found.push({ address: selected, source: 'selection', confidence: 1 });
  const loose = found.filter((e, i, all) => {
    const address = e.address.toLowerCase();
    return !personEmails.has(address) && all.findIndex((o) => o.address.toLowerCase() === address) === i;
  });
  const emailKeys = uniqueKeys(
    'e',
    loose.map((e) => e.address.toLowerCase()),
  );
  const emails: EmailView[] = loose.map((e, i) => ({
    key: emailKeys[i]!,
    address: e.address,
    source: e.source,
    confidence: e.confidence,
    lookup: statusFor(lookup, matches, { emails: [e.address] }),
  }));

  const companyKeys = uniqueKeys(
    'c',
    findings.companies.map((c) => c.domain ?? c.name),
  );
  const companies: CompanyView[] = findings.companies.map((c, i) => {
    const known = lookup.companies.some(
      (m) =>
        m.known &&
        ((m.kind === 'domain' && c.domain !== undefined && m.key.toLowerCase() === c.domain.toLowerCase()) ||
          (m.kind === 'name' && m.key.toLowerCase() === c.name.toLowerCase())),
    );
    return {
      key: companyKeys[i]!,
      name: c.name,
      ...(c.domain ? { domain: c.domain } : {}),
      source: c.source,
      confidence: c.confidence,
      known,
    };
  });

  return { people, emails, companies, missing: [...new Set(findings.missing)] };
}
