// Wires the page scanner to the content script's context and to the background. Whether the user switched this
// site off is the background's decision (it holds the settings and ignores findings from disabled sites): the
// content script reads no storage.
import type { SiteSupport } from '../detect/sites/adapter';
import type { PageFindings } from '../detect/types';
import type { BackgroundRequest, BgScanNow, BgScanNowResponse } from '../messaging/contract';
import { URL_MAX } from '../shared/finding-limits';
import { claimInstance } from './instance';
import { createPageScanner } from './page-scanner';
import { contextScheduler, type TimerContext } from './scheduler';

/** The parts of WXT's ContentScriptContext used here. */
export interface CaptureContext extends TimerContext {
  onInvalidated(cb: () => void): () => void;
  addEventListener(target: Window, type: 'wxt:locationchange' | 'hashchange', handler: () => void): void;
}

// The answer goes through `sendResponse`, synchronously: it works in Chrome and Firefox, with or without
// webextension-polyfill (Chrome ignores a listener's returned promise without it).
type ScanNowReply = Extract<BgScanNowResponse, { ok: true }>;
type Listener = (message: unknown, sender: unknown, sendResponse: (reply: ScanNowReply) => void) => undefined;

export interface CaptureRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(cb: Listener): void; removeListener(cb: Listener): void };
}

/** The message contract accepts http(s) page URLs within its bound. */
const isSendable = (url: string) => url.length <= URL_MAX && /^https?:\/\//i.test(url);

const isScanNow = (message: unknown): message is BgScanNow =>
  message !== null && typeof message === 'object' && (message as { type?: unknown }).type === 'bg/scan-now';

export function startCapture(
  ctx: CaptureContext,
  runtime: CaptureRuntime,
  win: Window & typeof globalThis,
  support?: SiteSupport,
): void {
  const send = (url: string, findings: PageFindings) => {
    const message: BackgroundRequest<'cs/findings'> = { type: 'cs/findings', url, findings };
    // Sending wakes the background's worker; if it still cannot answer (extension reloading), the message is lost
    // and the background gets the findings by asking (`bg/scan-now`): nothing to retry here.
    if (isSendable(url)) runtime.sendMessage(message).catch(() => undefined);
  };
  const scanner = createPageScanner({
    doc: win.document,
    getUrl: () => win.location.href,
    scheduler: contextScheduler(ctx, win),
    observe(target, onMutations) {
      const observer = new win.MutationObserver(onMutations);
      observer.observe(target, { childList: true, subtree: true, characterData: true });
      return () => observer.disconnect();
    },
    send,
    support,
  });

  const onMessage: Listener = (message, _sender, sendResponse) => {
    if (isScanNow(message)) sendResponse({ ok: true, url: win.location.href, findings: scanner.scanNow() });
    return undefined;
  };
  const stop = () => {
    scanner.stop();
    runtime.onMessage.removeListener(onMessage);
  };
  claimInstance(win, stop);
  ctx.onInvalidated(stop);
  runtime.onMessage.addListener(onMessage);
  // WXT reports pushState navigations; Gmail moves between views by changing the hash.
  ctx.addEventListener(win, 'wxt:locationchange', () => scanner.navigate());
  ctx.addEventListener(win, 'hashchange', () => scanner.navigate());
  scanner.start();
}
