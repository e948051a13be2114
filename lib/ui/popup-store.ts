// The popup: loads what it shows and composes one store per concern (findings, selection, lists, outbox, save),
// which the components take as props. Everything the background answers goes through `request` (validated); the
// only browser calls are the injected `deps`.
import { batch, signal } from '@preact/signals';
import { toLocale, type Locale } from '../i18n';
import type { Settings } from '../storage/settings-schema';
import type { Announcement } from './announcement';
import type { UiDeps } from './browser-deps';
import { isError, request } from './client';
import { createFindingsStore } from './findings-store';
import { createListsStore } from './lists-store';
import { createOutboxStore } from './outbox-store';
import { errorText } from './reason-text';
import { createSaveStore } from './save-store';
import { createSelectionStore } from './selection-store';

/** How often the open popup re-reads lookups in progress and the outbox while items are in flight. */
const POLL_MS = 1500;

export type PopupPhase = 'loading' | 'ready' | 'failed';

export function createPopupStore(deps: UiDeps) {
  const locale = signal<Locale>(toLocale(deps.browserLanguage()));
  const phase = signal<PopupPhase>('loading');
  const loadError = signal<string | undefined>(undefined);
  const configured = signal(false);
  const settings = signal<Settings | undefined>(undefined);
  /** The latest status sentence, for the popup's polite live region. */
  const announcement = signal<Announcement | null>(null);

  const outbox = createOutboxStore(deps.send, locale, announcement);
  const findings = createFindingsStore(deps.send, locale, announcement, outbox);
  const selection = createSelectionStore(findings.newPeople);
  const lists = createListsStore(deps.send, locale);
  const save = createSaveStore({
    send: deps.send,
    newRequestId: deps.newRequestId,
    locale,
    announcement,
    settings,
    findings,
    selection,
    lists,
    outbox,
  });

  let stopPolling: (() => void) | undefined;

  async function loadSettings(): Promise<boolean> {
    const answer = await request(deps.send, { type: 'ui/settings-get' });
    if (isError(answer)) {
      loadError.value = errorText(locale.value, answer);
      return false;
    }
    batch(() => {
      settings.value = answer.settings;
      locale.value = answer.settings.uiLanguage;
      configured.value = answer.credentialsConfigured;
      lists.select(answer.settings.defaultListIds);
    });
    return true;
  }

  function startPolling(): void {
    stopPolling ??= deps.every(() => {
      if (!findings.lookupPending.value && !outbox.sending()) return;
      void findings.load();
      void outbox.load();
    }, POLL_MS);
  }

  async function load(): Promise<void> {
    phase.value = 'loading';
    loadError.value = undefined;
    const [ok, current] = await Promise.all([loadSettings(), deps.activeTab().catch(() => undefined)]);
    findings.tab.value = current;
    if (!ok) {
      phase.value = 'failed';
      return;
    }
    if (configured.value) await Promise.all([findings.load(), lists.load(), outbox.load()]);
    phase.value = 'ready';
    if (configured.value) startPolling();
  }

  async function scan(): Promise<void> {
    if (await findings.scan()) startPolling();
  }

  return {
    locale,
    phase,
    loadError,
    configured,
    settings,
    announcement,
    findings,
    selection,
    lists,
    outbox,
    save,
    load,
    scan,
    openOptions: () => deps.openOptions(),
    dispose: () => {
      stopPolling?.();
      stopPolling = undefined;
    },
  };
}

export type PopupStore = ReturnType<typeof createPopupStore>;
