// DOM helpers shared by the detectors. None reads layout (no innerText, no getBoundingClientRect): they work on a
// live page in a content script and on a parsed document in tests alike.

/** Marks the extension's own UI on a page: nothing inside it is ever read. */
export const UI_ATTRIBUTE = 'data-centrix-capture-ui';

const SKIP_TAG_LIST = 'script,style,noscript,template,input,textarea,select,option';
const SKIP_TAGS = new Set(SKIP_TAG_LIST.split(','));

/** Elements whose content is never a finding: code, hidden templates, what the user is typing, our own UI. */
export const SKIP_SELECTOR = `${SKIP_TAG_LIST},[${UI_ATTRIBUTE}],[contenteditable]:not([contenteditable="false"])`;

/** The selector of everything a walk skips on a site whose own skip selector is `extra`. */
export const skipSelector = (extra: string) => (extra ? `${SKIP_SELECTOR},${extra}` : SKIP_SELECTOR);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
export const isText = (node: Node): node is Text => node.nodeType === TEXT_NODE;

/** Whether `node` sits inside (or is) a region the walk skips (`extra`: the site's own selector). */
export function isInSkippedRegion(node: Node, extra: string): boolean {
  const el = isElement(node) ? node : node.parentElement;
  return el !== null && el.closest(skipSelector(extra)) !== null;
}

/** The elements under `root` matching `selector`, as an array. */
export const queryAll = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));

/** Collapses runs of whitespace (including no-break spaces) and trims. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

// Screen-reader copies: LinkedIn writes every visible string twice, once aria-hidden for the eye and once
// `visually-hidden` for screen readers. Reading both gives "Jane DoeJane Doe".
const SCREEN_READER_ONLY = 'visually-hidden';

/**
 * Visits the nodes under `root` in document order without recursion (a page can nest elements deeper than the
 * stack): `text` for each text node, `enter` for each element (false: its content is not visited), `leave` after an
 * entered element's content. `done` is asked after each node: true ends the walk.
 */
export function walkTree(
  root: Node,
  text: (node: Text) => void,
  enter: (el: Element) => boolean,
  leave: (el: Element) => void = () => undefined,
  done: () => boolean = () => false,
): void {
  let node: Node | null = root.firstChild;
  while (node) {
    let down = false;
    if (isText(node)) text(node);
    else if (isElement(node)) down = enter(node);
    if (done()) return;
    if (down && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (down) leave(node as Element);
    // Up to the first ancestor with a next sibling, leaving every element on the way.
    let at: Node = node;
    while (at !== root && !at.nextSibling) {
      at = at.parentNode!;
      if (at !== root) leave(at as Element);
    }
    node = at === root ? null : at.nextSibling;
  }
}

/** The text a sighted reader sees in `el`, each string once (read up to about `max` characters). */
export function visibleText(el: Element | null | undefined, max = Infinity): string {
  if (!el) return '';
  let out = '';
  walkTree(
    el,
    (node) => (out += node.data),
    (child) => {
      if (SKIP_TAGS.has(child.localName) || child.classList.contains(SCREEN_READER_ONLY)) return false;
      out += ' ';
      return true;
    },
    () => (out += ' '),
    () => out.length > max,
  );
  const text = undouble(clean(out));
  return text || undouble(clean(el.textContent));
}

/**
 * "Jane Doe Jane Doe" → "Jane Doe": a visible and a screen-reader copy read together when the page renamed the class
 * that marks the latter. Only halves of two words or more, so "Bora Bora" stays whole.
 */
export function undouble(text: string): string {
  const words = text.split(' ');
  if (words.length < 4 || words.length % 2 !== 0) return text;
  const half = words.length / 2;
  const first = words.slice(0, half).join(' ');
  return first === words.slice(half).join(' ') ? first : text;
}

const BLOCK =
  /^(?:address|article|blockquote|br|d[dlt]|div|footer|h[1-6]|header|hr|li|ol|p|pre|section|t[dhr]|table|ul)$/;

/** Whether `el` starts a line of its own (textLines splits there). */
export const isBlock = (el: Element) => BLOCK.test(el.localName);

/**
 * The lines of `el` as a reader sees them, split at block elements and `<br>`, skipping elements that match
 * `exclude` (e.g. quoted replies), at most `max` lines, reading at most `maxNodes` nodes.
 */
export function textLines(el: Element, exclude = '', max = 200, maxNodes = Infinity): string[] {
  const lines: string[] = [];
  let current = '';
  let nodes = 0;
  const flush = () => {
    const line = clean(current);
    if (line && lines.length < max) lines.push(line);
    current = '';
  };
  walkTree(
    el,
    (node) => (current += node.data),
    (child) => {
      if (SKIP_TAGS.has(child.localName) || (exclude && child.matches(exclude))) return false;
      if (isBlock(child)) flush();
      return true;
    },
    (child) => {
      if (isBlock(child)) flush();
    },
    () => lines.length >= max || ++nodes > maxNodes,
  );
  flush();
  return lines;
}

/** `content` of the first `<meta>` of the head with this `property` or `name` (the head is small: no page walk). */
export function metaContent(doc: Document, key: string): string {
  const el = doc.head?.querySelector(`meta[property="${key}"],meta[name="${key}"]`);
  return clean(el?.getAttribute('content'));
}

/** Cuts `text` to `max` characters (the message contract caps strings at 300). */
export function cap(text: string, max = 200): string {
  return text.length > max ? text.slice(0, max).trim() : text;
}
