import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { clearApiCache, createIdbCacheStore } from '../../../lib/storage/cache-store';
import { openIdbKv } from '../../../lib/storage/idb';
import { API_CACHE_STORE, EXTENSION_DB } from '../../../lib/storage/items';

describe('API cache store (extension-origin IndexedDB)', () => {
  it('keeps entries across reopenings, drops damaged ones, and clears', async () => {
    const factory = new IDBFactory();
    const kv = openIdbKv(factory, EXTENSION_DB);
    const cache = createIdbCacheStore(kv);
    const entry = { lastModified: 'Sat, 01 Mar 2025 10:00:00 GMT', value: [{ idc: 1 }], bytes: 20, usedAt: 5 };
    await cache.set('k1', entry);
    await kv.put(API_CACHE_STORE, 'k2', { lastModified: 5 });
    const reopened = createIdbCacheStore(openIdbKv(factory, EXTENSION_DB));
    expect(await reopened.get('k1')).toEqual(entry);
    expect(await reopened.get('k2')).toBeUndefined();
    expect((await reopened.keys()).sort()).toEqual(['k1', 'k2']);
    await reopened.delete('k1');
    expect(await reopened.get('k1')).toBeUndefined();
    await clearApiCache(kv);
    expect(await reopened.keys()).toEqual([]);
  });
});
