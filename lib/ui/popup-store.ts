// The popup's state as signals, and the actions its buttons call. Everything the background answers goes through
// `request` (validated); the only browser calls are the injected `deps`.
import { batch, computed, signal } from '@preact/signals';
import type { ContactRole } from '../centrix/types';
import { t, toLocale, type Locale } from '../i18n';
import type { ErrorResponse, ListOption, OutboxView, TabState } from '../messaging/contract';
import type { Settings } from '../storage/settings-schema';
import type { ActiveTab, UiDeps } from './browser-deps';
import { isError, request } from './client';
import {
  accountLevelRoles,
  emailValues,
  mappedValues,
  personValues,
  withoutRoles,
  type RoleValues,
} from './contact-payload';
import { findingsView } from './findings-view';
import { isNewish } from './lookup-kinds';
import { outboxRows } from './outbox-rows';
import { errorText } from './reason-text';
import type { EmailView, LookupView, PersonView } from './view-types';

/** How often the open popup re-reads lookups in progress and the outbox while items are in flight. */
const POLL_MS = 1500;

export type PopupPhase = 'loading' | 'ready' | 'failed';

/** What the live region says after an action; the component words it in the UI language. */
export type Announcement =
  | { kind: 'queued'; count: number }
  | { kind: 'error'; text: string }
  | { kind: 'scan-done'; count: number }
  | { kind: 'scan-empty' };

interface Candidate {
  key: string;
  lookup: LookupView;
  /** Only the roles the mapping sends. */
  values: RoleValues;
  /** Detected details that have no Centrix field. */
  unmapped: ContactRole[];
}

/** A finding sent from this popup: queued until its outbox item is saved, then a Centrix contact like any other. */
function queuedLookup(item: OutboxView['items'][number] | undefined): LookupView {
  if (item?.state === 'done' && item.contactId) return { kind: 'known', idc: item.contactId };
  return { kind: 'queued' };
}

