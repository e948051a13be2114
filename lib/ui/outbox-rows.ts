import type { Locale } from '../i18n';
import type { OutboxView } from '../messaging/contract';
import { reasonText } from './reason-text';
import type { OutboxItemView as OutboxRow } from './view-types';

/** The outbox as the popup lists it: newest first, finished items after the ones still needing attention. */
export function outboxRows(locale: Locale, outbox: OutboxView): OutboxRow[] {
  const order = { failed: 0, waiting: 1, sending: 2, pending: 3, done: 4 } as const;
  return [...outbox.items]
    .sort((a, b) => order[a.state] - order[b.state] || b.createdAt - a.createdAt)
    .map((item) => {
      const reason = item.message ?? (item.reason ? reasonText(locale, item.reason) : undefined);
      const base = { id: item.id, label: item.label, action: item.action };
      switch (item.state) {
        case 'waiting':
          return {
            ...base,
            state: { kind: 'waiting', until: item.until ?? item.updatedAt, ...(reason ? { reason } : {}) },
          };
        case 'failed':
          return { ...base, state: { kind: 'failed', reason: reason ?? reasonText(locale, 'unexpected') } };
        case 'done':
          return { ...base, state: { kind: 'done', ...(item.contactId ? { idc: item.contactId } : {}) } };
        default:
          return { ...base, state: { kind: item.state } };
      }
    });
}
