// What was found and looked up on each tab, so the popup opens on it at once. Kept in storage.session (it outlives
// a stopped worker, not the browser session, and is not exposed to content scripts by default); where the browser
// has no storage.session, in this worker's memory, rebuilt by the next findings the page reports.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { TabStateSchema, type TabState } from '../messaging/contract';
import { withLock } from '../storage/lock';
import { tabStateKey } from '../storage/items';

export interface TabStateStore {
  get(tabId: number): Promise<TabState | null>;
  /** Changes one tab's state under that tab's lock; `change` returns the new state, or null to remove it. */
  update(tabId: number, change: (current: TabState | null) => TabState | null): Promise<TabState | null>;
  remove(tabId: number): Promise<void>;
  /** Every tab with findings. */
  all(): Promise<TabState[]>;
}

export function createTabStateStore(hasSessionStorage: boolean): TabStateStore {
  const memory = new Map<number, TabState>();
  const read = async (tabId: number): Promise<TabState | null> => {
    const raw = hasSessionStorage ? await storage.getItem<unknown>(tabStateKey(tabId)) : memory.get(tabId);
    const parsed = TabStateSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
  const write = async (tabId: number, state: TabState | null) => {
    if (!hasSessionStorage) {
      if (state) memory.set(tabId, state);
      else memory.delete(tabId);
    } else if (state) await storage.setItem(tabStateKey(tabId), state);
    else await storage.removeItem(tabStateKey(tabId));
  };
  return {
    get: read,
    update: (tabId, change) =>
      withLock(`tab:${tabId}`, async () => {
        const next = change(await read(tabId));
        await write(tabId, next);
        return next;
      }),
    remove: (tabId) => withLock(`tab:${tabId}`, () => write(tabId, null)),
    all: async () => {
      const raw = hasSessionStorage ? Object.values(await browser.storage.session.get(null)) : [...memory.values()];
      return raw.flatMap((value) => {
        const parsed = TabStateSchema.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      });
    },
  };
}
