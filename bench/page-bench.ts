// The content script's own pipeline (lib/content/page-scanner.ts, configured as the script for ordinary pages
// runs it) on a generated page: a full scan, then batches of appended cards delivered as real MutationObserver
// records. Only the scanner's work is timed (its idle slices and its flush), not the page building the nodes. Runs
// in Node (happy-dom) and in Chromium alike.
import { createPageScanner } from '../lib/content/page-scanner';
import { ORDINARY_PAGES } from '../lib/detect/ordinary';
import type { IdleDeadlineLike, Scheduler } from '../lib/content/scheduler';
import { generateCards } from './generate';

export interface PageBenchResult {
  nodes: number;
  /** Fastest of the runs (noise on a shared machine only ever adds time), and the median. */
  fullMs: number;
  fullMedian: number;
  /** Cost of the batch that appends this share of the page (fastest and median run), and fastest / fastest full. */
  increments: { share: number; ms: number; median: number; ratio: number }[];
  /** Addresses the full scan found (a sanity check: one card in four has one). */
  emails: number;
}

/** Runs queued work at once and adds up the time spent in it. */
class TimingScheduler implements Scheduler {
  spent = 0;
  private queue: (() => void)[] = [];
  constructor(private readonly clock: () => number) {}
  idle(cb: (deadline: IdleDeadlineLike) => void): void {
    // A generous deadline: the benchmark measures the work, not the slicing.
    this.queue.push(() => cb({ didTimeout: false, timeRemaining: () => 50 }));
  }
  later(cb: () => void): number {
    this.queue.push(cb);
    return this.queue.length;
  }
  cancel(): void {
    // Debounced flushes are idempotent: running a cancelled one costs a comparison, and is timed like the rest.
  }
  now(): number {
    return this.clock();
  }
  drain(): number {
    const start = this.clock();
    while (this.queue.length) this.queue.shift()!();
    return this.clock() - start;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface Env {
  doc: Document;
  Observer: typeof MutationObserver;
  clock: () => number;
}

function runOnce({ doc, Observer, clock }: Env, cards: number, shares: number[]) {
  doc.body.innerHTML = `<main id="feed">${generateCards(cards)}</main>`;
  const scheduler = new TimingScheduler(clock);
  let deliver = () => undefined as void;
  let sent = 0;
  const scanner = createPageScanner({
    doc,
    getUrl: () => 'https://bench.example.com/people',
    scheduler,
    observe(target, onMutations) {
      const observer = new Observer(onMutations);
      observer.observe(target, { childList: true, subtree: true, characterData: true });
      deliver = () => onMutations(observer.takeRecords());
      return () => observer.disconnect();
    },
    send: (_url, findings) => (sent = findings.emails.length),
    sliceMs: 1e9,
    // What the script injected on ordinary pages carries (entrypoints/page.content.ts).
    support: ORDINARY_PAGES,
  });
  scanner.start();
  const fullMs = scheduler.drain();
  const emails = sent;
  const feed = doc.getElementById('feed')!;
  let offset = cards;
  const increments = shares.map((share) => {
    const added = Math.round(cards * share);
    const holder = doc.createElement('div');
    holder.innerHTML = generateCards(added, offset);
    offset += added;
    // Appended one card at a time, as a feed grows: one mutation record per card.
    for (const card of Array.from(holder.children)) feed.append(card);
    deliver();
    return { share, ms: scheduler.drain() };
  });
  scanner.stop();
  return { fullMs, increments, emails };
}

export function runPageBench(env: Env, { cards = 2000, runs = 5, shares = [0.01, 0.1] } = {}): PageBenchResult {
  const { doc } = env;
  runOnce(env, Math.min(cards, 200), shares); // warm-up
  const results = Array.from({ length: runs }, () => runOnce(env, cards, shares));
  doc.body.innerHTML = `<main>${generateCards(cards)}</main>`;
  const nodes = countNodes(doc);
  const full = results.map((r) => r.fullMs);
  const fullMs = Math.min(...full);
  return {
    nodes,
    fullMs,
    fullMedian: median(full),
    increments: shares.map((share, i) => {
      const times = results.map((r) => r.increments[i]!.ms);
      const ms = Math.min(...times);
      return { share, ms, median: median(times), ratio: ms / fullMs };
    }),
    emails: results[0]!.emails,
  };
}

function countNodes(doc: Document): number {
  const walker = doc.createTreeWalker(doc.querySelector('main')!, 0x1 | 0x4);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}
