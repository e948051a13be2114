// The one file where the background's logic meets `browser.*` (see platform.ts).
import { browser } from 'wxt/browser';
import type { Locale } from '../i18n';
import { settingsItem } from '../storage/items';
import { sanitizeSettings } from '../storage/settings-schema';
import { badgeTextColor } from './badge';
import { MENU_ID, menuItem } from './context-menu';
import type { Platform } from './platform';
import { scannerFileFor } from './scanner-file';

export const DRAIN_ALARM = 'outbox-drain';
/** Chrome fires alarms no sooner than 30 s from now (Firefox allows less); asking for sooner is rounded up anyway. */
export const MIN_ALARM_DELAY_MS = 30_000;

export function createBrowserPlatform(now: () => number = Date.now): Platform {
  return {
    async setBadge(tabId, badge) {
      await browser.action.setBadgeText({ tabId, text: badge.text });
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setBadgeTextColor({ tabId, color: badgeTextColor(badge.color) });
    },
    requestScan: (tabId) => browser.tabs.sendMessage(tabId, { type: 'bg/scan-now' }, { frameId: 0 }),
    async injectScanner(tabId, url) {
      await browser.scripting.executeScript({ target: { tabId }, files: [scannerFileFor(url)] });
    },
    async tabUrl(tabId) {
      return (await browser.tabs.get(tabId)).url;
    },
    hasHostPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    async scheduleDrain(at) {
      if (at === null) await browser.alarms.clear(DRAIN_ALARM);
      else await browser.alarms.create(DRAIN_ALARM, { when: Math.max(at, now() + MIN_ALARM_DELAY_MS) });
    },
  };
}

/**
 * Keeps storage.session (the tabs' findings and lookups) from content scripts: Chrome's default already, said
 * explicitly in case that default changes; where the browser has no such switch, its default is already closed.
 */
export async function restrictSessionStorage(): Promise<void> {
  const session = browser.storage.session as
    { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } | undefined;
  await session?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
}

/** (Re)creates the "Add to Centrix" menu: on install and update (menus persist across restarts in both browsers). */
export async function installContextMenu(locale: Locale): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create(menuItem(locale));
}

/** Renames the menu when the user switches the UI language. */
export function keepContextMenuInLanguage(): () => void {
  return settingsItem.watch((next, previous) => {
    const locale = sanitizeSettings(next).uiLanguage;
    if (locale === sanitizeSettings(previous).uiLanguage) return;
    void Promise.resolve(browser.contextMenus.update(MENU_ID, { title: menuItem(locale).title })).catch(
      () => undefined,
    );
  });
}
