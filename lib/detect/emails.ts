// Emails in a DOM subtree: text nodes (walked one by one, never `textContent`, which glues words and includes
// script text), mailto links and Cloudflare's email protection. Resumable, so the content script can spread a large
// page over idle slices.
import { isElement, isInSkippedRegion, isText, skipSelector } from './dom';
import { findEmails, normaliseEmail, type EmailMatchKind } from './email-scanner';
import { JSON_LD } from './json-ld';
import { isTopItem } from './microdata';
import { addEmail, type ScanState } from './scan-state';

// Confidence in each kind of evidence, whose source is the kind (`text` for plain): spelled-out and fullwidth forms
// are guesses at an intent.
const CONFIDENCE: Record<EmailMatchKind, number> = { plain: 0.9, fullwidth: 0.7, 'spelled-out': 0.6 };

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The addresses of a `mailto:` URL: its path and its `to`, `cc` and `bcc` fields (RFC 6068); nothing else. */
export function parseMailto(href: string): string[] {
  if (!/^\s*mailto:/i.test(href)) return [];
  const rest = href.trim().slice(7);
  const q = rest.indexOf('?');
  const lists = [q === -1 ? rest : rest.slice(0, q)];
  if (q !== -1) {
    for (const field of rest.slice(q + 1).split('&')) {
      const eq = field.indexOf('=');
      const name = decode(field.slice(0, eq === -1 ? field.length : eq)).toLowerCase();
      if (eq !== -1 && (name === 'to' || name === 'cc' || name === 'bcc')) lists.push(field.slice(eq + 1));
    }
  }
  const out: string[] = [];
  for (const list of lists) {
    for (const part of decode(list).split(/[,;]/)) {
      const address = normaliseEmail(part);
      if (address) out.push(address);
    }
  }
  return out;
}

/** Cloudflare's obfuscation: hex bytes, the first one the XOR key of the others, the result UTF-8. */
export function decodeCloudflare(hex: string): string | undefined {
  if (!/^(?:[0-9a-f]{2}){2,300}$/i.test(hex)) return undefined;
  const key = parseInt(hex.slice(0, 2), 16);
  let escaped = '';
  for (let i = 2; i < hex.length; i += 2) {
    escaped += '%' + (parseInt(hex.slice(i, i + 2), 16) ^ key).toString(16).padStart(2, '0');
  }
  try {
    return decodeURIComponent(escaped);
  } catch {
    return undefined;
  }
}

const CF_PATH = '/cdn-cgi/l/email-protection#';

function addDecodedCloudflare(state: ScanState, hex: string): void {
  const decoded = decodeCloudflare(hex);
  if (!decoded) return;
  // A protected mailto link may carry its query ("?subject=…") in the encoded part.
  for (const address of parseMailto(`mailto:${decoded.replace(/^mailto:/i, '')}`))
    addEmail(state, address, 'cloudflare', 0.9);
}

function inspectElement(el: Element, state: ScanState): void {
  const cf = el.getAttribute('data-cfemail');
  if (cf) addDecodedCloudflare(state, cf);
  if (el.localName !== 'a') return;
  const href = el.getAttribute('href');
  if (!href) return;
  const cfAt = href.indexOf(CF_PATH);
  if (cfAt !== -1) {
    addDecodedCloudflare(state, href.slice(cfAt + CF_PATH.length));
    return;
  }
  for (const address of parseMailto(href)) addEmail(state, address, 'mailto', 0.95);
}

function scanText(node: Text, state: ScanState): void {
  for (const { address, kind } of findEmails(node.data))
    addEmail(state, address, kind === 'plain' ? 'text' : kind, CONFIDENCE[kind]);
}

/**
 * Whether `node` sits in a region the walk skips. The walk's memory answers first, from the nearest visited
 * ancestor: an element a walk entered is outside every skipped region, and the ones it did not enter are known. Only
 * a node in unvisited ground costs a selector match up its ancestors.
 */
export function isSkippedPlace(node: Node, state: ScanState): boolean {
  for (let el = isElement(node) ? node : node.parentElement; el; el = el.parentElement) {
    if (state.skipped.has(el)) return true;
    if (state.seen.has(el)) return false;
  }
  return isInSkippedRegion(node, state.skip);
}

/** A walk over one subtree that can stop and resume; `step` answers true once the subtree is done. */
export interface EmailWalk {
  step(shouldStop: () => boolean): boolean;
}

const CHECK_EVERY = 32;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** Starts a walk of `root` for emails, skipping what the state has already seen and what must never be read. */
export function walkEmails(root: Node, state: ScanState): EmailWalk {
  const done: EmailWalk = { step: () => true };
  if (!root.isConnected) return done;
  if (isText(root)) {
    if (!state.seen.has(root) && !isSkippedPlace(root, state)) {
      state.seen.add(root);
      scanText(root, state);
    }
    return done;
  }
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc || state.seen.has(root)) return done;
  // Elements this walk entered: after a restart it may go through them again (their text is in `seen` already),
  // while elements another walk entered are skipped whole.
  const mine = new WeakSet<Node>();
  const skip = skipSelector(state.skip);
  /** Whether the walk goes into `el`, a new element: not when it is a skipped region itself. */
  const enter = (el: Element) => {
    state.seen.add(el);
    if (el.matches(skip)) {
      state.skipped.add(el);
      if (el.matches(JSON_LD)) state.scripts.add(el);
      return false;
    }
    mine.add(el);
    inspectElement(el, state);
    if (isTopItem(el)) state.items.add(el);
    return true;
  };
  // An element added by the page (a reply box, a script) can be a skipped region itself, not only sit in one.
  if (!isElement(root)) state.seen.add(root);
  else if (isSkippedPlace(root, state) || !enter(root)) return done;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode(node: Node) {
      if (state.seen.has(node)) return isText(node) || mine.has(node) ? FILTER_SKIP : FILTER_REJECT;
      if (isText(node)) {
        state.seen.add(node);
        return FILTER_ACCEPT;
      }
      return enter(node as Element) ? FILTER_SKIP : FILTER_REJECT;
    },
  });
  return {
    step(shouldStop) {
      // The page may have removed the node the walk paused on: start again from the root rather than stop.
      const current = walker.currentNode;
      if (current !== root && !root.contains(current)) walker.currentNode = root;
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        scanText(node as Text, state);
        if (++count % CHECK_EVERY === 0 && shouldStop()) return false;
      }
      return true;
    },
  };
}

/** Scans `root` for emails at once (tests, `detectPage`, `bg/scan-now`). */
export function scanEmails(root: Node, state: ScanState): void {
  walkEmails(root, state).step(() => false);
}
