// Every value the extension keeps, in one place, each declared on purpose as disk (storage.local, IndexedDB) or
// memory (storage.session). Versioned from 1; a migration is added with the version that needs it (none yet), and
// readers always validate what they read, so a corrupted or hand-edited value degrades to defaults, never a crash.
//
// Readable by content scripts: storage.local. So storage.local holds nothing secret: settings, the field catalogue,
// list names, the outbox (contact data the user chose to send, no credentials). The credentials and the API read
// cache (CRM data) live in the extension origin's IndexedDB, which content scripts cannot open.
import { storage } from 'wxt/utils/storage';
import type { ListOption, OutboxPause, StoredCatalogue, TabState } from '../messaging/contract';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';

/** The user's settings. Read them with `readSettings()` (lib/storage/settings.ts), which validates. */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Field names of the account (`fields=all`) and the proposed role mapping; refreshed from the options page. */
export const catalogueItem = storage.defineItem<StoredCatalogue | null>('local:catalogue', {
  fallback: null,
  version: 1,
});

/** The account's contact lists (id and name), so the popup offers them without a request. */
export const listsItem = storage.defineItem<{ fetchedAt: number; lists: ListOption[] } | null>('local:lists', {
  fallback: null,
  version: 1,
});

/**
 * The durable outbox: every create or update the user asked for, written before its first send. Its records are
 * internal (lib/background/outbox/record.ts); the UI asks `ui/outbox-status` for a view, and may watch this item
 * to know when to ask again.
 */
export const outboxItem = storage.defineItem<unknown[]>('local:outbox', { fallback: [], version: 1 });

/** Why the whole outbox is paused (no permission for the API host, no or rejected credentials), or null. */
export const outboxPauseItem = storage.defineItem<OutboxPause>('local:outbox-pause', { fallback: null, version: 1 });

/** What was found and looked up on each tab: memory that outlives the worker but not the browser session. */
export const tabStateKey = (tabId: number) => `session:tab-state:${tabId}` as const;
export type StoredTabState = TabState;

/** The extension origin's IndexedDB (see credential-store.ts for why). */
export const EXTENSION_DB = { name: 'centrix-capture', version: 1, stores: ['credentials', 'api-cache'] } as const;
export const CREDENTIALS_STORE = 'credentials';
export const API_CACHE_STORE = 'api-cache';
