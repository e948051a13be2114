// schema.org microdata (`itemscope itemtype="…/Person"`, `itemprop="name"`, …), as team and contact pages mark people
// up: each item is turned into the object its JSON-LD form would be, so the JSON-LD reader finds people and
// organisations in both alike. Nothing inside a skipped region is read, and an element is read for its nearest item
// only (as its property's text, at most, by the properties around it).
import { skipSelector, textLines, walkTree } from './dom';
import type { ScanState } from './scan-state';

type Obj = Record<string, unknown>;

/** Whether the walk notes `el`: an item that is no other item's property, i.e. a whole object of its own. */
export const isTopItem = (el: Element): boolean =>
  el.hasAttribute('itemscope') && !(el.hasAttribute('itemprop') && el.parentElement?.closest('[itemscope]'));

/** Per scan: the items the walk entered. */
const itemsOf = new WeakMap<ScanState, Set<Element>>();
/**
 * Items noted in one scan, the first ones met: each is read again at every flush, and the reader's budget (json-ld.ts)
 * ends well before this many people of a few properties each.
 */
const MAX_ITEMS = 500;

/** The walk's note of each element it enters (SiteSupport.enter). */
export function noteItem(state: ScanState, el: Element): void {
  if (!isTopItem(el)) return;
  const items = itemsOf.get(state);
  if (!items) itemsOf.set(state, new Set([el]));
  else if (items.size < MAX_ITEMS) items.add(el);
}

/**
 * The objects of the items the walk noted, in page order whatever order the walk met them in (of two people with one
 * address, the first is kept); none the page removed or that sits in a skipped region.
 */
export function microdataObjects(state: ScanState): Obj[] {
  const skipped = skipSelector(state.skip);
  return [...(itemsOf.get(state) ?? [])]
    .filter((item) => item.isConnected && !item.closest(skipped))
    .sort((a, b) => (a.compareDocumentPosition(b) & 2) - 1)
    .map((item) => microdataItem(item, skipped));
}

const LINK_PROPERTY = /^(?:url|sameAs)$/;

function absolute(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

// Items nested deeper than this are not read: the JSON-LD reader stops at 12 levels, two a nested item (its list and
// itself), and a page can nest items deeper than the stack would take.
const MAX_NESTING = 6;
// A property's text is read from its first nodes only: properties nested in properties would otherwise read the
// same deep subtree once each, and no value the contract takes (300 characters) needs more.
const PROPERTY_NODES = 400;

/** The object `scope` describes, reading no element that matches `skipped`; the walk is iterative (walkTree). */
export const microdataItem = (scope: Element, skipped: string, nesting = 0): Obj => {
  // `https://schema.org/Person` → [`https:`, `schema.org`, `Person`]: the type is among the parts.
  // No prototype: a page's `itemprop="__proto__"` is a property like any other.
  const out: Obj = Object.create(null);
  out['@type'] = scope.getAttribute('itemtype')?.split(/[\s/]+/);
  if (nesting >= MAX_NESTING) return out;
  const inner = `${skipped},[itemscope]`;
  const enter = (child: Element) => {
    if (child.matches(skipped)) return false;
    const nested = child.hasAttribute('itemscope');
    const names = child.getAttribute('itemprop')?.split(/\s+/) ?? [];
    if (names.length) {
      const href = child.getAttribute('href') ?? '';
      // A property is a `<meta>`'s content; a mailto link's address; the address a `<link>` points to, or an
      // `<a>` that is a `url` or `sameAs` (resolved against the page: a profile on LinkedIn, a company's site);
      // else the text, outside nested items. Each one is a list, as a property may repeat (an organisation's
      // employees). An `<a itemprop="name">` keeps its text, though the standard would take its address.
      const value = nested
        ? microdataItem(child, skipped, nesting + 1)
        : (child.getAttribute('content') ??
          (/^mailto:/i.test(href)
            ? href.split('?')[0]
            : href && (child.localName === 'link' || names.every((n) => LINK_PROPERTY.test(n)))
              ? absolute(href, child.baseURI)
              : textLines(child, inner, 200, PROPERTY_NODES).join(' ')));
      for (const name of names) ((out[name] ??= []) as unknown[]).push(value);
    }
    return !nested;
  };
  walkTree(scope, () => undefined, enter);
  return out;
};
