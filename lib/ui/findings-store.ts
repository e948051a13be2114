// The page the popup is about: its tab, the background's findings for it with their Centrix status, and the
// on-demand scan. Findings this popup queued are marked through the outbox store.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Locale } from '../i18n';
import type { TabState } from '../messaging/contract';
import type { AnnouncementSignal } from './announcement';
import type { ActiveTab } from './browser-deps';
import type { SendMessage } from './client';
import { isError, request } from './client';
import { findingsView, type MatchDecisions } from './findings-view';
import { isNewish } from './lookup-kinds';
import type { OutboxStore } from './outbox-store';
import { errorText } from './reason-text';
import type { LookupView } from './view-types';

export function createFindingsStore(
  send: SendMessage,
  locale: ReadonlySignal<Locale>,
  announcement: AnnouncementSignal,
  outbox: Pick<OutboxStore, 'queuedLookup'>,
) {
  const tab = signal<ActiveTab | undefined>(undefined);
  const tabState = signal<TabState | null>(null);
  const scanning = signal(false);
  /** The user's answers to possible matches, by person key. */
  const decisions = signal<MatchDecisions>(new Map());
  /** People whose near account match the user accepted: they join that account when created. */
  const joins = signal<ReadonlySet<string>>(new Set());

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
    const base = findingsView(tabState.value, decisions.value);
    const mark = <T extends { key: string; lookup: LookupView }>(item: T): T => {
      const queued = outbox.queuedLookup(item.key);
      return queued ? { ...item, lookup: queued } : item;
    };
    return { ...base, people: base.people.map(mark), emails: base.emails.map(mark) };
  });
  const isEmpty = computed(() => {
    const v = view.value;
    return v.people.length + v.emails.length + v.companies.length + v.missing.length === 0;
  });
  /** The people "Add" would create. */
  const newPeople = computed(() => view.value.people.filter((p) => isNewish(p.lookup)).map((p) => p.key));
  /** A lookup is running, or failed and the background will try again by itself: worth reading again. */
  const lookupPending = computed(() => {
    const lookup = tabState.value?.lookup;
    return lookup?.status === 'pending' || (lookup?.status === 'failed' && lookup.retryAt !== undefined);
  });

  /** The user says whether a possible match is this person (`same`) or someone else (`other`). */
  function decide(key: string, decision: 'same' | 'other'): void {
    decisions.value = new Map([...decisions.value, [key, decision]]);
  }

  function toggleJoin(key: string): void {
    const next = new Set(joins.value);
    if (!next.delete(key)) next.add(key);
    joins.value = next;
  }

  async function load(): Promise<void> {
    const current = tab.value;
    if (!current) return;
    const answer = await request(send, { type: 'ui/tab-state', tabId: current.id });
    if (!isError(answer)) tabState.value = answer.state;
  }

  /** Scans the tab; resolves with whether a lookup is still running, so the caller can keep polling. */
  async function scan(): Promise<boolean> {
    const current = tab.value;
    if (!current || scanning.value) return false;
    scanning.value = true;
    announcement.value = null;
    const answer = await request(send, { type: 'ui/scan-tab', tabId: current.id });
    scanning.value = false;
    if (isError(answer)) {
      announcement.value = { kind: 'error', text: errorText(locale.value, answer) };
      return false;
    }
    tabState.value = answer.state;
    const found = findingsView(answer.state);
    const count = found.people.length + found.emails.length + found.companies.length;
    announcement.value = count === 0 ? { kind: 'scan-empty' } : { kind: 'scan-done', count };
    return answer.state?.lookup.status === 'pending';
  }

  return {
    tab,
    tabState,
    host,
    scannable,
    scanning,
    view,
    isEmpty,
    newPeople,
    lookupPending,
    decisions,
    joins,
    decide,
    toggleJoin,
    load,
    scan,
  };
}

export type FindingsStore = ReturnType<typeof createFindingsStore>;
