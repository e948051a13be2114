// Puts the developer settings into a freshly loaded Chromium extension, so it talks to the local sandbox.
//
// Exports:
//   seedExtensionSettings(serviceWorker, { apiBase, account, key }) → Promise<void>
//     writes, in the extension's own storage.local, the keys the background reads its settings from.
//     Today that is only `devApiBase` (the API base URL, never a secret); the background's settings storage will
//     define where the account and key go, and this function follows it then.
//   DevSettings   { apiBase, account, key }
import type { Worker } from 'playwright-core';

// Only the part of the extension API this file uses, inside the service worker; declared here rather than globally
// so app code cannot lean on a bare `chrome`.
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

export interface DevSettings {
  apiBase: string;
  account: string;
  key: string;
}

export async function seedExtensionSettings(serviceWorker: Worker, settings: DevSettings): Promise<void> {
  await serviceWorker.evaluate((apiBase) => chrome.storage.local.set({ devApiBase: apiBase }), settings.apiBase);
}
