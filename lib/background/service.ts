// Builds the background once per worker start, from storage and the browser: every piece of state that matters is
// read from storage when needed, so a worker stopped at any moment and started again picks up where it was.
import { createCentrixClient, type CentrixClient, type CentrixClientOptions } from '../centrix';
import type { PageFindings } from '../messaging/contract';
import type { SelfIdentity } from '../messaging/sender';
import { clearApiCache, createIdbCacheStore } from '../storage/cache-store';
import { createIdbCredentialStore, type CredentialStore } from '../storage/credential-store';
import { openIdbKv } from '../storage/idb';
import { catalogueItem, EXTENSION_DB, listsItem, outboxItem, outboxPauseItem } from '../storage/items';
import { readSettings, saveSettings } from '../storage/settings';
import { createApiAccess } from './api-access';
import { badgeFor } from './badge';
import type { BackgroundDeps } from './deps';
import { createHandlers } from './handlers';
import { forgetTab, refreshTabsShowing } from './handlers/page';
import { createDrainer, type Drainer } from './outbox/drainer';
import { createOutboxStore } from './outbox/store';
import type { Platform } from './platform';
import { createRouter, type Router } from './router';
import { createTabStateStore } from './tab-state';

export interface ServiceOptions {
  platform: Platform;
  self: () => SelfIdentity;
  fetch: typeof fetch;
  indexedDB: IDBFactory;
  hasSessionStorage: boolean;
  sandboxBuild: boolean;
  now?: () => number;
  random?: () => number;
  /** Unique per worker instance (the outbox lease owner). */
  owner?: string;
  createClient?: (options: CentrixClientOptions) => CentrixClient;
  clientOptions?: Partial<CentrixClientOptions>;
  credentials?: CredentialStore;
  enrich?: (findings: PageFindings) => PageFindings;
  report?: (error: unknown) => void;
}

export interface BackgroundService {
  deps: BackgroundDeps;
  router: Router;
  drainer: Drainer;
  /** Alarm, startup, install, network back, permission granted: the outbox may be able to move. */
  wake(): Promise<void>;
  onTabRemoved(tabId: number): Promise<void>;
  /** A tab started loading a new document: its findings no longer hold. */
  onTabLoading(tabId: number): Promise<void>;
}

/** Error names only: an error's message may quote what it failed on, and nothing secret may reach the console. */
export function reportRedacted(error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  console.error(`Centrix Capture background: unexpected ${name}`);
}

export function createBackgroundService(options: ServiceOptions): BackgroundService {
  const now = options.now ?? Date.now;
  const report = options.report ?? reportRedacted;
  const kv = openIdbKv(options.indexedDB, EXTENSION_DB);
  const credentials = options.credentials ?? createIdbCredentialStore(kv);
  const api = createApiAccess({
    credentials,
    readSettings,
    createClient: options.createClient ?? createCentrixClient,
    fetch: options.fetch,
    cache: createIdbCacheStore(kv),
    sandboxBuild: options.sandboxBuild,
    clientOptions: { now, ...options.clientOptions },
  });
  const outbox = createOutboxStore(outboxItem);
  const drainer = createDrainer({
    store: outbox,
    getAccess: () => api.get(),
    hasHostPermission: async () => options.platform.hasHostPermission(api.hostPattern(await readSettings())),
    pause: outboxPauseItem,
    schedule: (at) => options.platform.scheduleDrain(at),
    now,
    random: options.random,
    owner: options.owner ?? `worker-${now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    onDone: (records) => refreshTabsShowing(deps, records),
  });
  const deps: BackgroundDeps = {
    api,
    credentials,
    clearApiCache: () => clearApiCache(kv),
    settings: { read: readSettings, save: saveSettings },
    catalogue: catalogueItem,
    lists: listsItem,
    pause: outboxPauseItem,
    tabs: createTabStateStore(options.hasSessionStorage),
    outbox,
    drainer,
    platform: options.platform,
    now,
    sandboxBuild: options.sandboxBuild,
    enrich: options.enrich,
    report,
  };
  return {
    deps,
    drainer,
    router: createRouter(createHandlers(deps), options.self, report),
    wake: () => drainer.drain().catch(report),
    onTabRemoved: (tabId) => forgetTab(deps, tabId).catch(report),
    onTabLoading: async (tabId) => {
      await forgetTab(deps, tabId).catch(report);
      // Browsers reset a tab's badge on navigation, but not all in the same way: say it ourselves.
      await options.platform.setBadge(tabId, badgeFor(null)).catch(() => undefined);
    },
  };
}
