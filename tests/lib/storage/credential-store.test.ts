import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createIdbCredentialStore } from '../../../lib/storage/credential-store';
import { openIdbKv } from '../../../lib/storage/idb';
import { CREDENTIALS_STORE, EXTENSION_DB } from '../../../lib/storage/items';

describe('credential store (extension-origin IndexedDB)', () => {
  it('stores, reads back across reopenings, and clears', async () => {
    const factory = new IDBFactory();
    const store = createIdbCredentialStore(openIdbKv(factory, EXTENSION_DB));
    expect(await store.get()).toBeNull();
    await store.set({ account: '12345', apiKey: 'secretKEY_1' });
    // A new worker opens the database afresh: the value persisted.
    const reopened = createIdbCredentialStore(openIdbKv(factory, EXTENSION_DB));
    expect(await reopened.get()).toEqual({ account: '12345', apiKey: 'secretKEY_1' });
    await reopened.clear();
    expect(await store.get()).toBeNull();
  });

  it('reads a corrupted entry as not configured', async () => {
    const kv = openIdbKv(new IDBFactory(), EXTENSION_DB);
    await kv.put(CREDENTIALS_STORE, 'centrix', { account: 5, apiKey: null });
    expect(await createIdbCredentialStore(kv).get()).toBeNull();
  });

  it('keeps the credentials out of every other database of the origin', async () => {
    const factory = new IDBFactory();
    await createIdbCredentialStore(openIdbKv(factory, EXTENSION_DB)).set({ account: '1', apiKey: 'k' });
    const names = (await factory.databases()).map((d) => d.name);
    expect(names).toEqual([EXTENSION_DB.name]);
  });
});
