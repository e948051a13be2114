// The browser features the background's logic uses, as one small interface: handlers stay plain functions that
// tests drive with a fake, and browser-platform.ts is the only file that calls `browser.*` for them.
import type { Badge } from './badge';

export interface Platform {
  setBadge(tabId: number, badge: Badge): Promise<void>;
  /** Asks the tab's top-frame content script to scan now; rejects when no content script listens there. */
  requestScan(tabId: number): Promise<unknown>;
  /**
   * Injects the scanner for the page at `url` into the tab (needs activeTab from a user gesture, or host permission):
   * see scanner-file.ts.
   */
  injectScanner(tabId: number, url: string | undefined): Promise<void>;
  /** The tab's current URL when the browser shows it to us (activeTab, host permission), else undefined. */
  tabUrl(tabId: number): Promise<string | undefined>;
  hasHostPermission(pattern: string): Promise<boolean>;
  /** Wake the outbox drainer at `at` (ms since epoch) with an alarm, or clear that alarm (null). */
  scheduleDrain(at: number | null): Promise<void>;
}
