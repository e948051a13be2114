// One person per human on a page. A page often describes one human several times (a LinkedIn top card and the
// address in its About text; microdata and the name beside the address of one team card; a JSON-LD author and the
// byline): those findings become one person that keeps every detail, every address and the source of each detail.
// The rules, in order, and nothing else:
//   1. the same address (case-insensitive) is one human;
//   2. the same profile URL (canonical form) is one human;
//   3. the same name (accent-, case- and honorific-insensitive) is one human only when another detail agrees
//      (title or company), none conflicts (two different addresses, profiles, titles or companies) and exactly one
//      other finding qualifies: a name alone, across unrelated parts of a page, never merges;
//   4. a person without an address takes a page address whose local part reads as their name (`t.belanger` for
//      Thomas Bélanger), when that address names no one else and no other person without an address fits it;
//   5. a person without a company, whose address's registrable domain is a named company's on the page, works there
//      (a company's own contact page names the company once, not on each card); free mail never counts.
import { canonicalProfileUrl } from '../shared/linkedin-url';
import { companyKey, foldText, localPartNames, personNameKey } from '../shared/match-keys';

/** The details of a person a detector may report; other fields pass through from the strongest finding. */
export interface PersonLike {
  name?: string;
  email?: string;
  company?: string;
  title?: string;
  headline?: string;
  location?: string;
  phone?: string;
  profileUrl?: string;
  source: string;
  confidence: number;
}

/** The details merging keeps one value of, with the source of each. */
export const PERSON_DETAILS = ['name', 'company', 'title', 'headline', 'location', 'phone', 'profileUrl'] as const;
export type PersonDetail = (typeof PERSON_DETAILS)[number] | 'email';

export type MergedPerson<P extends PersonLike> = P & {
  /** Every address of this person, lower-cased, the primary (`email`) first. */
  emails?: string[];
  /** Where each detail came from (a finding's source, or `email-domain` for a company read off the address). */
  detailSources?: Partial<Record<PersonDetail, string>>;
  /** The sources of every finding merged into this one, strongest first. */
  sources?: string[];
};

export interface MergeInput<P extends PersonLike> {
  people: readonly P[];
  emails: readonly { address: string; freeMail?: boolean }[];
  /** Companies with registrable domains (lib/enrich reduces them first). */
  companies: readonly { name: string; domain?: string }[];
}

export interface MergeOptions {
  /** The registrable domain of an address's domain (tldts in the background). */
  registrableDomain: (host: string) => string | undefined;
  isFreeMailDomain: (domain: string) => boolean;
}

const lower = (s: string | undefined) => s?.trim().toLowerCase() || undefined;
const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
const localOf = (address: string) => address.slice(0, address.lastIndexOf('@'));
const profileOf = (p: PersonLike) =>
  p.profileUrl ? (canonicalProfileUrl(p.profileUrl) ?? lower(p.profileUrl)) : undefined;

/** A company named after its own host (`acme.com`) says nothing a card would not. */
const namedByHost = (c: { name: string; domain?: string }) =>
  c.domain !== undefined && c.name.trim().toLowerCase() === c.domain.toLowerCase();

class Groups {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) [this.parent[i], i] = [root, this.parent[i]!];
    return root;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Two findings with the same name are one human only if a detail agrees and none conflicts. */
function corroborated(a: PersonLike, b: PersonLike): boolean {
  const conflict = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x !== y;
  const title = (p: PersonLike) => (p.title ? foldText(p.title) : undefined);
  const company = (p: PersonLike) => (p.company ? companyKey(p.company) || undefined : undefined);
  if (conflict(lower(a.email), lower(b.email)) || conflict(profileOf(a), profileOf(b))) return false;
  if (conflict(title(a), title(b)) || conflict(company(a), company(b))) return false;
  return (title(a) !== undefined && title(a) === title(b)) || (company(a) !== undefined && company(a) === company(b));
}

