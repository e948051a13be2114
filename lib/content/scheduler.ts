// Time for the content script, behind an interface so tests can drive it with a fake clock. Work runs in idle
// slices (requestIdleCallback, or timeouts of a few milliseconds where the browser lacks it), and every timer
// belongs to the content script's context: when the extension reloads or the script is injected again, they stop.

export interface IdleDeadlineLike {
  readonly didTimeout: boolean;
  timeRemaining(): number;
}

export interface Scheduler {
  /** Runs `cb` when the page is idle, or after `timeoutMs` at the latest. */
  idle(cb: (deadline: IdleDeadlineLike) => void, timeoutMs: number): void;
  /** Runs `cb` after `ms`; returns an id for `cancel`. */
  later(cb: () => void, ms: number): number;
  cancel(id: number): void;
  now(): number;
}

/** The parts of WXT's ContentScriptContext the scanner uses. */
export interface TimerContext {
  setTimeout(handler: () => void, timeout?: number): number;
  requestIdleCallback(callback: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
}

/** A slice's budget when the browser has no requestIdleCallback (Safari, some embedded views). */
const FALLBACK_SLICE_MS = 8;

export function contextScheduler(ctx: TimerContext, win: Window & typeof globalThis): Scheduler {
  const now = () => win.performance.now();
  const hasIdle = typeof win.requestIdleCallback === 'function';
  return {
    idle(cb, timeoutMs) {
      if (hasIdle) {
        ctx.requestIdleCallback((deadline) => cb(deadline), { timeout: timeoutMs });
        return;
      }
      ctx.setTimeout(() => {
        const end = now() + FALLBACK_SLICE_MS;
        cb({ didTimeout: false, timeRemaining: () => Math.max(0, end - now()) });
      }, 1);
    },
    later: (cb, ms) => ctx.setTimeout(cb, ms),
    cancel: (id) => win.clearTimeout(id),
    now,
  };
}
