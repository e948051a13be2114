// The background's way to the Centrix client: credentials from their store, language and base URL from the
// settings, one client reused while they stay the same. Production builds always talk to the real API; only a
// sandbox build (`import.meta.env.CENTRIX_SANDBOX`) honours the developer base URL.
import { PRODUCTION_BASE_URL } from '../centrix/assumptions';
import type { CacheStore, CentrixClient, CentrixClientOptions } from '../centrix/types';
import type { Credentials, CredentialStore } from '../storage/credential-store';
import type { Settings } from '../storage/settings-schema';

/** What sending needs: the client, and how long its URLs are before a filter. */
export interface SendAccess {
  client: CentrixClient;
  /** Length of a URL without its filter (base URL, credentials): lets lookups keep URLs short. */
  urlOverhead: number;
}

export interface ApiContext extends SendAccess {
  settings: Settings;
}

export type ApiAccessResult = { ok: true; access: ApiContext } | { ok: false; pause: 'no-credentials' };

export interface ApiAccessDeps {
  credentials: CredentialStore;
  readSettings(): Promise<Settings>;
  createClient(options: CentrixClientOptions): CentrixClient;
  fetch: typeof fetch;
  cache?: CacheStore;
  sandboxBuild: boolean;
  /** Clock, sleep, retry policy… (tests inject theirs). */
  clientOptions?: Partial<Omit<CentrixClientOptions, 'baseUrl' | 'account' | 'apiKey' | 'language'>>;
}

export interface ApiAccess {
  get(): Promise<ApiAccessResult>;
  /** A client for credentials not stored yet (the options page's "save" tests them first). */
  clientFor(credentials: Credentials, settings: Settings): CentrixClient;
  /** The pattern `permissions.contains` needs for the current base URL. */
  hostPattern(settings: Settings): string;
  /** Forget the reused client (credentials or settings changed). */
  reset(): void;
}

export function resolveApiBase(settings: Settings, sandboxBuild: boolean): string {
  return sandboxBuild && settings.devApiBaseUrl ? settings.devApiBaseUrl : PRODUCTION_BASE_URL;
}

/** Everything in a Centrix URL but `fields` and `filters`: base, language, resource, credentials, punctuation. */
export function urlOverhead(apiBase: string, credentials: Credentials): number {
  return (
    apiBase.length +
    credentials.account.length +
    credentials.apiKey.length +
    '/EN/Contacts---all.awp?fields=&filters='.length
  );
}

export function createApiAccess(deps: ApiAccessDeps): ApiAccess {
  let memo: { id: string; client: CentrixClient } | undefined;

  const clientFor = (credentials: Credentials, settings: Settings): CentrixClient =>
    deps.createClient({
      ...deps.clientOptions,
      baseUrl: resolveApiBase(settings, deps.sandboxBuild),
      account: credentials.account,
      apiKey: credentials.apiKey,
      language: settings.apiLanguage,
      fetch: deps.fetch,
      cache: deps.cache,
    });

  return {
    clientFor,
    reset: () => {
      memo = undefined;
    },
    // Without the port: the manifest's loopback patterns have none, and Firefox match patterns take none.
    hostPattern: (settings) => {
      const url = new URL(resolveApiBase(settings, deps.sandboxBuild));
      return `${url.protocol}//${url.hostname}/*`;
    },
    async get() {
      const [credentials, settings] = await Promise.all([deps.credentials.get(), deps.readSettings()]);
      if (!credentials) return { ok: false, pause: 'no-credentials' };
      const apiBase = resolveApiBase(settings, deps.sandboxBuild);
      // Held in this worker's memory only: the identity of the reused client, never stored or logged.
      const id = JSON.stringify([credentials.account, credentials.apiKey, settings.apiLanguage, apiBase]);
      if (memo?.id !== id) memo = { id, client: clientFor(credentials, settings) };
      return { ok: true, access: { client: memo.client, urlOverhead: urlOverhead(apiBase, credentials), settings } };
    },
  };
}