export function mergePeople<P extends PersonLike>(input: MergeInput<P>, options: MergeOptions): MergedPerson<P>[] {
  const people = input.people;
  const groups = new Groups(people.length);
  const byKey = new Map<string, number>();
  const joinOn = (key: string | undefined, i: number) => {
    if (!key) return;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, i);
    else groups.join(seen, i);
  };
  people.forEach((p, i) => {
    joinOn(lower(p.email) && `e:${lower(p.email)}`, i);
    joinOn(profileOf(p) && `u:${profileOf(p)}`, i);
  });
  // Rule 3: a name shared by exactly two corroborating findings (after rules 1-2, counted by group).
  const byName = new Map<string, number[]>();
  people.forEach((p, i) => {
    const key = personNameKey(p.name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), i]);
  });
  for (const members of byName.values()) {
    const roots = [...new Set(members.map((i) => groups.find(i)))];
    if (roots.length !== 2) continue;
    const [a, b] = roots.map((r) => members.filter((i) => groups.find(i) === r));
    if (a!.every((i) => b!.every((j) => corroborated(people[i]!, people[j]!)))) groups.join(a![0]!, b![0]!);
  }

  const merged = new Map<number, number[]>();
  people.forEach((_, i) => {
    const root = groups.find(i);
    merged.set(root, [...(merged.get(root) ?? []), i]);
  });
  const result = [...merged.values()].map((members) => combine(members.map((i) => people[i]!)));

  attachAddresses(result, input.emails);
  attachCompanies(result, input, options);
  return result;
}

/** One person from the findings of one human: each detail from the strongest finding that has it. */
function combine<P extends PersonLike>(findings: P[]): MergedPerson<P> {
  const ranked = [...findings].sort((a, b) => b.confidence - a.confidence);
  const person = { ...ranked[0]! } as MergedPerson<P>;
  if (findings.length === 1 && !person.email) return person;
  const detailSources: Partial<Record<PersonDetail, string>> = {};
  for (const detail of PERSON_DETAILS) {
    const from = ranked.find((f) => f[detail]?.trim());
    if (!from) continue;
    (person as PersonLike)[detail] = from[detail];
    detailSources[detail] = from.source;
  }
  const emails: string[] = [];
  for (const f of ranked) {
    const address = lower(f.email);
    if (!address || emails.includes(address)) continue;
    emails.push(address);
    detailSources.email ??= f.source;
  }
  if (emails.length > 0) {
    person.email = ranked.find((f) => lower(f.email) === emails[0])!.email;
    person.emails = emails;
  }
  person.confidence = ranked[0]!.confidence;
  if (findings.length > 1) {
    person.sources = [...new Set(ranked.map((f) => f.source))];
    person.detailSources = detailSources;
  }
  return person;
}

/** Rule 4: an address that reads as exactly one address-less person's name, and names no one else, is theirs. */
function attachAddresses<P extends PersonLike>(people: MergedPerson<P>[], emails: MergeInput<P>['emails']): void {
  const taken = new Set(people.flatMap((p) => p.emails ?? (p.email ? [p.email.toLowerCase()] : [])));
  const loose = [...new Set(emails.map((e) => e.address.toLowerCase()))].filter((a) => !taken.has(a));
  const keyless = people.filter((p) => !p.email && p.name);
  const fits = (address: string, p: PersonLike) => localPartNames(localOf(address), p.name!);
  for (const person of keyless) {
    const mine = loose.filter((address) => fits(address, person));
    if (mine.length !== 1) continue;
    const address = mine[0]!;
    // Another person (with or without an address) this address could name: it is no one's for sure.
    if (people.some((other) => other !== person && other.name && fits(address, other))) continue;
    person.email = emails.find((e) => e.address.toLowerCase() === address)!.address;
    person.emails = [address];
    person.detailSources = { ...person.detailSources, email: 'name-in-address' };
  }
}

/** Rule 5: the page's named company whose domain is the registrable domain of a person's (non-free) address. */
function attachCompanies<P extends PersonLike>(
  people: MergedPerson<P>[],
  input: MergeInput<P>,
  options: MergeOptions,
): void {
  const named = new Map<string, string>();
  for (const c of input.companies) {
    if (!c.domain || namedByHost(c)) continue;
    const domain = options.registrableDomain(c.domain);
    if (!domain || options.isFreeMailDomain(domain)) continue;
    // Two named companies on one domain: which one a card is from is not known.
    named.set(domain, named.has(domain) && named.get(domain) !== c.name ? '' : c.name);
  }
  for (const person of people) {
    if (person.company?.trim() || !person.email) continue;
    const domain = options.registrableDomain(domainOf(person.email));
    const company = domain ? named.get(domain) : undefined;
    if (!company) continue;
    person.company = company;
    person.detailSources = { ...person.detailSources, company: 'email-domain' };
  }
}
