import { createNodeMarks, type NodeMarks } from './node-marks';
import type { SiteSupport } from './sites/adapter';
import type { EmailFinding } from './types';

/** What the incremental scan accumulates for one view of a page; a new view (SPA navigation) starts a new one. */
export interface ScanState {
  readonly url: string;
  /** Extra selector of regions the walk skips on this site (navigation bars, chat overlays, …). */
  readonly skip: string;
  /** What the content script scanning this view carries (sites/adapter.ts): the walk feeds its notes. */
  readonly support: SiteSupport;
  /** Every node a walk has visited: an element's later additions arrive as their own mutations. */
  readonly seen: NodeMarks;
  /** The visited elements the walk did not enter (script, editable, the site's chrome, our UI). */
  readonly skipped: WeakSet<Element>;
  /** By lower-cased address: local parts are case-insensitive at every provider that matters, domains always. */
  readonly emails: Map<string, EmailFinding>;
  /**
   * The same findings strongest first, then by address (byStrength), kept in order as they come: a flush of a page
   * with hundreds of addresses sorts none of them.
   */
  readonly ranked: EmailFinding[];
  /** JSON-LD scripts the walk met in the body (it never reads script text itself). */
  readonly scripts: Set<Element>;
  /** The domains of those addresses, lower-cased, kept as they come: a flush reads them without a pass over all. */
  readonly domains: Set<string>;
}

export function createScanState(url: string, skip = '', support: SiteSupport = {}): ScanState {
  return {
    url,
    skip,
    support,
    seen: createNodeMarks(),
    skipped: new WeakSet(),
    emails: new Map(),
    ranked: [],
    scripts: new Set(),
    domains: new Set(),
  };
}

/** Strongest first, then by address: the same findings always come out in the same order, whatever order they came. */
export const byStrength = (a: EmailFinding, b: EmailFinding) =>
  b.confidence - a.confidence || (a.address < b.address ? -1 : 1);

/** Where `finding` is, or would go, in a list in byStrength order. */
function rankOf(list: EmailFinding[], finding: EmailFinding): number {
  let low = 0;
  for (let high = list.length; low < high;) {
    const mid = (low + high) >> 1;
    if (byStrength(list[mid]!, finding) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Distinct addresses one scan keeps. A page with more is a dump, not a prospect's page, and each address costs memory
 * and work (the findings carry 1,000 at most): a hostile page cannot make the scan grow without end.
 */
export const MAX_ADDRESSES = 5000;

/** Keeps the strongest evidence for each address, and lets the support note where it was met. */
export function addEmail(state: ScanState, address: string, source: string, confidence: number, at?: Element | null) {
  const key = address.toLowerCase();
  const known = state.emails.get(key);
  if (!known) {
    if (state.emails.size >= MAX_ADDRESSES) return;
    state.domains.add(key.slice(key.indexOf('@') + 1));
  }
  if (!known || known.confidence < confidence) {
    const finding = { address, source, confidence };
    state.emails.set(key, finding);
    if (known) state.ranked.splice(rankOf(state.ranked, known), 1);
    state.ranked.splice(rankOf(state.ranked, finding), 0, finding);
  }
  if (at) state.support.place?.(state, key, at);
}
