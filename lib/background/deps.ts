// Everything the handlers need, built once per worker (service.ts) and passed in, so each handler is a plain
// function a test can call with fakes.
import type { Locale } from '../i18n';
import type { PageFindings } from '../messaging/contract';
import type { CredentialStore } from '../storage/credential-store';
import type { Settings, SettingsPatch } from '../storage/settings-schema';
import type { ApiAccess } from './api-access';
import type { Drainer } from './outbox/drainer';
import type { OutboxStore } from './outbox/store';
import type { Platform } from './platform';
import type { TabStateStore } from './tab-state';
import type { OutboxPause, StoredCatalogue, ListOption } from '../messaging/contract';

export interface StoredValue<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export interface BackgroundDeps {
  api: ApiAccess;
  credentials: CredentialStore;
  clearApiCache(): Promise<void>;
  settings: { read(): Promise<Settings>; save(patch: SettingsPatch): Promise<Settings | null> };
  catalogue: StoredValue<StoredCatalogue | null>;
  lists: StoredValue<{ fetchedAt: number; lists: ListOption[] } | null>;
  pause: StoredValue<OutboxPause>;
  tabs: TabStateStore;
  outbox: OutboxStore;
  drainer: Drainer;
  platform: Platform;
  now(): number;
  sandboxBuild: boolean;
  /** Background-side enrichment of a page's findings (registrable domains, free-mail filtering), if available. */
  enrich?(findings: PageFindings): PageFindings;
  /** Reports an unexpected error (already redacted by whoever calls it). */
  report(error: unknown): void;
}

export async function localeOf(deps: BackgroundDeps): Promise<Locale> {
  return (await deps.settings.read()).uiLanguage;
}
