// What LinkedIn person and company pages share: the document title, aside detection, labelled definition lists.
import { clean, queryAll, visibleText, walkTree } from '../dom';

/** The name in a LinkedIn document title: "(3) Jane Doe | LinkedIn" → "Jane Doe". */
export function nameFromTitle(title: string): string {
  const m = /^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/i.exec(clean(title));
  const name = m?.[1] ?? '';
  return /^linkedin$/i.test(name) ? '' : name;
}

// Sections that show other people or companies, never the page's own.
const ASIDE_HEADING =
  /^(?:people (?:also|you may)|more profiles|(?:similar )?pages (?:people|similaires)|autres (?:profils|pages) consult|plus de profils|vous connaissez peut|suggestions)/i;

const ASIDE = 'aside,.scaffold-layout__aside,[data-view-name*="browsemap"]';
const HEADING = /^h[23]$/;

/**
 * Notes the first `<h2>`/`<h3>` (in document order, as `querySelector('h2,h3')` gives it) of every section under
 * `root`, in one iterative walk: sections open while no heading came yet take the next heading met.
 */
function noteHeadings(root: Element, headings: Map<Element, Element | null>): void {
  const waiting: Element[] = [];
  const open = (el: Element) => {
    if (el.localName === 'section') {
      headings.set(el, null);
      waiting.push(el);
    } else if (HEADING.test(el.localName) && waiting.length) {
      for (const section of waiting) headings.set(section, el);
      waiting.length = 0;
    }
  };
  open(root);
  walkTree(
    root,
    () => undefined,
    (el) => (open(el), true),
    (el) => {
      if (waiting[waiting.length - 1] === el) waiting.pop();
    },
  );
}

/**
 * A test of whether an element sits in an aside or in a section headed like a suggestion list, for one reading of a
 * page: each element's answer is kept, and each section's heading is found in one walk of its outermost section,
 * so asking about every element of a page costs one pass over it, however deeply its sections nest.
 */
export function asideTest(): (el: Element) => boolean {
  const answers = new Map<Element, boolean>();
  const headings = new Map<Element, Element | null>();
  const headingOf = (section: Element) => {
    if (!headings.has(section)) {
      let outermost = section;
      for (let up = section.parentElement; up; up = up.parentElement) if (up.localName === 'section') outermost = up;
      noteHeadings(outermost, headings);
    }
    return headings.get(section) ?? null;
  };
  const isAside = (el: Element) => {
    if (el.matches(ASIDE)) return true;
    if (el.localName !== 'section') return false;
    const heading = headingOf(el);
    // The pattern reads the heading's start: its first characters are enough.
    return heading !== null && ASIDE_HEADING.test(visibleText(heading, 120));
  };
  return (el) => {
    const path: Element[] = [];
    let inAside = false;
    for (let at: Element | null = el; at; at = at.parentElement) {
      const known = answers.get(at);
      if (known !== undefined) {
        inAside = known;
        break;
      }
      path.push(at);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      inAside ||= isAside(path[i]!);
      answers.set(path[i]!, inAside);
    }
    return inAside;
  };
}

/** Whether `el` sits in an aside or in a section headed like a suggestion list (one question: see asideTest). */
export const isInAside = (el: Element): boolean => asideTest()(el);

/** The first element matching `selector` in `root` that is not in an aside. */
export function firstOutsideAside(
  root: ParentNode,
  selector: string,
  inAside: (el: Element) => boolean = asideTest(),
): Element | undefined {
  return queryAll(root, selector).find((el) => !inAside(el));
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
