// The conditional-read cache: per request, the validated value and the exact Last-Modified string, so a 304 is
// answered from here without parsing anything. Storage is injected (memory here; the background supplies one that
// survives service-worker restarts). Keys are hashes: no URL, key or account number ever becomes a cache key.
import { DEFAULT_CACHE_LIMITS } from './assumptions';
import type { CacheEntry, CacheStore } from './types';

const PREFIX = 'centrix:';
/** A use is written back to storage only when the stored one is older than this: hits stay cheap. */
const TOUCH_PERSIST_MS = 60_000;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Tells accounts (and endpoints) apart without naming them: a truncated SHA-256 of base URL, account and key.
 * Two accounts never share entries, and nothing here can be turned back into the account number.
 */
export async function accountFingerprint(baseUrl: string, account: string, apiKey: string): Promise<string> {
  return (await sha256Hex(`centrix-cache-v1\n${baseUrl}\n${account}\n${apiKey}`)).slice(0, 24);
}

/** The cache key of one read: the fingerprint and a hash of the canonical request (language, resource, filters…). */
export async function readCacheKey(fingerprint: string, canonical: string): Promise<string> {
  return `${PREFIX}${fingerprint}:${(await sha256Hex(canonical)).slice(0, 40)}`;
}

/**
 * A CacheStore in memory (tests, or a client that needs no persistence). It copies on the way in and out, as
 * IndexedDB does, so a caller mutating a value it was given cannot change what the cache holds.
 */
export class MemoryCacheStore implements CacheStore {
  private readonly map = new Map<string, CacheEntry>();
  async get(key: string) {
    const entry = this.map.get(key);
    return entry === undefined ? undefined : structuredClone(entry);
  }
  async set(key: string, entry: CacheEntry) {
    this.map.set(key, structuredClone(entry));
  }
  async delete(key: string) {
    this.map.delete(key);
  }
  async keys() {
    return [...this.map.keys()];
  }
}

export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
}

interface IndexItem {
  bytes: number;
  usedAt: number;
}

/**
 * LRU bookkeeping over a CacheStore, bounded in entries and bytes. The index of sizes and last uses is loaded from
 * the store once, then kept in memory; another client writing to the same store meanwhile can make the bound
 * loose until the next load, never wrong about contents (a missing entry is simply a miss). Storage errors make a
 * miss, never a failed read: `onError` hears about them.
 */
export class ReadCache {
  private index: Promise<Map<string, IndexItem>> | undefined;
  private readonly limits: CacheLimits;

  constructor(
    private readonly store: CacheStore,
    limits: Partial<CacheLimits> | undefined,
    private readonly now: () => number,
    private readonly onError: (what: string, error: unknown) => void = () => undefined,
  ) {
    this.limits = { ...DEFAULT_CACHE_LIMITS, ...limits };
  }

  private loadIndex(): Promise<Map<string, IndexItem>> {
    this.index ??= (async () => {
      const map = new Map<string, IndexItem>();
      try {
        for (const key of await this.store.keys()) {
          if (!key.startsWith(PREFIX)) continue;
          const entry = await this.store.get(key);
          if (entry) map.set(key, { bytes: entry.bytes, usedAt: entry.usedAt });
        }
      } catch (error) {
        this.onError('load', error);
      }
      return map;
    })();
    return this.index;
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    try {
      return await this.store.get(key);
    } catch (error) {
      this.onError('get', error);
      return undefined;
    }
  }

  /** Records a use of an entry served from the cache (a 304). */
  async touch(key: string, entry: CacheEntry): Promise<void> {
    const now = this.now();
    const index = await this.loadIndex();
    index.delete(key); // re-inserted last, so equal timestamps still evict in use order
    index.set(key, { bytes: entry.bytes, usedAt: now });
    if (now - entry.usedAt < TOUCH_PERSIST_MS) return;
    try {
      await this.store.set(key, { ...entry, usedAt: now });
    } catch (error) {
      this.onError('touch', error);
    }
  }

  async put(key: string, lastModified: string, value: unknown, bytes: number): Promise<void> {
    const index = await this.loadIndex();
    try {
      if (bytes > this.limits.maxBytes || this.limits.maxEntries < 1) {
        index.delete(key);
        await this.store.delete(key);
        return;
      }
      const usedAt = this.now();
      await this.store.set(key, { lastModified, value, bytes, usedAt });
      index.delete(key);
      index.set(key, { bytes, usedAt });
      await this.evict(index);
    } catch (error) {
      this.onError('put', error);
    }
  }

  async delete(key: string): Promise<void> {
    const index = await this.loadIndex();
    index.delete(key);
    try {
      await this.store.delete(key);
    } catch (error) {
      this.onError('delete', error);
    }
  }

  private async evict(index: Map<string, IndexItem>): Promise<void> {
    let total = 0;
    for (const item of index.values()) total += item.bytes;
    const byAge = [...index.entries()].sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [key, item] of byAge) {
      if (index.size <= this.limits.maxEntries && total <= this.limits.maxBytes) break;
      index.delete(key);
      total -= item.bytes;
      await this.store.delete(key);
    }
  }
}