export function createPopupStore(deps: UiDeps) {
  const locale = signal<Locale>(toLocale(deps.browserLanguage()));
  const phase = signal<PopupPhase>('loading');
  const loadError = signal<string | undefined>(undefined);
  const configured = signal(false);
  const settings = signal<Settings | undefined>(undefined);
  const tab = signal<ActiveTab | undefined>(undefined);
  const tabState = signal<TabState | null>(null);
  const scanning = signal(false);
  const selected = signal<ReadonlySet<string>>(new Set());
  /** Findings queued from this popup, by key, with the outbox item each became. */
  const queued = signal<ReadonlyMap<string, string>>(new Map());
  const lists = signal<ListOption[] | undefined>(undefined);
  const listsError = signal<string | undefined>(undefined);
  const selectedLists = signal<ReadonlySet<string>>(new Set());
  const outbox = signal<OutboxView | undefined>(undefined);
  const busy = signal(false);
  /** The latest status sentence, for the popup's polite live region. */
  const announcement = signal<Announcement | null>(null);
  /** Set while the user is asked to confirm an update that carries account-level fields. */
  const pendingUpdate = signal<{ roles: ContactRole[] } | null>(null);

  const pageUrl = computed(() => tabState.value?.url ?? tab.value?.url);
  const host = computed(() => {
    const url = pageUrl.value;
    if (!url) return '';
    try {
      return new URL(url).host;
    } catch {
      return '';
    }
  });
  const scannable = computed(() => /^https?:\/\//i.test(pageUrl.value ?? ''));
  const view = computed(() => {
    const base = findingsView(tabState.value);
    const mark = <T extends { key: string; lookup: LookupView }>(item: T): T => {
      const itemId = queued.value.get(item.key);
      if (itemId === undefined) return item;
      return { ...item, lookup: queuedLookup(outbox.value?.items.find((i) => i.id === itemId)) };
    };
    return { ...base, people: base.people.map(mark), emails: base.emails.map(mark) };
  });
  const outboxItems = computed(() => (outbox.value ? outboxRows(locale.value, outbox.value) : []));
  const outboxPaused = computed(() => outbox.value?.paused ?? null);

  const candidates = computed<Candidate[]>(() => {
    const mapping = settings.value?.fieldMapping ?? {};
    const candidate = (key: string, lookup: LookupView, all: RoleValues): Candidate => ({
      key,
      lookup,
      ...mappedValues(all, mapping),
    });
    return [
      ...view.value.people.map((p: PersonView) => candidate(p.key, p.lookup, personValues(p))),
      ...view.value.emails.map((e: EmailView) => candidate(e.key, e.lookup, emailValues(e))),
    ];
  });
  const chosen = computed(() => candidates.value.filter((c) => selected.value.has(c.key)));
  /** Roles detected on the chosen findings that will not be sent, to say so before sending. */
  const unmappedRoles = computed(() => [...new Set(chosen.value.flatMap((c) => c.unmapped))]);
  const toAdd = computed(() => chosen.value.filter((c) => isNewish(c.lookup)));
  const toUpdate = computed(() => chosen.value.filter((c) => c.lookup.kind === 'known'));
  const isEmpty = computed(() => {
    const v = view.value;
    return v.people.length + v.emails.length + v.companies.length + v.missing.length === 0;
  });

  const requestIds = new Map<string, string>();
  let stopPolling: (() => void) | undefined;

  const fail = (error: ErrorResponse) => errorText(locale.value, error);

  async function loadSettings(): Promise<boolean> {
    const answer = await request(deps.send, { type: 'ui/settings-get' });
    if (isError(answer)) {
      loadError.value = fail(answer);
      return false;
    }
    batch(() => {
      settings.value = answer.settings;
      locale.value = answer.settings.uiLanguage;
      configured.value = answer.credentialsConfigured;
      selectedLists.value = new Set(answer.settings.defaultListIds);
    });
    return true;
  }

  async function loadTabState(): Promise<void> {
    const current = tab.value;
    if (!current) return;
    const answer = await request(deps.send, { type: 'ui/tab-state', tabId: current.id });
    if (!isError(answer)) tabState.value = answer.state;
  }

  async function loadLists(refresh = false): Promise<void> {
    listsError.value = undefined;
    const answer = await request(deps.send, { type: 'ui/lists-get', ...(refresh ? { refresh } : {}) });
    if (isError(answer)) listsError.value = fail(answer);
    else lists.value = answer.lists;
  }

  async function loadOutbox(): Promise<void> {
    const answer = await request(deps.send, { type: 'ui/outbox-status' });
    if (!isError(answer)) outbox.value = answer.outbox;
  }

  function inFlight(): boolean {
    const lookupPending = tabState.value?.lookup.status === 'pending';
    const sending = outbox.value?.items.some((i) => i.state !== 'failed' && i.state !== 'done') ?? false;
    return lookupPending || sending;
  }

  function startPolling(): void {
    stopPolling ??= deps.every(() => {
      if (!inFlight()) return;
      void loadTabState();
      void loadOutbox();
    }, POLL_MS);
  }

  async function load(): Promise<void> {
    phase.value = 'loading';
    loadError.value = undefined;
    const [ok, current] = await Promise.all([loadSettings(), deps.activeTab().catch(() => undefined)]);
    tab.value = current;
    if (!ok) {
      phase.value = 'failed';
      return;
    }
    if (configured.value) await Promise.all([loadTabState(), loadLists(), loadOutbox()]);
    phase.value = 'ready';
    if (configured.value) startPolling();
  }

  async function scan(): Promise<void> {
    const current = tab.value;
    if (!current || scanning.value) return;
    scanning.value = true;
    announcement.value = null;
    const answer = await request(deps.send, { type: 'ui/scan-tab', tabId: current.id });
    scanning.value = false;
    if (isError(answer)) {
      announcement.value = { kind: 'error', text: fail(answer) };
      return;
    }
    tabState.value = answer.state;
    const found = findingsView(answer.state);
    const count = found.people.length + found.emails.length + found.companies.length;
    announcement.value = count === 0 ? { kind: 'scan-empty' } : { kind: 'scan-done', count };
    if (answer.state?.lookup.status === 'pending') startPolling();
  }

  function toggle(key: string): void {
    const next = new Set(selected.value);
    if (!next.delete(key)) next.add(key);
    selected.value = next;
  }

  /** Adds every person that "Add" would create to the selection (emails stay one by one: they are often noise). */
  function selectNew(): void {
    const keys = view.value.people.filter((p) => isNewish(p.lookup)).map((p) => p.key);
    selected.value = new Set([...selected.value, ...keys]);
  }

  function toggleList(id: string): void {
    const next = new Set(selectedLists.value);
    if (!next.delete(id)) next.add(id);
    selectedLists.value = next;
  }

  function requestIdFor(key: string, action: string): string {
    const name = `${action}:${key}`;
    let id = requestIds.get(name);
    if (!id) {
      id = deps.newRequestId();
      requestIds.set(name, id);
    }
    return id;
  }

  /** Queues each candidate; keeps the failed ones selected so nothing the user chose is lost. */
  async function queue(items: Candidate[], action: 'create' | 'update', drop: ContactRole[] = []): Promise<void> {
    if (items.length === 0 || busy.value) return;
    busy.value = true;
    announcement.value = null;
    const listIds = [...selectedLists.value];
    const done: [key: string, itemId: string][] = [];
    const errors: string[] = [];
    for (const item of items) {
      const values = withoutRoles(item.values, drop);
      // An empty contact would be created as a blank record: refuse it here with the reason.
      if (Object.keys(values).length === 0) {
        errors.push(t(locale.value, 'popupNothingMapped'));
        continue;
      }
      const contactId = item.lookup.kind === 'known' ? item.lookup.idc : undefined;
      const answer = await request(deps.send, {
        type: 'ui/contact-save',
        requestId: requestIdFor(item.key, action),
        ...(action === 'update' && contactId ? { contactId } : {}),
        values,
        listIds,
      });
      if (isError(answer)) errors.push(fail(answer));
      else done.push([item.key, answer.itemId]);
    }
    batch(() => {
      queued.value = new Map([...queued.value, ...done]);
      const sent = new Set(done.map(([key]) => key));
      selected.value = new Set([...selected.value].filter((key) => !sent.has(key)));
      busy.value = false;
      announcement.value =
        errors.length > 0 ? { kind: 'error', text: errors[0]! } : { kind: 'queued', count: done.length };
    });
    await loadOutbox();
  }

  function add(): Promise<void> {
    return queue(toAdd.value, 'create');
  }

  function update(): Promise<void> {
    const mapping = settings.value?.fieldMapping ?? {};
    const roles = [...new Set(toUpdate.value.flatMap((c) => accountLevelRoles(c.values, mapping)))];
    if (roles.length > 0) {
      pendingUpdate.value = { roles };
      return Promise.resolve();
    }
    return queue(toUpdate.value, 'update');
  }

  /** After the account-level warning: send everything, or leave the account-level roles out. */
  function confirmUpdate(includeAccountFields: boolean): Promise<void> {
    const pending = pendingUpdate.value;
    pendingUpdate.value = null;
    if (!pending) return Promise.resolve();
    return queue(toUpdate.value, 'update', includeAccountFields ? [] : pending.roles);
  }

  function cancelUpdate(): void {
    pendingUpdate.value = null;
  }

  async function outboxAction(type: 'ui/outbox-retry' | 'ui/outbox-discard', id: string): Promise<void> {
    const answer = await request(deps.send, { type, id });
    if (isError(answer)) announcement.value = { kind: 'error', text: fail(answer) };
    else outbox.value = answer.outbox;
  }

  return {
    locale,
    phase,
    loadError,
    configured,
    settings,
    tab,
    tabState,
    host,
    scannable,
    scanning,
    view,
    isEmpty,
    selected,
    lists,
    listsError,
    selectedLists,
    outboxItems,
    outboxPaused,
    busy,
    announcement,
    pendingUpdate,
    unmappedRoles,
    addCount: computed(() => toAdd.value.length),
    updateCount: computed(() => toUpdate.value.length),
    load,
    scan,
    toggle,
    selectNew,
    toggleList,
    reloadLists: () => loadLists(true),
    add,
    update,
    confirmUpdate,
    cancelUpdate,
    retry: (id: string) => outboxAction('ui/outbox-retry', id),
    discard: (id: string) => outboxAction('ui/outbox-discard', id),
    openOptions: () => deps.openOptions(),
    dispose: () => {
      stopPolling?.();
      stopPolling = undefined;
    },
  };
}

export type PopupStore = ReturnType<typeof createPopupStore>;
