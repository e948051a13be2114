import { describe, expect, it } from 'vitest';
import { MemoryCacheStore, ReadCache, accountFingerprint, readCacheKey } from '../../../lib/centrix/cache';
import type { CacheEntry, CacheStore } from '../../../lib/centrix/types';

const BASE = 'https://api.centrix.one/API_WEB';

describe('cache keys', () => {
  it('contain neither the key nor the account, and differ per account, key and endpoint', async () => {
    const account = '987654321';
    const apiKey = 'TopSecretKey_42';
    const fp = await accountFingerprint(BASE, account, apiKey);
    const key = await readCacheKey(fp, 'EN\nContacts\nall\nall\n');
    expect(key).not.toContain(account);
    expect(key).not.toContain(apiKey);
    expect(key).toMatch(/^centrix:[0-9a-f]{24}:[0-9a-f]{40}$/);
    expect(await accountFingerprint(BASE, '987654322', apiKey)).not.toBe(fp);
    expect(await accountFingerprint(BASE, account, 'TopSecretKey_43')).not.toBe(fp);
    expect(await accountFingerprint('http://127.0.0.1:1/API_WEB', account, apiKey)).not.toBe(fp);
    expect(await readCacheKey(fp, 'FR\nContacts\nall\nall\n')).not.toBe(key);
  });
});

function counter() {
  let t = 1_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const put = (cache: ReadCache, key: string, bytes = 10) =>
  cache.put(`centrix:${key}`, 'Mon, 01 Jan 2024 00:00:00 GMT', [key], bytes);
const keys = async (store: CacheStore) => (await store.keys()).sort();

describe('ReadCache', () => {
  it('keeps value and validator, and serves them back', async () => {
    const store = new MemoryCacheStore();
    const cache = new ReadCache(store, {}, () => 5);
    await put(cache, 'a');
    expect(await cache.get('centrix:a')).toEqual({
      lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
      value: ['a'],
      bytes: 10,
      usedAt: 5,
    });
  });

  it('evicts the least recently used entry beyond the entry bound', async () => {
    const clock = counter();
    const store = new MemoryCacheStore();
    const cache = new ReadCache(store, { maxEntries: 2 }, clock.now);
    await put(cache, 'a');
    clock.advance(1);
    await put(cache, 'b');
    clock.advance(100_000);
    await cache.touch('centrix:a', (await cache.get('centrix:a'))!);
    clock.advance(1);
    await put(cache, 'c');
    expect(await keys(store)).toEqual(['centrix:a', 'centrix:c']);
  });

  it('evicts by bytes, and never stores an entry larger than the byte bound', async () => {
    const clock = counter();
    const store = new MemoryCacheStore();
    const cache = new ReadCache(store, { maxBytes: 100 }, clock.now);
    await put(cache, 'a', 60);
    clock.advance(1);
    await put(cache, 'b', 30);
    clock.advance(1);
    await put(cache, 'c', 30);
    expect(await keys(store)).toEqual(['centrix:b', 'centrix:c']);
    await put(cache, 'huge', 101);
    expect(await keys(store)).toEqual(['centrix:b', 'centrix:c']);
  });

  it('evicts in use order even when the clock does not move', async () => {
    const store = new MemoryCacheStore();
    const cache = new ReadCache(store, { maxEntries: 2 }, () => 7);
    await put(cache, 'a');
    await put(cache, 'b');
    await cache.touch('centrix:a', (await cache.get('centrix:a'))!);
    await put(cache, 'c');
    expect(await keys(store)).toEqual(['centrix:a', 'centrix:c']);
  });

  it('rebuilds its index from a store filled by an earlier client (worker restart)', async () => {
    const store = new MemoryCacheStore();
    const entry = (usedAt: number): CacheEntry => ({ lastModified: 'x', value: [], bytes: 1, usedAt });
    await store.set('centrix:old', entry(1));
    await store.set('centrix:new', entry(50));
    await store.set('someone-else', entry(0));
    const cache = new ReadCache(store, { maxEntries: 2 }, () => 100);
    await put(cache, 'fresh');
    expect(await keys(store)).toEqual(['centrix:fresh', 'centrix:new', 'someone-else']);
  });

  it('persists a use only when the stored one is stale', async () => {
    const clock = counter();
    const store = new MemoryCacheStore();
    const cache = new ReadCache(store, {}, clock.now);
    await put(cache, 'a');
    clock.advance(10);
    await cache.touch('centrix:a', (await cache.get('centrix:a'))!);
    expect((await store.get('centrix:a'))!.usedAt).toBe(1_000);
    clock.advance(60_000);
    await cache.touch('centrix:a', (await cache.get('centrix:a'))!);
    expect((await store.get('centrix:a'))!.usedAt).toBe(61_010);
  });

  it('turns storage errors into misses and reports them', async () => {
    const errors: string[] = [];
    const broken: CacheStore = {
      get: () => Promise.reject(new Error('disk')),
      set: () => Promise.reject(new Error('disk')),
      delete: () => Promise.reject(new Error('disk')),
      keys: () => Promise.reject(new Error('disk')),
    };
    const cache = new ReadCache(
      broken,
      {},
      () => 1,
      (what) => errors.push(what),
    );
    expect(await cache.get('centrix:a')).toBeUndefined();
    await put(cache, 'a');
    expect(errors).toEqual(['get', 'load', 'put']);
  });
});
