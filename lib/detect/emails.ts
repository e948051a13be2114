// Emails in a DOM subtree: text nodes (walked one by one, never `textContent`, which glues words and includes
// script text) and mailto links; what the script's support notes beside (Cloudflare's email protection on ordinary
// pages). Resumable, so the content script can spread a large page over idle slices.
import { isElement, isInSkippedRegion, isText, skipSelector } from './dom';
import { findEmails, normaliseEmail, type EmailMatchKind } from './email-scanner';
import { JSON_LD } from './json-ld';
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

// Links a reader clicks: anchors and the regions of an image map. A `<link>` is never shown, so never read.
function inspectElement(el: Element, state: ScanState): void {
  if (el.localName !== 'a' && el.localName !== 'area') return;
  const href = el.getAttribute('href');
  if (href) for (const address of parseMailto(href)) addEmail(state, address, 'mailto', 0.95, el);
}

function scanText(node: Text, state: ScanState): void {
  const found = findEmails(node.data);
  for (const { address, kind } of state.support.split?.(state, node, found) ?? found)
    addEmail(state, address, kind === 'plain' ? 'text' : kind, CONFIDENCE[kind], node.parentElement);
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

/**
 * Starts a walk of `root` for emails, skipping what the state has already seen and what must never be read. The walk
 * goes by hand (firstChild, nextSibling, parentNode) rather than through a TreeWalker: a TreeWalker calls its filter
 * from native code for every node, and in Chromium those calls cost more than all the rest of the walk.
 */
export function walkEmails(root: Node, state: ScanState): EmailWalk {
  const done: EmailWalk = { step: () => true };
  if (!root.isConnected || state.seen.has(root)) return done;
  if (isText(root)) {
    if (!isSkippedPlace(root, state)) {
      state.seen.add(root);
      scanText(root, state);
    }
    return done;
  }
  // An element met again was entered by another walk, which read it: skipped whole. Only after a restart does this
  // walk meet the elements it entered itself: it then goes through every element it meets again (their text is
  // marked already), unless skipped, rather than remember which were its own.
  let restarted = false;
  const skip = skipSelector(state.skip);
  /** Whether the walk goes into `node`, which it meets for the first time or again. */
  const enter = (node: Node) => {
    if (state.seen.has(node)) return restarted && !state.skipped.has(node as Element);
    state.seen.add(node);
    if (!isElement(node)) return true;
    if (node.matches(skip)) {
      state.skipped.add(node);
      if (node.matches(JSON_LD)) state.scripts.add(node);
      return false;
    }
    inspectElement(node, state);
    state.support.enter?.(state, node);
    return true;
  };
  // An element added by the page (a reply box, a script) can be a skipped region itself, not only sit in one.
  if ((isElement(root) && isSkippedPlace(root, state)) || !enter(root)) return done;
  /** The node after `node` in document order within `root`, its children first when `down`. */
  const after = (node: Node, down: boolean): Node | null => {
    if (down && node.firstChild) return node.firstChild;
    for (let at: Node | null = node; at && at !== root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
    return null;
  };
  let next = after(root, true);
  return {
    step(shouldStop) {
      // The page may have removed the node the walk paused on: start again from the root rather than stop.
      if (next && !root.contains(next)) {
        restarted = true;
        next = after(root, true);
      }
      for (let count = 1; next; count++) {
        const node: Node = next;
        if (isText(node)) {
          if (!state.seen.has(node)) {
            state.seen.add(node);
            scanText(node, state);
          }
          next = after(node, false);
        } else next = after(node, isElement(node) && enter(node));
        if (count % CHECK_EVERY === 0 && shouldStop()) return !next;
      }
      return true;
    },
  };
}

/** Scans `root` for emails at once (tests, `detectPage`, `bg/scan-now`). */
export function scanEmails(root: Node, state: ScanState): void {
  walkEmails(root, state).step(() => false);
}
