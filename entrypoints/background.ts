import { browser } from 'wxt/browser';
import {
  createBrowserPlatform,
  DRAIN_ALARM,
  installContextMenu,
  keepContextMenuInLanguage,
  restrictSessionStorage,
} from '@/lib/background/browser-platform';
import { onMenuClick } from '@/lib/background/context-menu';
import { createBackgroundService } from '@/lib/background/service';
import { enrichFindings } from '@/lib/enrich';
import { adoptBrowserLanguage, readSettings } from '@/lib/storage/settings';

// Wiring only (lib/background does the work). Every listener is registered synchronously when the worker starts,
// so an event that woke a stopped worker (MV3) is delivered to it.
export default defineBackground(() => {
  const service = createBackgroundService({
    platform: createBrowserPlatform(),
    self: () => ({ id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') }),
    fetch: (input, init) => fetch(input, init),
    indexedDB: self.indexedDB,
    hasSessionStorage: browser.storage.session !== undefined,
    sandboxBuild: import.meta.env.CENTRIX_SANDBOX === true,
    enrich: enrichFindings,
  });
  browser.runtime.onMessage.addListener((message, sender) => service.router(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => void (alarm.name === DRAIN_ALARM && service.wake()));
  browser.runtime.onStartup.addListener(() => void service.wake());
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install') {
      await adoptBrowserLanguage(browser.i18n.getUILanguage());
      // A first-time user starts at the setup (account, key, what is read automatically), not at a bare icon.
      await browser.runtime.openOptionsPage().catch(service.deps.report);
    }
    await installContextMenu((await readSettings()).uiLanguage).catch(service.deps.report);
    await service.wake();
  });
  browser.contextMenus.onClicked.addListener(
    (info, tab) => void onMenuClick(service.deps, info, tab?.id).catch(service.deps.report),
  );
  browser.tabs.onRemoved.addListener((tabId) => void service.onTabRemoved(tabId));
  browser.tabs.onUpdated.addListener(
    (tabId, change) => void (change.status === 'loading' && service.onTabLoading(tabId)),
  );
  browser.permissions.onAdded.addListener(() => void service.wake());
  browser.permissions.onRemoved.addListener(() => void service.wake());
  self.addEventListener('online', () => void service.wake());
  keepContextMenuInLanguage();
  void restrictSessionStorage().catch(service.deps.report);
  void service.wake();
});
