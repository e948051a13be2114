// Email detection over one long string, beside the floor (a loop of indexOf('@'), the least any '@'-anchored
// scanner must do) measured in the same run.
import { findEmails } from '../lib/detect/email-scanner';

export interface Timing {
  /** The fastest sample: noise on a shared machine only ever adds time. */
  ms: number;
  median: number;
  mbPerS: number;
  found: number;
}

export interface Contender {
  fn: (text: string) => number;
  /** Calls per sample: browsers round performance.now() to 0.1 ms, so a sample must be longer than that. */
  reps: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Calls `fn` until it has run for `ms` and at least `calls` times. */
function warmUp(fn: () => unknown, clock: () => number, ms: number, calls: number): void {
  const start = clock();
  for (let i = 0; i < calls || clock() - start < ms; i++) fn();
}

/**
 * Time of each contender on `text` (fastest and median sample), measured side by side: each is first warmed up for 300 ms (V8 tiers
 * code up over many calls, Chromium's later than Node's, and a content script lives long: its steady state is
 * what is compared), then `rounds` rounds take one sample of each in turn, so that a noisy neighbour on a shared
 * machine slows all of them alike rather than whichever ran at the time.
 */
export function timeSideBySide(text: string, rounds: number, clock: () => number, contenders: Contender[]): Timing[] {
  for (const { fn } of contenders) warmUp(() => fn(text), clock, 300, 5);
  const samples = contenders.map(() => [] as number[]);
  const found = contenders.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    contenders.forEach(({ fn, reps }, i) => {
      const start = clock();
      for (let r = 0; r < reps; r++) found[i] = fn(text);
      samples[i]!.push((clock() - start) / reps);
    });
  }
  return samples.map((s, i) => {
    const ms = Math.min(...s);
    return { ms, median: median(s), mbPerS: text.length / 1e6 / (ms / 1000), found: found[i]! };
  });
}

export function floor(text: string): number {
  let n = 0;
  for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) n++;
  return n;
}

export const scanner = (text: string): number => findEmails(text).length;

export interface AdversarialTiming {
  /** The very first call, before any warm-up: what a page that opens with such text costs. */
  first: number;
  median: number;
  max: number;
}

/**
 * `findEmails` on one input: its first call, then median and worst of `runs` runs after a 300 ms warm-up, as long as
 * the text's: in a fresh page, Chromium had not finished tiering the scanner up after 100 ms (medians 1.3-3.5 ms
 * where the warmed-up code takes 1.3-1.5 ms).
 */
export function adversarial(text: string, runs: number, clock: () => number): AdversarialTiming {
  let start = clock();
  findEmails(text);
  const first = clock() - start;
  warmUp(() => findEmails(text), clock, 300, 3);
  const samples = Array.from({ length: runs }, () => {
    start = clock();
    findEmails(text);
    return clock() - start;
  });
  return { first, median: median(samples), max: Math.max(...samples) };
}
