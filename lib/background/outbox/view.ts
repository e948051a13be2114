// The outbox as the popup shows it: one line per record, with the reason in the user's language.
import { describeFailure } from '../../centrix/failures';
import type { CentrixFailureKind } from '../../centrix/types';
import { t, type Locale } from '../../i18n';
import type { OutboxItemState, OutboxItemView, OutboxPause, OutboxView } from '../../messaging/contract';
import { dueAt } from './policy';
import type { RecordFailure, StoredEntry } from './record';

const STATES: OutboxItemState[] = ['pending', 'sending', 'waiting', 'failed', 'done'];

function failureText(failure: RecordFailure, locale: Locale): string {
  if (failure.kind === 'unverifiable') return t(locale, 'outboxUnverifiable');
  return describeFailure(
    { ...failure, kind: failure.kind as CentrixFailureKind, retryable: false, attempts: 1 },
    locale,
  );
}

export function toOutboxView(entries: readonly StoredEntry[], paused: OutboxPause, locale: Locale): OutboxView {
  const items: OutboxItemView[] = entries.map((entry) => {
    if (!entry.valid) {
      return {
        id: entry.id,
        action: 'create',
        label: t(locale, 'outboxUnreadableLabel'),
        state: 'failed',
        reason: 'unreadable',
        message: t(locale, 'outboxUnreadable'),
        attempts: 0,
        createdAt: 0,
        updatedAt: 0,
      };
    }
    const r = entry.record;
    const view: OutboxItemView = {
      id: r.id,
      action: r.action,
      label: r.label,
      state: r.state,
      attempts: r.attempts,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
    if (r.state === 'waiting') view.until = dueAt(r);
    if (r.failure && (r.state === 'waiting' || r.state === 'failed')) {
      view.reason = r.failure.kind;
      view.message = failureText(r.failure, locale);
    }
    if (r.contactId) view.contactId = r.contactId;
    return view;
  });
  const counts = Object.fromEntries(STATES.map((s) => [s, items.filter((i) => i.state === s).length])) as Record<
    OutboxItemState,
    number
  >;
  return { paused, items, counts };
}
