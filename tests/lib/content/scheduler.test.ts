import { describe, expect, it, vi } from 'vitest';
import { contextScheduler, type TimerContext } from '../../../lib/content/scheduler';

function fakeWindow(withIdle: boolean) {
  let now = 0;
  const win = {
    performance: { now: () => now },
    clearTimeout: vi.fn(),
    ...(withIdle ? { requestIdleCallback: () => 0 } : {}),
  } as unknown as Window & typeof globalThis;
  return { win, tick: (ms: number) => (now += ms) };
}

describe('contextScheduler', () => {
  it('uses the context’s requestIdleCallback with the timeout when the browser has one', () => {
    const ctx: TimerContext = { setTimeout: vi.fn(), requestIdleCallback: vi.fn() };
    contextScheduler(ctx, fakeWindow(true).win).idle(() => undefined, 1000);
    expect(ctx.requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 1000 });
    expect(ctx.setTimeout).not.toHaveBeenCalled();
  });

  it('falls back to a short timeout whose deadline counts down', () => {
    let fire: (() => void) | undefined;
    const ctx: TimerContext = {
      setTimeout: vi.fn((handler: () => void) => {
        fire = handler;
        return 7;
      }),
      requestIdleCallback: vi.fn(),
    };
    const { win, tick } = fakeWindow(false);
    const seen: number[] = [];
    contextScheduler(ctx, win).idle((deadline) => {
      seen.push(deadline.timeRemaining());
      tick(5);
      seen.push(deadline.timeRemaining());
      tick(10);
      seen.push(deadline.timeRemaining());
    }, 1000);
    expect(ctx.requestIdleCallback).not.toHaveBeenCalled();
    fire!();
    expect(seen).toEqual([8, 3, 0]);
  });

  it('routes timers through the context and cancels with clearTimeout', () => {
    const ctx: TimerContext = { setTimeout: vi.fn(() => 3), requestIdleCallback: vi.fn() };
    const { win } = fakeWindow(true);
    const s = contextScheduler(ctx, win);
    expect(s.later(() => undefined, 50)).toBe(3);
    s.cancel(3);
    expect(win.clearTimeout).toHaveBeenCalledWith(3);
  });
});
