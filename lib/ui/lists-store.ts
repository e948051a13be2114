// The account's contact lists (Centrix "Scripts"), read through the background, with the ones chosen. The popup
// chooses lists for the contacts it queues; the options page chooses the defaults (kept in its draft), so it only
// reads `lists`, `error` and `reload` from here.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Locale } from '../i18n';
import type { ListOption } from '../messaging/contract';
import type { SendMessage } from './client';
import { isError, request } from './client';
import { errorText } from './reason-text';

export function createListsStore(send: SendMessage, locale: ReadonlySignal<Locale>) {
  const lists = signal<ListOption[] | undefined>(undefined);
  const error = signal<string | undefined>(undefined);
  const selected = signal<ReadonlySet<string>>(new Set());

  async function load(refresh = false): Promise<void> {
    error.value = undefined;
    const answer = await request(send, { type: 'ui/lists-get', ...(refresh ? { refresh } : {}) });
    if (isError(answer)) error.value = errorText(locale.value, answer);
    else lists.value = answer.lists;
  }

  function toggle(id: string): void {
    const next = new Set(selected.value);
    if (!next.delete(id)) next.add(id);
    selected.value = next;
  }

  return {
    /** `undefined` until read (or after the credentials are forgotten). */
    lists,
    error,
    selected,
    selectedIds: computed(() => [...selected.value]),
    load,
    reload: () => load(true),
    toggle,
    select: (ids: readonly string[]) => (selected.value = new Set(ids)),
    forget: () => (lists.value = undefined),
  };
}

export type ListsStore = ReturnType<typeof createListsStore>;
