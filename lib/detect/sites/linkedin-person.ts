// A LinkedIn profile (`/in/<slug>`). LinkedIn renames its classes often, so every field is read from layered
// evidence, strongest first, and class names are only one layer among structure, ARIA labels, the document title,
// JSON-LD and the URL. Asides ("People also viewed") are never the page's person.
import { cap, clean, queryAll, visibleText } from '../dom';
import { parseMailto } from '../emails';
import type { EmailFinding, PersonFinding } from '../types';
import { emptyResult, type AdapterInput, type AdapterResult } from './adapter';
import { canonicalProfileUrl } from '../../shared/linkedin-url';
import { asideTest, firstOutsideAside, nameFromTitle } from './linkedin-common';

/** "jane-doe-1a2b3c4d" → "Jane Doe": the id suffix LinkedIn appends to common names is dropped. */
export function nameFromSlug(profileUrl: string): string {
  const slug = decodeURIComponent(profileUrl.slice(profileUrl.lastIndexOf('/') + 1));
  const parts = slug.split('-').filter(Boolean);
  while (parts.length > 1 && /\d/.test(parts[parts.length - 1]!)) parts.pop();
  if (parts.some((p) => /\d/.test(p))) return '';
  return parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(' ');
}

const CURRENT_COMPANY = /^(?:current company|entreprise actuelle)\s*:\s*(.+?)(?:\.\s*(?:click|cliquez|cliquer)\b.*)?$/i;
const COMPANY_LABELS = '[aria-label^="current company" i],[aria-label^="entreprise actuelle" i]';
const HEADLINE_AT = /^(.+?)\s+(?:at|chez|@)\s+(.+?)(?:\s+[|·•–]\s+.*|\s*,\s.*)?$/i;
const EMPLOYMENT =
  /\s*(?:full|part)-time$|\s*temps (?:plein|partiel)$|\s*(?:self-employed|freelance|internship|indépendant|stage)$/i;
