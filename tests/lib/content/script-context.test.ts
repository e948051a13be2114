// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../lib/content/script-context';

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  setUrl('https://www.linkedin.com/in/jane');
});
afterEach(() => vi.useRealTimers());

describe('the content script context', () => {
  it('is not ended by any event a page can dispatch, WXT’s own names included', () => {
    const ctx = new ContentScriptContext('content', {});
    const ended = vi.fn();
    ctx.onInvalidated(ended);
    const id = fakeBrowser.runtime.id;
    for (const name of [
      `${id}:content:wxt:content-script-started`,
      `${id}:page:wxt:content-script-started`,
      'wxt:content-script-started',
      `${id}:content:wxt:locationchange`,
    ]) {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'x' } }));
      window.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'x' } }));
      window.postMessage({ type: name, contentScriptName: 'content', messageId: 'x' }, '*');
    }
    expect(ctx.isValid).toBe(true);
    expect(ended).not.toHaveBeenCalled();
  });

  it('dispatches nothing to the page when it starts', () => {
    const seen = vi.fn();
    const dispatch = vi.spyOn(document, 'dispatchEvent');
    const post = vi.spyOn(window, 'postMessage');
    window.addEventListener('message', seen);
    new ContentScriptContext('content', {});
    expect(dispatch).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalled();
  });

  it('ends, and stops its timers, when the extension goes away', async () => {
    const ctx = new ContentScriptContext('content', {});
    const ended = vi.fn();
    const timer = vi.fn();
    ctx.onInvalidated(ended);
    ctx.setTimeout(timer, 10);
    const runtime = fakeBrowser.runtime as { id?: string };
    const id = runtime.id;
    runtime.id = undefined;
    try {
      expect(ctx.isValid).toBe(false);
      expect(ended).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(50);
      expect(timer).not.toHaveBeenCalled();
    } finally {
      runtime.id = id;
    }
  });

  it.each([
    ['polling, without the Navigation API', undefined],
    ['the Navigation API', new EventTarget()],
  ])('tells of URL changes once each through %s, and not of a forged location event', async (_name, navigation) => {
    vi.stubGlobal('navigation', navigation);
    try {
      const ctx = new ContentScriptContext('content', {});
      const changed = vi.fn();
      ctx.addEventListener(window, 'wxt:locationchange', changed);
      ctx.addEventListener(window, 'wxt:locationchange', changed);
      window.dispatchEvent(new Event(`${fakeBrowser.runtime.id}:content:wxt:locationchange`));
      navigation?.dispatchEvent(new Event('navigate'));
      await vi.advanceTimersByTimeAsync(2500);
      expect(changed).not.toHaveBeenCalled();
      setUrl('https://www.linkedin.com/in/john');
      navigation?.dispatchEvent(new Event('navigate'));
      await vi.advanceTimersByTimeAsync(2500);
      expect(changed).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
