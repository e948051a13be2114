// Turns the background's tab state into what the popup draws: each finding paired with its Centrix status.
import type { LookupMatch, TabState } from '../messaging/contract';
import { selectionEmail } from '../shared/selection-email';
import type { CompanyView, EmailView, LookupView, PersonView } from './view-types';

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
  queries: { profileUrl?: string | undefined; email?: string | undefined },
): LookupView {
  if (!queries.profileUrl && !queries.email) return { kind: 'none' };
  const email = queries.email?.toLowerCase();
  const found =
    matches.find((m) => m.kind === 'profile' && m.key === queries.profileUrl && m.known) ??
    matches.find((m) => m.kind === 'email' && m.key.toLowerCase() === email && m.known);
  if (found) {
    return { kind: 'known', idc: found.contactId ?? '', ...(found.name ? { name: found.name } : {}) };
  }
  switch (lookup.status) {
    case 'pending':
      return { kind: 'pending' };
    case 'failed':
      return { kind: 'failed', reason: lookup.reason ?? 'unexpected' };
    case 'not-configured':
      return { kind: 'unchecked', reason: lookup.reason ?? 'not-configured' };
    case 'done':
      return { kind: 'new' };
  }
}

export function findingsView(state: TabState | null): FindingsView {
  if (!state) return { people: [], emails: [], companies: [], missing: [] };
  const { findings, lookup } = state;
  const matches = lookup.matches;

  const peopleKeys = uniqueKeys(
    'p',
    findings.people.map((p) => p.profileUrl ?? p.email?.toLowerCase() ?? p.name ?? ''),
  );
  const people: PersonView[] = findings.people.map((p, i) => ({
    key: peopleKeys[i]!,
    ...(p.name ? { name: p.name } : {}),
    ...(p.title ? { title: p.title } : {}),
    ...(p.company ? { company: p.company } : {}),
    ...(p.email ? { email: p.email } : {}),
    ...(p.profileUrl ? { profileUrl: p.profileUrl } : {}),
    source: p.source,
    confidence: p.confidence,
    lookup: statusFor(lookup, matches, { profileUrl: p.profileUrl, email: p.email }),
  }));

  const personEmails = new Set(people.map((p) => p.email?.toLowerCase()).filter(Boolean));
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
    lookup: statusFor(lookup, matches, { email: e.address }),
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
