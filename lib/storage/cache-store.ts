// The API client's conditional-read cache, kept in the extension origin's IndexedDB: the bodies are CRM data
// (contacts, lists), which content scripts have no business reading, and IndexedDB keeps them across worker
// restarts so a `304 Not Modified` can still be answered. The keys are the client's (never a URL or a key).
import type { CacheEntry, CacheStore } from '../centrix/types';
import type { IdbKv } from './idb';
import { API_CACHE_STORE } from './items';

function isEntry(value: unknown): value is CacheEntry {
  if (value === null || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return typeof e.lastModified === 'string' && typeof e.bytes === 'number' && typeof e.usedAt === 'number';
}

export function createIdbCacheStore(kv: IdbKv): CacheStore {
  return {
    async get(key) {
      const value = await kv.get<unknown>(API_CACHE_STORE, key);
      return isEntry(value) ? value : undefined;
    },
    async set(key, entry) {
      await kv.put(API_CACHE_STORE, key, entry);
    },
    async delete(key) {
      await kv.delete(API_CACHE_STORE, key);
    },
    keys: () => kv.keys(API_CACHE_STORE),
  };
}

/** Forgets every cached read: when the credentials change, the old account's data must not answer. */
export function clearApiCache(kv: IdbKv): Promise<void> {
  return kv.clear(API_CACHE_STORE);
}
