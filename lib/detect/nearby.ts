// People on ordinary pages without markup: a team page's card shows a name, often a title, and an address together.
// A name is taken only when the address spells it (jane.doe, jdoe, janed, jane for "Jane Doe"), so "Customer
// Success" above support@ never becomes a person, and the confidence says it is read from layout.
import { skipSelector, textLines } from './dom';
import type { ScanState } from './scan-state';
import type { EmailFinding, PersonFinding } from './types';

/** Two to four capitalised words: "Jane Doe", "Marie-Ève Gagnon", "Kevin O'Neil", "J. R. Smith". */
const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;
/** Addresses of a role, not a person, whatever the card around them says. */
const ROLE =
  /^(?:info|contact|hello|hi|sales|support|help|admin|office|team|careers?|jobs|billing|accounts?|press|media|marketing|hr|privacy|legal|security|no-?reply|webmaster|service|orders?|quotes?|dispatch|reception|bonjour|ventes|emplois)$/;
/** What may separate a name from a title on one line: "Jane Doe, CEO", "Jane Doe | Sales". */
const SEPARATOR = /\s*[,|–—·]\s*/;
const isTitle = (text: string) => !/@|https?:|\[at\]|\(at\)/i.test(text);
const MAX_CARD_DEPTH = 3;
const MAX_CARD_LINES = 8;
/** More children than this make a list of cards (a directory's hundreds of rows), not a card. */
const MAX_CARD_CHILDREN = 12;
/** Places of one address whose cards are read. */
const MAX_PLACES = 3;
const MAX_LINE = 200;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether the local part `local` spells the person `name` ("Jane Doe": jane.doe, jane_d, jdoe, janed, doe). */
export function spells(local: string, name: string): boolean {
  const words = fold(name)
    .split(/[\s'’.-]+/)
    .filter(Boolean);
  const parts = fold(local)
    .split(/[._+-]+/)
    .filter(Boolean);
  const joined = parts.join('');
  if (words.length < 2 || ROLE.test(joined)) return false;
  const [first, last] = [words[0]!, words.at(-1)!];
  return (
    parts.some((part) => part.length > 1 && words.includes(part)) ||
    [first[0] + last, first + last[0], words.join('')].includes(joined)
  );
}

/**
 * Per scan: where each address is in the page (its first few places, in page order), the addresses placed since the
 * last read, and the person a card names for each.
 */
interface Cards {
  places: Map<string, Element[]>;
  pending: Set<string>;
  people: Map<string, PersonFinding>;
}
const cardsOf = new WeakMap<ScanState, Cards>();

function cards(state: ScanState): Cards {
  let found = cardsOf.get(state);
  if (!found) cardsOf.set(state, (found = { places: new Map(), pending: new Set(), people: new Map() }));
  return found;
}

/**
 * The walk's note of where it met an address (SiteSupport.place). Its first places in the page are kept, whatever
 * order the walks went in, so that the findings never depend on it: a page often shows an address in a banner or a
 * footer before the card that names its owner.
 */
export function notePlace(state: ScanState, key: string, at: Element): void {
  const { places, pending } = cards(state);
  const list = places.get(key) ?? [];
  if (list.includes(at)) return;
  let i = list.length;
  while (i > 0 && list[i - 1]!.compareDocumentPosition(at) & 2) i--;
  if (i === MAX_PLACES) return;
  list.splice(i, 0, at);
  if (list.length > MAX_PLACES) list.pop();
  places.set(key, list);
  pending.add(key);
}

/** Cards read between two looks at the clock. */
const CHECK_EVERY = 4;

/**
 * SiteSupport.settle: reads the cards of the addresses placed since the last read until `shouldStop` (at least a few
 * each call); true once none is left. The content script calls it in its idle slices once the walk is done, so that a
 * page of hundreds of addresses is not read in one go when findings are collected.
 */
export function readCards(state: ScanState, shouldStop: () => boolean): boolean {
  const { places, pending, people: near } = cards(state);
  const skip = skipSelector(state.skip);
  // Each element's lines are read once a call: a text holding thousands of addresses is one card for all of them.
  const linesOf = new Map<Element, string[]>();
  const lines = (el: Element) => {
    let found = linesOf.get(el);
    if (!found) linesOf.set(el, (found = textLines(el, skip, MAX_CARD_LINES)));
    return found;
  };
  let count = 0;
  for (const key of pending) {
    pending.delete(key);
    const person = personAt(key, places.get(key)!, lines);
    if (person) near.set(key, person);
    else near.delete(key);
    if (++count % CHECK_EVERY === 0 && shouldStop()) break;
  }
  return pending.size === 0;
}

/**
 * People named beside the addresses of an ordinary page that `people` (from markup) leaves without one: the card of
 * an address's first place that names someone. Only the cards of addresses placed since they were last read are
 * read (findings are collected again on every change of the page, and a page that grows by one card costs one card),
 * and in the content script most of those were read in its idle slices already (readCards).
 */
export function peopleNear(
  state: ScanState,
  emails: ReadonlyMap<string, EmailFinding>,
  people: readonly PersonFinding[],
): PersonFinding[] {
  readCards(state, () => false);
  const named = new Set(people.map((p) => p.email?.toLowerCase()));
  const found: PersonFinding[] = [];
  for (const [key, person] of cards(state).people) {
    const email = emails.get(key);
    if (email && !named.has(key)) found.push({ ...person, email: email.address });
  }
  return found;
}

type Lines = (el: Element) => string[];

/** The person the card of one of an address's `places` names, the first place first; none the page removed. */
function personAt(address: string, places: readonly Element[], lines: Lines): PersonFinding | undefined {
  for (const at of places) {
    const person = at.isConnected ? readCard(address, at, lines) : undefined;
    if (person) return person;
  }
  return undefined;
}

/** Whether `el` has more than MAX_CARD_CHILDREN element children, counted no further (a directory has thousands). */
function isList(el: Element): boolean {
  let count = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (++count > MAX_CARD_CHILDREN) return true;
  return false;
}

function readCard(address: string, at: Element, linesOf: Lines): PersonFinding | undefined {
  const local = address.slice(0, address.indexOf('@'));
  let card: Element | null = at;
  for (let depth = 0; card && depth < MAX_CARD_DEPTH; depth++, card = card.parentElement) {
    if (card.localName === 'body' || isList(card)) break;
    const lines = linesOf(card);
    for (const [i, line] of lines.entries()) {
      // A card's lines are short: a paragraph is no name and title.
      if (line.length > MAX_LINE) continue;
      const [name = '', ...rest] = line.split(SEPARATOR);
      if (!NAME.test(name) || !spells(local, name)) continue;
      const person: PersonFinding = { name, email: address, source: 'nearby', confidence: 0.6 };
      const next = lines[i + 1] ?? '';
      // The title: the rest of the name's line, else the line below when it is short; never an address or link.
      const title = rest.filter(isTitle).join(', ') || (next.length <= 80 && isTitle(next) ? next : '');
      if (title) person.title = title;
      return person;
    }
  }
  return undefined;
}
