// A Gmail thread: its subject, the people in its message headers (elements carrying `email` attributes), and the
// companies their signatures name. The mailbox owner is never a prospect.
import { cap, clean, queryAll, textLines, visibleText } from '../dom';
import { findEmails, normaliseEmail } from '../email-scanner';
import type { CompanyFinding, EmailFinding, PersonFinding } from '../types';
import { emptyResult, type AdapterInput, type AdapterResult } from './adapter';

const OWNER_LABEL = '[aria-label^="Google Account" i],[aria-label^="Compte Google" i]';
const QUOTED = '.gmail_quote, blockquote, .gmail_extra, .yj6qo, .adL';
const NOT_A_HEADER = '[contenteditable]:not([contenteditable="false"]),[role="dialog"],[role="textbox"],form';
const ME = /^(?:me|moi)$/i;

/** The signed-in account's addresses: from the account switcher's label and from the document title. */
export function mailboxOwners(doc: Document): string[] {
  const owners = new Set<string>();
  for (const el of queryAll(doc, OWNER_LABEL)) {
    for (const m of findEmails(el.getAttribute('aria-label') ?? '')) owners.add(m.address.toLowerCase());
  }
  // "Inbox (3) - me@x.com - Gmail", "Re: Pricing - me@x.com - Acme Mail"
  const title = / - ([^\s@]+@[^\s]+) - [^-]+$/.exec(doc.title)?.[1];
  const fromTitle = title ? normaliseEmail(title) : undefined;
  if (fromTitle) owners.add(fromTitle.toLowerCase());
  return [...owners];
}

const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The company a message's signature names: the line (or the part of a line between separators) that spells the
 * sender's domain, e.g. "VP Sales | Acme Robotics Inc." for jane@acme-robotics.com.
 */
export function signatureCompany(body: Element, senderDomain: string): string {
  const label = compact(senderDomain.split('.').slice(-2, -1)[0] ?? '');
  const signature = body.querySelector('.gmail_signature');
  const lines = textLines(signature ?? body, QUOTED).slice(signature ? 0 : -12);
  if (label.length < 3) return '';
  for (const line of lines) {
    for (const part of line.split(/\s+[|·•–—-]\s+|\s*,\s+/)) {
      // The part must spell the domain's name and not be much longer: "Acme Robotics Inc.", not a sentence.
      const key = compact(part);
      if (!key.includes(label) || key.length > label.length + 24) continue;
      if (part.includes('@') || /^(?:https?:|www\.)/i.test(part)) break;
      return cap(clean(part), 120);
    }
  }
  return '';
}

export function detectGmail({ doc, url }: AdapterInput): AdapterResult {
  const result: AdapterResult = { ...emptyResult(), kind: 'gmail-other' };
  const owners = mailboxOwners(doc);
  result.exclude = owners;
  const root = doc.querySelector('[role="main"]') ?? doc.body;
  const heading = root?.querySelector('h2.hP, h2[data-thread-perm-id]') ?? root?.querySelector('h2');
  const subject = heading ? cap(visibleText(heading), 300) : '';
  if (!root || (!subject && !/\/[A-Za-z0-9]{16,}$/.test(new URL(url).hash))) return result;
  result.kind = 'gmail-thread';
  if (subject) result.subject = subject;
  else result.missing.push('gmail.subject');

  const people = new Map<string, PersonFinding>();
  const companies = new Map<string, CompanyFinding>();
  const messages = queryAll(root, '[role="listitem"], .adn');
  const containers = messages.length ? messages : [root];
  for (const message of containers) {
    if (containers.length > 1 && message.parentElement?.closest('[role="listitem"], .adn')) continue;
    let senderEmail = '';
    for (const el of queryAll(message, '[email]')) {
      if (el.closest(NOT_A_HEADER) || el.closest(QUOTED)) continue;
      const address = normaliseEmail(el.getAttribute('email') ?? '');
      if (!address || owners.includes(address.toLowerCase())) continue;
      const isSender = el.classList.contains('gD') || (senderEmail === '' && !el.classList.contains('g2'));
      if (isSender && !senderEmail) senderEmail = address;
      // "Jane Doe (Acme Robotics)": the name without the display name's aside.
      const shown = (clean(el.getAttribute('name')) || visibleText(el)).replace(/\s*\(.*\)$/, '');
      const name = shown && !ME.test(shown) && !shown.includes('@') ? cap(shown, 120) : '';
      // The same person in several messages is one person: the fullest name, sender evidence over recipient.
      const person = people.get(address.toLowerCase()) ?? {
        email: address,
        source: 'gmail.recipient',
        confidence: 0.8,
      };
      if (name && name.length > (person.name?.length ?? 0)) person.name = name;
      if (isSender) Object.assign(person, { source: 'gmail.sender', confidence: 0.9 });
      people.set(address.toLowerCase(), person);
    }
    const body = message.querySelector('.a3s');
    const sender = people.get(senderEmail.toLowerCase());
    if (!body || !sender) continue;
    const domain = senderEmail.slice(senderEmail.indexOf('@') + 1);
    const company = signatureCompany(body, domain);
    if (company) {
      sender.company ??= company;
      companies.set(company.toLowerCase(), { name: company, domain, source: 'gmail.signature', confidence: 0.7 });
    }
  }
  for (const person of people.values()) {
    result.people.push(person);
    result.emails.push({ address: person.email!, source: 'gmail.header', confidence: 0.95 } satisfies EmailFinding);
  }
  result.companies.push(...companies.values());
  return result;
}
