// A scheduler with a clock the test moves: idle callbacks wait until the test runs them, with a deadline that
// spends `costPerCheck` ms of fake time each time it is asked how much is left.
import type { IdleDeadlineLike, Scheduler } from '../../../lib/content/scheduler';

export interface SliceRecord {
  /** Fake milliseconds the slice used, as measured by its deadline. */
  used: number;
}

export class FakeScheduler implements Scheduler {
  time = 0;
  readonly slices: SliceRecord[] = [];
  private idleQueue: ((d: IdleDeadlineLike) => void)[] = [];
  private timers = new Map<number, { at: number; cb: () => void }>();
  private nextId = 1;

  constructor(
    private readonly idleMs = 50,
    private readonly costPerCheck = 0.25,
  ) {}

  idle(cb: (deadline: IdleDeadlineLike) => void): void {
    this.idleQueue.push(cb);
  }

  later(cb: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, cb });
    return id;
  }

  cancel(id: number): void {
    this.timers.delete(id);
  }

  now(): number {
    return this.time;
  }

  get pendingIdle(): number {
    return this.idleQueue.length;
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Runs the idle callbacks queued now (not those they queue); returns how many ran. */
  runIdle(options: { didTimeout?: boolean } = {}): number {
    const queue = this.idleQueue;
    this.idleQueue = [];
    for (const cb of queue) {
      const record: SliceRecord = { used: 0 };
      const budget = options.didTimeout ? 0 : this.idleMs;
      cb({
        didTimeout: options.didTimeout ?? false,
        timeRemaining: () => {
          const left = Math.max(0, budget - record.used);
          record.used += this.costPerCheck;
          return left;
        },
      });
      this.slices.push(record);
    }
    return queue.length;
  }

  /** Moves the clock, firing due timers in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].cb();
    }
    this.time = end;
  }

  /** Runs idle slices and timers until nothing is left to do. */
  settle(options: { didTimeout?: boolean } = {}): void {
    for (let guard = 0; guard < 10_000; guard++) {
      if (this.runIdle(options) > 0) continue;
      if (this.timers.size === 0) return;
      this.advance(Math.min(...[...this.timers.values()].map((t) => t.at)) - this.time);
    }
    throw new Error('scheduler did not settle');
  }
}
