// Email detection over one long string, beside the floor (a loop of indexOf('@'), the least any '@'-anchored
// scanner must do) measured in the same run.
import { findEmails } from '../lib/detect/email-scanner';

export interface Timing {
  ms: number;
  mbPerS: number;
  found: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Median time of `fn(text)` over `runs` samples of `reps` calls each (browsers round performance.now() to 0.1 ms:
 * a sample must be longer than that), after five warm-up calls so optimised code is measured, as a long-lived
 * content script runs.
 */
export function time(text: string, runs: number, clock: () => number, fn: (t: string) => number, reps = 1): Timing {
  for (let i = 0; i < 5; i++) fn(text);
  const samples: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const start = clock();
    for (let r = 0; r < reps; r++) found = fn(text);
    samples.push((clock() - start) / reps);
  }
  const ms = median(samples);
  return { ms, mbPerS: text.length / 1e6 / (ms / 1000), found };
}

export function floor(text: string): number {
  let n = 0;
  for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) n++;
  return n;
}

export const scanner = (text: string): number => findEmails(text).length;

/** Median and worst time of `findEmails` on one input, over `runs` runs after three warm-up runs. */
export function adversarial(text: string, runs: number, clock: () => number): { median: number; max: number } {
  for (let i = 0; i < 3; i++) findEmails(text);
  const samples = Array.from({ length: runs }, () => {
    const start = clock();
    findEmails(text);
    return clock() - start;
  });
  return { median: median(samples), max: Math.max(...samples) };
}