const PHONE = /\+?\(?\d[\d\s().-]{5,22}\d/;

/** The top card: the section holding the profile's own name heading. */
function topCardName(doc: Document, inAside: (el: Element) => boolean): { name: string; card: Element | undefined } {
  const main = doc.querySelector('main') ?? doc.body;
  if (!main) return { name: '', card: undefined };
  const heading =
    firstOutsideAside(main, 'h1', inAside) ?? firstOutsideAside(main, '.pv-top-card--list li.inline.t-24', inAside);
  if (!heading) return { name: '', card: undefined };
  const card = heading.closest('section') ?? heading.parentElement ?? undefined;
  return { name: cap(visibleText(heading), 120), card };
}

/** The top card's "Current company: Acme. Click to skip to experience card" button label. */
function labelledCompany(doc: Document, inAside: (el: Element) => boolean): string {
  for (const el of queryAll(doc, COMPANY_LABELS)) {
    const m = CURRENT_COMPANY.exec(clean(el.getAttribute('aria-label')));
    if (m?.[1] && !inAside(el)) return cap(m[1]);
  }
  return '';
}

function experienceSection(doc: Document): Element | undefined {
  const anchor = doc.querySelector('#experience, #experience-section');
  if (anchor) return anchor.localName === 'section' ? anchor : (anchor.closest('section') ?? undefined);
  for (const h of queryAll(doc, 'main section h2')) {
    if (/^(?:experience|expérience)$/i.test(visibleText(h))) return h.closest('section') ?? undefined;
  }
  return undefined;
}

const companyOf = (text: string) => cap(clean(text.split(' · ')[0]!.replace(EMPLOYMENT, '')));

/** The first (current) position of the experience list: its title and company. */
export function firstPosition(section: Element): { title: string; company: string } {
  // Before 2022: a summary block with the title in an h3 and the company below it.
  const old = section.querySelector('.pv-entity__summary-info');
  if (old) {
    return {
      title: cap(visibleText(old.querySelector('h3'))),
      company: companyOf(visibleText(old.querySelector('.pv-entity__secondary-title'))),
    };
  }
  const entity = section.querySelector('[data-view-name="profile-component-entity"]') ?? section.querySelector('li');
  if (!entity) return { title: '', company: '' };
  const bold = entity.querySelector('.t-bold');
  // `:scope`: a bare `ul .t-bold` also matches the entity's own bold line through the list the entity sits in (as
  // browsers read selectors; happy-dom scopes them to the element and hid the difference).
  const nested = entity.querySelector(':scope ul .t-bold, :scope .pvs-entity__sub-components .t-bold');
  if (bold && nested && nested !== bold) {
    return { company: companyOf(visibleText(bold)), title: cap(visibleText(nested)) };
  }
  const subtitle = queryAll(entity, '.t-14.t-normal').find(
    (el) => !el.classList.contains('t-black--light') && !el.closest('.t-black--light'),
  );
  return { title: cap(visibleText(bold)), company: companyOf(visibleText(subtitle)) };
}

/** The location sits just before the top card's "Contact info" link, in every markup seen since 2019. */
function readLocation(card: Element | undefined): string {
  const contact = card?.querySelector('a[href*="contact-info"]');
  const before = (contact?.closest('span, li') ?? contact?.parentElement)?.previousElementSibling;
  return before && !before.querySelector('a') ? cap(visibleText(before), 120) : '';
}

function readHeadline(card: Element | undefined): string {
  const el = card?.querySelector('.text-body-medium, h2.t-18');
  return el ? cap(visibleText(el), 220) : '';
}

interface ContactInfo {
  emails: string[];
  phone: string;
}

/** The contact-info dialog, when it is open: its addresses and first phone number. */
function readContactInfo(doc: Document): ContactInfo | undefined {
  // LinkedIn renders the dialog only while it is open.
  const dialog = queryAll(doc, '[role="dialog"]').find(
    (d) =>
      d.querySelector('.pv-contact-info') ||
      /^(?:contact info|coordonnées)/i.test(visibleText(d.querySelector('h1, h2'))),
  );
  if (!dialog) return undefined;
  const emails = queryAll(dialog, 'a[href^="mailto:" i]').flatMap((a) => parseMailto(a.getAttribute('href') ?? ''));
  let phone = '';
  for (const section of queryAll(dialog, 'section, li')) {
    const heading = visibleText(section.querySelector('h3, h2, header'));
    if (!/phone|téléphone/i.test(heading)) continue;
    const m = PHONE.exec(visibleText(section));
    if (m) {
      phone = clean(m[0]);
      break;
    }
  }
  return { emails, phone };
}

export function detectLinkedInPerson({ doc, url, jsonLd }: AdapterInput): AdapterResult {
  const result = emptyResult();
  const miss = (field: string) => result.missing.push(`linkedin.${field}`);
  const profileUrl = canonicalProfileUrl(url);
  const person: PersonFinding = { source: 'linkedin.topCard', confidence: 0.85 };
  if (profileUrl) person.profileUrl = profileUrl;
  const ld =
    jsonLd.people.find((p) => p.profileUrl === profileUrl) ??
    (jsonLd.people.length === 1 ? jsonLd.people[0] : undefined);

  // Name: the top card's heading, confirmed by the title; then the title, JSON-LD, and the slug as a last guess.
  // One answer per element for the whole reading: nested sections cost one pass, not one per heading.
  const inAside = asideTest();
  const { name: cardName, card } = topCardName(doc, inAside);
  const titleName = nameFromTitle(doc.title);
  if (cardName) {
    person.name = cardName;
    if (titleName.toLowerCase() === cardName.toLowerCase()) {
      person.source = 'linkedin.topCard+title';
      person.confidence = 0.95;
    }
  } else if (titleName) {
    Object.assign(person, { name: titleName, source: 'linkedin.title', confidence: 0.75 });
  } else if (ld?.name) {
    Object.assign(person, { name: ld.name, source: 'linkedin.jsonLd', confidence: 0.8 });
  } else {
    const slugName = profileUrl ? nameFromSlug(profileUrl) : '';
    if (slugName) Object.assign(person, { name: slugName, source: 'linkedin.slug', confidence: 0.3 });
    miss('name');
  }

  const headline = readHeadline(card) || ld?.headline || '';
  if (headline) person.headline = headline;
  else miss('headline');
  const location = readLocation(card);
  if (location) person.location = location;
  else miss('location');

  // Current company and title: the top card's label, the experience list, then the headline's "X at Y".
  const section = experienceSection(doc);
  const position = section ? firstPosition(section) : { title: '', company: '' };
  const labelled = labelledCompany(doc, inAside);
  const fromHeadline = HEADLINE_AT.exec(headline);
  const company = labelled || position.company || clean(fromHeadline?.[2]) || ld?.company || '';
  const title = position.title || clean(fromHeadline?.[1]) || ld?.title || '';
  if (company) person.company = cap(company);
  else miss('currentCompany');
  if (title) person.title = cap(title);
  else miss('title');

  const contact = readContactInfo(doc);
  if (contact) {
    if (contact.emails[0]) person.email = contact.emails[0];
    if (contact.phone) person.phone = contact.phone;
    result.emails.push(
      ...contact.emails.map((address): EmailFinding => ({ address, source: 'linkedin.contactInfo', confidence: 0.95 })),
    );
  }

  if (person.name || person.profileUrl) result.people.push(person);
  if (company) {
    const source = labelled ? 'linkedin.companyLabel' : position.company ? 'linkedin.experience' : 'linkedin.headline';
    result.companies.push({ name: cap(company), source, confidence: labelled ? 0.85 : 0.7 });
  }
  return result;
}
