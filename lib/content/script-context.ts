// The content script's context, in place of WXT's ContentScriptContext (wxt.config.ts swaps this module in for
// content-script builds). WXT's class announces every start with a DOM event named after the extension id and stops
// itself when it sees that event from "another copy": any page can dispatch it, so a page could stop the scanner (and
// learn the extension is installed from the announcement). Here nothing goes through the page: the one-scanner rule
// lives in the isolated world (instance.ts), the context ends only when the extension goes away (reloaded, updated,
// removed: `runtime.id` is gone), and URL changes are watched with the Navigation API or, without it, by polling.
// Only what lib/content/start.ts and the scheduler use is implemented.
import { browser } from 'wxt/browser';

type Handler = () => void;

/** How often the URL is compared without the Navigation API, as WXT does. */
const POLL_MS = 1000;

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private watching = false;

  // WXT constructs the context with the entrypoint's name and options; neither changes anything here.
  constructor(..._unused: unknown[]) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    if (browser.runtime?.id == null) this.controller.abort();
    return !this.controller.signal.aborted;
  }

  onInvalidated(cb: Handler): Handler {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  setTimeout(handler: Handler, timeout?: number): number {
    const id = window.setTimeout(() => this.isValid && handler(), timeout);
    this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }

  requestIdleCallback(callback: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number {
    const id = window.requestIdleCallback((deadline) => this.isValid && callback(deadline), options);
    this.onInvalidated(() => window.cancelIdleCallback(id));
    return id;
  }

  /** `wxt:locationchange` is this context's own URL watch (no DOM event); other types are the target's events. */
  addEventListener(target: Window, type: string, handler: Handler): void {
    if (type !== 'wxt:locationchange') {
      target.addEventListener(type, handler, { signal: this.signal });
      return;
    }
    if (this.watching) return;
    this.watching = true;
    let last = location.href;
    const check = () => {
      if (location.href === last) return;
      last = location.href;
      handler();
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    // `navigate` fires before the URL changes: the comparison waits for the navigation to be committed.
    if (navigation) navigation.addEventListener('navigate', () => this.setTimeout(check, 0), { signal: this.signal });
    else {
      const poll = () => {
        check();
        this.setTimeout(poll, POLL_MS);
      };
      this.setTimeout(poll, POLL_MS);
    }
  }
}
