// schema.org JSON-LD: the only script content ever read. Each block is parsed on its own, inside try/catch, and
// walked with bounds on depth and size, so a broken or hostile block costs little and changes nothing else.
// Microdata items are read as the same objects (lib/detect/microdata.ts), under their own source.
import { cap, clean } from './dom';
import { normaliseEmail } from './email-scanner';
import { canonicalProfileUrl } from '../shared/linkedin-url';
import type { CompanyFinding, EmailFinding, PersonFinding } from './types';

export interface JsonLdFindings {
  people: PersonFinding[];
  companies: CompanyFinding[];
  emails: EmailFinding[];
}

const MAX_DEPTH = 12;
const MAX_NODES = 5000;
const ORGANIZATION = /^(?:\w*Organization|Corporation|Company|NGO|Store|\w*Business|ProfessionalService)$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function types(node: Obj): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string');
}

function text(value: unknown): string {
  if (typeof value === 'string') return cap(clean(value));
  if (Array.isArray(value)) return text(value[0]);
  if (isObj(value)) return text(value.name);
  return '';
}

function emailsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v !== 'string') continue;
    const address = normaliseEmail(v.replace(/^mailto:/i, ''));
    if (address) out.push(address);
  }
  return out;
}

/** Lower-cased host of an http(s) URL, or undefined. */
export function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

function personName(node: Obj): string {
  const name = text(node.name);
  if (name) return name;
  return clean(`${text(node.givenName)} ${text(node.familyName)}`);
}

export const JSON_LD = 'script[type="application/ld+json" i]';

/**
 * People, organisations and addresses from JSON-LD scripts: those of the document's head, and `more` (those the
 * email walk met in the body), so that reading them never walks the whole page again; then from `microdata`, the
 * objects of the page's microdata items (lib/detect/microdata.ts), under their own source. One person per address:
 * the first found.
 */
export function readJsonLd(doc: Document, more: Iterable<Element> = [], microdata: readonly unknown[] = []) {
  const found: JsonLdFindings = { people: [], companies: [], emails: [] };
  const known = new Set<string>();
  let budget = MAX_NODES;
  let source = 'json-ld';

  const visit = (value: unknown, depth: number, employer: string | undefined): void => {
    if (depth > MAX_DEPTH || --budget < 0) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1, employer);
      return;
    }
    if (!isObj(value)) return;
    const kinds = types(value);
    const emails = emailsOf(value.email);
    for (const address of emails) found.emails.push({ address, source, confidence: 0.95 });
    let orgName = employer;
    if (kinds.includes('Person')) {
      const name = personName(value);
      const company = text(value.worksFor) || employer;
      const key = emails[0]?.toLowerCase();
      if ((name || key) && !known.has(key!)) {
        if (key) known.add(key);
        // Microdata: a name and an address say more than a name alone.
        const person: PersonFinding = { source, confidence: source < 'm' ? 0.85 : key ? 0.9 : 0.7 };
        if (name) person.name = name;
        if (emails[0]) person.email = emails[0];
        if (company) person.company = company;
        const title = text(value.jobTitle);
        if (title) person.title = title;
        const profile = [value.url, value.sameAs]
          .flat()
          .map((u) => (typeof u === 'string' ? canonicalProfileUrl(u) : undefined));
        const profileUrl = profile.find((u) => u !== undefined);
        if (profileUrl) person.profileUrl = profileUrl;
        found.people.push(person);
      }
    } else if (kinds.some((k) => ORGANIZATION.test(k))) {
      const name = text(value.name);
      if (name) {
        const company: CompanyFinding = { name, source, confidence: 0.8 };
        // Microdata gives every property as a list.
        const url: unknown = [value.url].flat()[0];
        const domain = hostOf(url);
        if (domain) {
          company.domain = domain;
          company.website = cap(String(url), 300);
        }
        found.companies.push(company);
        orgName = name;
      }
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'email' || key === '@context' || typeof child !== 'object') continue;
      // People listed under an organisation work for it unless they say otherwise.
      const nextEmployer = /^(?:employees?|member|founder)$/.test(key) ? orgName : undefined;
      visit(child, depth + 1, nextEmployer);
    }
  };

  for (const script of new Set([...(doc.head?.querySelectorAll(JSON_LD) ?? []), ...more])) {
    if (!script.isConnected) continue;
    const source = script.textContent ?? '';
    // A block larger than any real one would cost a long parse on every look.
    if (source.length < 2e5) {
      try {
        visit(JSON.parse(source), 0, undefined);
      } catch {
        // A page's broken JSON-LD is the page's problem: skip the block.
      }
    }
  }
  // Microdata has a budget of its own: a page's JSON-LD cannot use it up.
  source = 'microdata';
  budget = MAX_NODES;
  for (const object of microdata) visit(object, 0, undefined);
  return found;
}
