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

export function browserDeps(): UiDeps {
  return {
    send: (message) => browser.runtime.sendMessage(message),
    activeTab: async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return undefined;
      return tab.url ? { id: tab.id, url: tab.url } : { id: tab.id };
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
