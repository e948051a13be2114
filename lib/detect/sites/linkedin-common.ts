// What LinkedIn person and company pages share: the document title, aside detection, labelled definition lists.
import { clean, queryAll, visibleText } from '../dom';

/** The name in a LinkedIn document title: "(3) Jane Doe | LinkedIn" → "Jane Doe". */
export function nameFromTitle(title: string): string {
  const m = /^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/i.exec(clean(title));
  const name = m?.[1] ?? '';
  return /^linkedin$/i.test(name) ? '' : name;
}

// Sections that show other people or companies, never the page's own.
const ASIDE_HEADING =
  /^(?:people (?:also|you may)|more profiles|(?:similar )?pages (?:people|similaires)|autres (?:profils|pages) consult|plus de profils|vous connaissez peut|suggestions)/i;

/** Whether `el` sits in an aside or in a section headed like a suggestion list. */
export function isInAside(el: Element): boolean {
  if (el.closest('aside,.scaffold-layout__aside,[data-view-name*="browsemap"]')) return true;
  for (let section = el.closest('section'); section; section = section.parentElement?.closest('section') ?? null) {
    const heading = section.querySelector('h2,h3');
    if (heading && ASIDE_HEADING.test(visibleText(heading))) return true;
  }
  return false;
}

/** The first element matching `selector` in `root` that is not in an aside. */
export function firstOutsideAside(root: ParentNode, selector: string): Element | undefined {
  return queryAll(root, selector).find((el) => !isInAside(el));
}

/** The `<dd>` that follows a `<dt>` whose text matches `label`, as shown on About tabs. */
export function definition(root: ParentNode, label: RegExp): Element | undefined {
  for (const dt of queryAll(root, 'dt')) {
    if (!label.test(visibleText(dt))) continue;
    let next = dt.nextElementSibling;
    while (next && next.localName !== 'dd') next = next.nextElementSibling;
    if (next) return next;
  }
  return undefined;
}
