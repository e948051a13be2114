// The few browser calls the popup and options page make, behind plain functions: the stores take them as
// parameters, so tests pass fakes and components never see `browser`.
import { browser } from 'wxt/browser';
import type { SendMessage } from './client';

export interface ActiveTab {
  id: number;
  /** Known once the user opened the popup on it (activeTab); absent on pages the extension cannot see. */
  url?: string;
}

export interface UiDeps {
  send: SendMessage;
  activeTab: () => Promise<ActiveTab | undefined>;
  openOptions: () => Promise<void>;
  /** The browser's UI language tag, used until the settings say otherwise. */
  browserLanguage: () => string | undefined;
  /** Calls `fn` every `ms` until the returned function is called. */
  every: (fn: () => void, ms: number) => () => void;
  newRequestId: () => string;
}

/**
 * The tab named by `?tabId=<n>` in the page's query, when it is a positive integer. The popup opened as a tab (the
 * browser tests, or "open in a tab") has no current tab of its own: `tabs.query({ active, currentWindow })` would
 * find the popup itself, so whoever opens it says which tab it is about. Only the extension itself can open it so:
 * the popup is not web-accessible.
 */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^[1-9][0-9]{0,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

function toActiveTab(tab: { id?: number; url?: string } | undefined): ActiveTab | undefined {
  if (tab?.id === undefined) return undefined;
  return tab.url ? { id: tab.id, url: tab.url } : { id: tab.id };
}

export function browserDeps(): UiDeps {
  return {
    send: (message) => browser.runtime.sendMessage(message),
    activeTab: async () => {
      const named = tabIdFromQuery(globalThis.location?.search ?? '');
      // A named tab that is gone is no tab: never fall back to whichever tab happens to be active.
      if (named !== undefined) return toActiveTab(await browser.tabs.get(named).catch(() => undefined));
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return toActiveTab(tab);
    },
    openOptions: () => browser.runtime.openOptionsPage(),
    browserLanguage: () => browser.i18n.getUILanguage(),
    every: (fn, ms) => {
      const timer = setInterval(fn, ms);
      return () => clearInterval(timer);
    },
    newRequestId: () => crypto.randomUUID(),
  };
}
