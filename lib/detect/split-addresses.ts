// Addresses a page split across elements ("<b>jane</b>@acme.com", "jane<span>@</span>acme.com", "j<b></b>ane@…",
// a comment between), as contact pages do to keep scrapers off: whole only in the text of the block that holds them.
// Only ordinary pages do this: LinkedIn's and Gmail's script does not carry it (SiteSupport.split, ordinary.ts).
import { isBlock, isElement, isText, skipSelector, textLines } from './dom';
import { findEmails, isDomainChar, isLocalChar, type EmailMatch } from './email-scanner';
import { addEmail, type ScanState } from './scan-state';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

/** Whether `el` holds any text: the first one found ends the search, where `textContent` would copy it all. */
function hasText(el: Element): boolean {
  const texts = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  while (texts.nextNode()) if ((texts.currentNode as Text).data) return true;
  return false;
}

/**
 * The code of the character that goes on from `node`'s text on one side (`after`: the next one): that of a text
 * beside it in the same parent, past comments and empty elements only. Text in another element may be styled apart
 * from it ("<b>Email</b><a>jane@acme.com</a>"), and a block or a `<br>` breaks the line: none (0) then.
 */
function charBeside(node: Node, after: boolean): number {
  for (let at = after ? node.nextSibling : node.previousSibling; at; at = after ? at.nextSibling : at.previousSibling) {
    if (isText(at)) {
      if (at.data) return at.data.charCodeAt(after ? 0 : at.data.length - 1);
    } else if (isElement(at) && (isBlock(at) || hasText(at))) return 0;
  }
  return 0;
}

/** Whether `address`, read in `node`'s text, is the piece of a longer one that goes on beside it. */
function isPiece(node: Text, address: string): boolean {
  const text = node.data;
  const at = address.indexOf('@');
  const domain = address.slice(at + 1);
  // "j<b></b>ane@acme.com" reads ane@acme.com, "jane@acme.co<b>m</b>" jane@acme.co: both wrong. Only the text's ends
  // are compared: a long text with many addresses costs no more per address.
  return (
    (text.startsWith(address.slice(0, at + 1)) && isLocalChar(charBeside(node, false))) ||
    (text.slice(-domain.length).toLowerCase() === domain && isDomainChar(charBeside(node, true)))
  );
}

/** Whether `text` starts or ends with its '@'; most texts have none, and cost one search instead of a trimmed copy. */
function endsWithAt(text: string): boolean {
  if (!text.includes('@')) return false;
  const trimmed = text.trim();
  return trimmed[0] === '@' || trimmed.endsWith('@');
}

/**
 * SiteSupport.split: the addresses `found` in `node`'s text but those that are only a piece of one the page split;
 * the block that holds the node is then read whole, as it is when the text starts or ends with its '@'. A little
 * less sure than an address in one piece: the page may have joined two things.
 */
export function readSplit(state: ScanState, node: Text, found: EmailMatch[]): EmailMatch[] {
  const kept = found.filter((m) => m.kind !== 'plain' || !isPiece(node, m.address));
  if (kept.length < found.length || endsWithAt(node.data)) readBlock(node, state);
  return kept;
}

/** Per scan: how often each block was read whole. */
const readsOf = new WeakMap<ScanState, WeakMap<Element, number>>();
/**
 * A block is read whole at most this often in a scan: one full of texts that start with '@' (a chat's mentions) would
 * otherwise be read once per text, its size times over.
 */
const MAX_BLOCK_READS = 8;

function readBlock(node: Text, state: ScanState): void {
  let block = node.parentElement;
  while (block && !isBlock(block) && block.parentElement?.localName !== 'html') block = block.parentElement;
  if (!block) return;
  let reads = readsOf.get(state);
  if (!reads) readsOf.set(state, (reads = new WeakMap()));
  const count = reads.get(block) ?? 0;
  if (count === MAX_BLOCK_READS) return;
  reads.set(block, count + 1);
  for (const line of textLines(block, skipSelector(state.skip), 50)) {
    for (const { address, kind } of findEmails(line))
      if (kind === 'plain') addEmail(state, address, 'text', 0.8, block);
  }
}
