// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCapture, type CaptureContext, type CaptureRuntime } from '../../../lib/content/start';

type Listener = Parameters<CaptureRuntime['onMessage']['addListener']>[0];

// happy-dom's own handle on the emulated window, to move its location.
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

function fakeContext() {
  const invalidated: (() => void)[] = [];
  const events = new Map<string, () => void>();
  const ctx: CaptureContext = {
    onInvalidated(cb) {
      invalidated.push(cb);
      return () => undefined;
    },
    addEventListener(_target, type, handler) {
      events.set(type, handler);
    },
    setTimeout: (handler, timeout) => window.setTimeout(handler, timeout),
    requestIdleCallback: (cb) => window.setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 1),
  };
  return { ctx, invalidate: () => invalidated.forEach((cb) => cb()), fire: (type: string) => events.get(type)?.() };
}

function fakeRuntime() {
  const listeners = new Set<Listener>();
  const runtime: CaptureRuntime & { sent: unknown[] } = {
    sent: [],
    sendMessage: vi.fn(async (m: unknown) => {
      runtime.sent.push(m);
    }),
    onMessage: { addListener: (cb) => listeners.add(cb), removeListener: (cb) => listeners.delete(cb) },
  };
  const ask = (message: unknown) => {
    const replies: unknown[] = [];
    for (const l of listeners) l(message, {}, (r) => replies.push(r));
    return replies;
  };
  return { runtime, listeners, ask };
}

beforeEach(() => {
  vi.useFakeTimers();
  setUrl('https://www.acme.com/team');
  document.body.innerHTML = '<p>jane@acme.com</p>';
});

afterEach(() => {
  vi.useRealTimers();
});

describe('startCapture', () => {
  it('sends the findings to the background in the agreed shape', async () => {
    const { ctx } = fakeContext();
    const { runtime } = fakeRuntime();
    startCapture(ctx, runtime, window);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runtime.sent).toEqual([
      {
        type: 'cs/findings',
        url: 'https://www.acme.com/team',
        findings: expect.objectContaining({
          site: 'other',
          emails: [{ address: 'jane@acme.com', source: 'text', confidence: 0.9 }],
        }),
      },
    ]);
  });

  it('answers bg/scan-now with a fresh scan and leaves other messages alone', () => {
    const { ctx } = fakeContext();
    const { runtime, ask } = fakeRuntime();
    startCapture(ctx, runtime, window);
    document.body.innerHTML += '<p>late@acme.com</p>';
    expect(ask({ type: 'ui/tab-state' })).toEqual([]);
    expect(ask(null)).toEqual([]);
    const [reply] = ask({ type: 'bg/scan-now' }) as { ok: boolean; url: string; findings: { emails: unknown[] } }[];
    expect(reply).toMatchObject({ ok: true, url: 'https://www.acme.com/team' });
    expect(reply?.findings.emails).toHaveLength(2);
  });

  it('rescans after a single-page navigation and a hash change', async () => {
    const { ctx, fire } = fakeContext();
    const { runtime } = fakeRuntime();
    startCapture(ctx, runtime, window);
    await vi.advanceTimersByTimeAsync(5000);
    setUrl('https://www.acme.com/about');
    fire('wxt:locationchange');
    await vi.advanceTimersByTimeAsync(5000);
    setUrl('https://www.acme.com/about#team');
    fire('hashchange');
    await vi.advanceTimersByTimeAsync(5000);
    expect(runtime.sent.map((m) => (m as { url: string }).url)).toEqual([
      'https://www.acme.com/team',
      'https://www.acme.com/about',
      'https://www.acme.com/about#team',
    ]);
  });

  it('stops listening and sending once invalidated', async () => {
    const { ctx, invalidate } = fakeContext();
    const { runtime, listeners } = fakeRuntime();
    startCapture(ctx, runtime, window);
    invalidate();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runtime.sent).toEqual([]);
    expect(listeners.size).toBe(0);
  });

  it('runs one scanner when injected twice: the newer one replaces the older', async () => {
    const first = fakeRuntime();
    const second = fakeRuntime();
    startCapture(fakeContext().ctx, first.runtime, window);
    startCapture(fakeContext().ctx, second.runtime, window);
    await vi.advanceTimersByTimeAsync(5000);
    expect(first.listeners.size).toBe(0);
    expect(first.runtime.sent).toEqual([]);
    expect(second.runtime.sent).toHaveLength(1);
  });

  it('sends nothing for a page the message contract would refuse', async () => {
    setUrl(`https://www.acme.com/?q=${'x'.repeat(3000)}`);
    const { runtime } = fakeRuntime();
    startCapture(fakeContext().ctx, runtime, window);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runtime.sent).toEqual([]);
  });

  it('survives a background that is not listening', async () => {
    const { runtime } = fakeRuntime();
    runtime.sendMessage = vi.fn(() => Promise.reject(new Error('Receiving end does not exist.')));
    startCapture(fakeContext().ctx, runtime, window);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
  });
});
