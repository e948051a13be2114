// A small promise wrapper over the extension origin's IndexedDB: one database, named object stores, string keys.
// Used for what content scripts must not read (see credential-store.ts) and for the API read cache.

export interface IdbKv {
  get<T>(store: string, key: string): Promise<T | undefined>;
  put(store: string, key: string, value: unknown): Promise<void>;
  delete(store: string, key: string): Promise<void>;
  keys(store: string): Promise<string[]>;
  clear(store: string): Promise<void>;
}

export interface IdbSchema {
  name: string;
  version: number;
  stores: readonly string[];
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

/** Opens (creating or upgrading) the database lazily, on first use, and reopens it if the browser closed it. */
export function openIdbKv(factory: IDBFactory, schema: IdbSchema): IdbKv {
  let db: Promise<IDBDatabase> | undefined;

  const open = (): Promise<IDBDatabase> => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(schema.name, schema.version);
      request.onupgradeneeded = () => {
        for (const store of schema.stores) {
          if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
        }
      };
      request.onsuccess = () => {
        const opened = request.result;
        // Another version elsewhere (an updated extension) asks us to step aside: close, reopen on next use.
        opened.onversionchange = () => {
          opened.close();
          db = undefined;
        };
        opened.onclose = () => {
          db = undefined;
        };
        resolve(opened);
      };
      request.onerror = () => {
        db = undefined;
        reject(request.error ?? new Error('IndexedDB open failed'));
      };
      request.onblocked = () => {
        db = undefined;
        reject(new Error('IndexedDB open blocked'));
      };
    });
    return db;
  };

  const run = async <T>(store: string, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>) => {
    const tx = (await open()).transaction(store, mode);
    const result = promised(work(tx.objectStore(store)));
    await done(tx);
    return result;
  };

  return {
    get: async <T>(store: string, key: string) => (await run(store, 'readonly', (s) => s.get(key))) as T | undefined,
    put: async (store, key, value) => {
      await run(store, 'readwrite', (s) => s.put(value, key));
    },
    delete: async (store, key) => {
      await run(store, 'readwrite', (s) => s.delete(key));
    },
    keys: async (store) => (await run(store, 'readonly', (s) => s.getAllKeys())).map(String),
    clear: async (store) => {
      await run(store, 'readwrite', (s) => s.clear());
    },
  };
}
