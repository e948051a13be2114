// A whole background (service.ts) over the fake browser, a fresh fake IndexedDB, the real Centrix client and the
// sandbox over loopback HTTP; the browser features it drives (badge, scan, alarms, permission) are recorded.
import { IDBFactory } from 'fake-indexeddb';
import type { Badge } from '../../../../lib/background/badge';
import type { Platform } from '../../../../lib/background/platform';
import { scannerFileFor } from '../../../../lib/background/scanner-file';
import { createBackgroundService } from '../../../../lib/background/service';
import type { Sandbox } from '../../../sandbox/server';

export const SELF = { id: 'test-extension-id', baseUrl: 'chrome-extension://test-extension-id/' };
export const PAGE_SENDER = { id: SELF.id, url: `${SELF.baseUrl}popup.html` };
export const contentSender = (tabId: number, url: string) => ({
  id: SELF.id,
  url,
  tab: { id: tabId, url },
  frameId: 0,
});

export function fakePlatform() {
  const state = {
    badges: new Map<number, Badge>(),
    alarms: [] as (number | null)[],
    injected: [] as number[],
    /** The content script file each injection used. */
    injectedFiles: [] as string[],
    /** What the content script of a tab answers to `bg/scan-now`; absent = no content script there. */
    scanners: new Map<number, () => unknown>(),
    /** Tabs whose scanner answers only once injected (sites without a static content script). */
    onDemand: new Set<number>(),
    tabUrls: new Map<number, string>(),
    permission: true,
  };
  const platform: Platform = {
    setBadge: async (tabId, badge) => {
      state.badges.set(tabId, badge);
    },
    requestScan: async (tabId) => {
      const scanner = state.scanners.get(tabId);
      if (!scanner || (state.onDemand.has(tabId) && !state.injected.includes(tabId))) {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      return scanner();
    },
    injectScanner: async (tabId, url) => {
      state.injected.push(tabId);
      state.injectedFiles.push(scannerFileFor(url));
    },
    tabUrl: async (tabId) => state.tabUrls.get(tabId),
    hasHostPermission: async () => state.permission,
    scheduleDrain: async (at) => {
      state.alarms.push(at);
    },
  };
  return { state, platform };
}

export function backgroundFor(sandbox: Sandbox, options: { now?: () => number; report?: (e: unknown) => void } = {}) {
  const { state, platform } = fakePlatform();
  const indexedDB = new IDBFactory();
  const service = createBackgroundService({
    platform,
    self: () => SELF,
    fetch: globalThis.fetch,
    indexedDB,
    hasSessionStorage: true,
    sandboxBuild: true,
    now: options.now,
    random: () => 0.5,
    clientOptions: { sleep: async () => undefined, timeoutMs: 5_000 },
    report: options.report,
  });
  const exchanges: unknown[] = [];
  // Answers are checked with toMatchObject/toEqual in the tests, so a loose type is enough here.
  const send = async (message: unknown, sender: unknown = PAGE_SENDER): Promise<any> => {
    const answer = await service.router(message, sender);
    exchanges.push(message, answer);
    return answer;
  };
  /** Saves the sandbox as the API base and the given credentials through the options-page messages. */
  const configure = async (credentials = { account: sandbox.account, apiKey: sandbox.key }) => {
    await send({ type: 'ui/settings-save', patch: { devApiBaseUrl: sandbox.apiBase } });
    return send({ type: 'ui/credentials-save', ...credentials });
  };
  return { service, state, indexedDB, send, configure, exchanges };
}
