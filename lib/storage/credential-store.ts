// Where the account number and API key live, and why there.
//
// Content scripts can read storage.local (and storage.sync) by default, and Firefox has no
// `storage.local.setAccessLevel` to forbid it; storage.session is restricted to trusted contexts in Chrome but is
// wiped when the browser closes, so it cannot be the only copy. IndexedDB is per origin: the extension's pages and
// its background run in the extension origin (chrome-extension://id, moz-extension://uuid), while content scripts
// run in the web page's origin and open that page's IndexedDB. So the credentials are stored in the extension
// origin's IndexedDB: persistent, and out of reach of every content script and web page. Only the background
// reads them (the UI asks it for "configured or not"), and they never enter a message, a log or storage.*.
import type { IdbKv } from './idb';
import { CREDENTIALS_STORE } from './items';

export interface Credentials {
  account: string;
  apiKey: string;
}

export interface CredentialStore {
  get(): Promise<Credentials | null>;
  set(credentials: Credentials): Promise<void>;
  clear(): Promise<void>;
}

const KEY = 'centrix';

function isCredentials(value: unknown): value is Credentials {
  if (value === null || typeof value !== 'object') return false;
  const { account, apiKey } = value as Record<string, unknown>;
  return typeof account === 'string' && typeof apiKey === 'string' && account !== '' && apiKey !== '';
}

/** The credential store of the extension origin's IndexedDB. A corrupted entry reads as "not configured". */
export function createIdbCredentialStore(kv: IdbKv): CredentialStore {
  return {
    async get() {
      const value = await kv.get<unknown>(CREDENTIALS_STORE, KEY);
      return isCredentials(value) ? { account: value.account, apiKey: value.apiKey } : null;
    },
    async set({ account, apiKey }) {
      await kv.put(CREDENTIALS_STORE, KEY, { account, apiKey });
    },
    async clear() {
      await kv.delete(CREDENTIALS_STORE, KEY);
    },
  };
}
