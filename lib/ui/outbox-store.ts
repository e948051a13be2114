// The popup's view of the outbox: its items in words, the pause, retry and discard, and which findings this popup
// queued (by finding key, with the outbox item each became) so the findings view can mark them.
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Locale } from '../i18n';
import type { ErrorResponse, OutboxView } from '../messaging/contract';
import type { AnnouncementSignal } from './announcement';
import type { SendMessage } from './client';
import { isError, request } from './client';
import { outboxRows } from './outbox-rows';
import { errorText } from './reason-text';
import type { LookupView } from './view-types';

export function createOutboxStore(send: SendMessage, locale: ReadonlySignal<Locale>, announcement: AnnouncementSignal) {
  const outbox = signal<OutboxView | undefined>(undefined);
  const queued = signal<ReadonlyMap<string, string>>(new Map());
  const items = computed(() => (outbox.value ? outboxRows(locale.value, outbox.value) : []));
  const paused = computed(() => outbox.value?.paused ?? null);
  const fail = (error: ErrorResponse) => errorText(locale.value, error);

  async function load(): Promise<void> {
    const answer = await request(send, { type: 'ui/outbox-status' });
    if (!isError(answer)) outbox.value = answer.outbox;
  }

  /** Something is still on its way: the popup keeps polling. */
  function sending(): boolean {
    return outbox.value?.items.some((i) => i.state !== 'failed' && i.state !== 'done') ?? false;
  }

  /** A finding sent from this popup: queued until its outbox item is saved, then a Centrix contact like any other. */
  function queuedLookup(key: string): LookupView | undefined {
    const itemId = queued.value.get(key);
    if (itemId === undefined) return undefined;
    const item = outbox.value?.items.find((i) => i.id === itemId);
    if (item?.state === 'done' && item.contactId) return { kind: 'known', idc: item.contactId };
    return { kind: 'queued' };
  }

  function noteQueued(done: readonly (readonly [key: string, itemId: string])[]): void {
    batch(() => {
      queued.value = new Map([...queued.value, ...done]);
    });
  }

  async function act(type: 'ui/outbox-retry' | 'ui/outbox-discard', id: string): Promise<void> {
    const answer = await request(send, { type, id });
    if (isError(answer)) announcement.value = { kind: 'error', text: fail(answer) };
    else outbox.value = answer.outbox;
  }

  return {
    /** The raw view, for tests and the polling rule. */
    outbox,
    items,
    paused,
    load,
    sending,
    queuedLookup,
    noteQueued,
    retry: (id: string) => act('ui/outbox-retry', id),
    discard: (id: string) => act('ui/outbox-discard', id),
  };
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;
