// The content script's scanning loop: the whole page once, in idle slices of a few milliseconds; then only what
// the page adds (MutationObserver), batched, with every visited node remembered; a reset on single-page navigation;
// and the findings sent only when they change, debounced. Pure of browser globals: the document, the clock, the
// observer and the sender are given, so tests run it with a fake scheduler.
import {
  collectFindings,
  createPageScan,
  type SiteSupport,
  isSkippedPlace,
  scanNode,
  walkEmails,
  type EmailWalk,
  type ScanState,
} from '../detect';
import type { PageFindings } from '../detect/types';
import type { IdleDeadlineLike, Scheduler } from './scheduler';

export interface PageScannerOptions {
  doc: Document;
  /** The page's current URL (location.href). */
  getUrl(): string;
  scheduler: Scheduler;
  /** Starts observing `target`; returns the function that stops it. */
  observe(target: Node, onMutations: (records: readonly MutationRecord[]) => void): () => void;
  /** Delivers changed findings (to the background). */
  send(url: string, findings: PageFindings): void;
  /** What this script carries for its sites (lib/detect/sites/adapter.ts). */
  support?: SiteSupport;
  /** Work per idle slice, in ms. */
  sliceMs?: number;
  /** Quiet time before findings are sent, and the longest a busy page may delay them. */
  debounceMs?: number;
  maxWaitMs?: number;
  /** requestIdleCallback's timeout: a page never idle is still scanned. */
  idleTimeoutMs?: number;
}

export interface PageScanner {
  start(): void;
  /** The URL may have changed (single-page navigation): a new view starts from nothing. */
  navigate(): void;
  /** Scans the whole page again at once and returns the findings (the answer to `bg/scan-now`). */
  scanNow(): PageFindings;
  stop(): void;
}

export function createPageScanner(options: PageScannerOptions): PageScanner {
  const { doc, scheduler } = options;
  const sliceMs = options.sliceMs ?? 4;
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 1000;

  let state: ScanState = createPageScan(options.getUrl(), options.support);
  let queue: Node[] = [];
  let head = 0;
  let walk: EmailWalk | undefined;
  /** Whether the support has read all that the walk noted (SiteSupport.settle). */
  let settled = true;
  let slicePending = false;
  let flushTimer: number | undefined;
  let dirtySince: number | undefined;
  /** The URL and findings last sent. */
  let lastSent: [string, PageFindings] | undefined;
  let disconnect: (() => void) | undefined;
  let stopped = false;

  const root = () => doc.body ?? doc.documentElement;

  /** Whether work is left for idle slices: nodes to walk, or notes the support has yet to read. */
  const busy = () => walk !== undefined || head < queue.length || !settled;

  function requestSlice(): void {
    if (slicePending || stopped) return;
    slicePending = true;
    scheduler.idle(runSlice, idleTimeoutMs);
  }

  function runSlice(deadline: IdleDeadlineLike): void {
    slicePending = false;
    if (stopped) return;
    const started = deadline.timeRemaining();
    // Stops when this slice has used its budget or the browser's idle period is over; the walk asks every few
    // dozen nodes, so even a slice that starts with no time left makes progress.
    const shouldStop = () => {
      const left = deadline.timeRemaining();
      return left <= 0 || started - left >= sliceMs;
    };
    try {
      while (true) {
        if (!walk) {
          const next = queue[head++];
          if (next === undefined) {
            queue = [];
            head = 0;
            // What the support reads of the walk's notes (the cards beside addresses) goes in slices too.
            settled = options.support?.settle?.(state, shouldStop) ?? true;
            break;
          }
          walk = walkEmails(next, state);
        }
        if (walk.step(shouldStop)) walk = undefined;
        if (shouldStop()) break;
      }
    } finally {
      // A node that breaks a reader (a hostile page, a bug) is marked seen before it is read: the next slice goes on
      // past it, and the error still reaches the console.
      markDirty();
      if (busy()) requestSlice();
    }
  }

  function markDirty(): void {
    const now = scheduler.now();
    dirtySince ??= now;
    if (flushTimer !== undefined) scheduler.cancel(flushTimer);
    const wait = Math.max(0, Math.min(debounceMs, dirtySince + maxWaitMs - now));
    flushTimer = scheduler.later(flush, wait);
  }

  function flush(): void {
    flushTimer = undefined;
    if (stopped) return;
    // Findings are sent once the queue is drained, so a half-walked page never reports half its addresses.
    if (busy()) {
      requestSlice();
      return;
    }
    dirtySince = undefined;
    sendIfChanged(collectFindings(doc, state));
  }

  function sendIfChanged(findings: PageFindings): void {
    const sent: [string, PageFindings] = [state.url, findings];
    if (sameJson(lastSent, sent)) return;
    lastSent = sent;
    options.send(state.url, findings);
  }

  function onMutations(records: readonly MutationRecord[]): void {
    if (stopped) return;
    const before = queue.length;
    for (const record of records) {
      // Typing in a reply box or a chat overlay is not new content: leave it before it costs a slice.
      if (isSkippedPlace(record.target, state)) continue;
      if (record.type === 'characterData') {
        // The text changed: read it again (its old addresses stay found).
        state.seen.delete(record.target);
        queue.push(record.target);
      } else {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 || node.nodeType === 3) queue.push(node);
        }
      }
    }
    if (queue.length > before) requestSlice();
  }

  function reset(): void {
    state = createPageScan(options.getUrl(), options.support);
    walk = undefined;
    settled = true;
    const start = root();
    queue = start ? [start] : [];
    head = 0;
  }

  return {
    start() {
      if (stopped || disconnect) return;
      reset();
      disconnect = options.observe(doc.documentElement, onMutations);
      requestSlice();
    },
    navigate() {
      if (stopped || options.getUrl() === state.url) return;
      reset();
      lastSent = undefined;
      requestSlice();
    },
    scanNow() {
      if (!stopped) reset();
      const start = root();
      if (start) scanNode(start, state);
      queue = [];
      head = 0;
      const findings = collectFindings(doc, state);
      if (!stopped) {
        if (flushTimer !== undefined) scheduler.cancel(flushTimer);
        flushTimer = undefined;
        dirtySince = undefined;
        lastSent = [state.url, findings];
      }
      return findings;
    },
    stop() {
      stopped = true;
      disconnect?.();
      if (flushTimer !== undefined) scheduler.cancel(flushTimer);
      queue = [];
      walk = undefined;
    },
  };
}

/**
 * Whether two JSON-like values are equal. Findings mostly carry the very objects sent last time, which this answers
 * at once, where serialising both would cost a page's hundreds of addresses on every flush.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  // Arrays by index: the keys of a list of hundreds would be as many new strings.
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
