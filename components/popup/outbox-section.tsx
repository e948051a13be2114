import type { OutboxItemView } from '../../lib/ui/view-types';
import { useLocale, useT, type Translate } from '../shared/i18n';
import type { Locale } from '../../lib/i18n';

export interface OutboxSectionProps {
  items: OutboxItemView[];
  onRetry: (id: string) => void;
  onDiscard: (id: string) => void;
}

function clock(locale: Locale, at: number): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(at);
}

function stateText(tr: Translate, locale: Locale, item: OutboxItemView): string {
  const { state } = item;
  switch (state.kind) {
    case 'pending':
      return tr('popupOutboxPending');
    case 'sending':
      return tr('popupOutboxSending');
    case 'waiting':
      return state.reason
        ? tr('popupOutboxWaitingReason', clock(locale, state.until), state.reason)
        : tr('popupOutboxWaiting', clock(locale, state.until));
    case 'failed':
      return tr('popupOutboxFailed', state.reason);
    case 'done':
      return state.idc ? tr('popupOutboxDoneId', state.idc) : tr('popupOutboxDone');
  }
}

/** Contacts queued for Centrix: the worker sends them even after the popup closes; failures wait here. */
export function OutboxSection({ items, onRetry, onDiscard }: OutboxSectionProps) {
  const tr = useT();
  const locale = useLocale();
  if (items.length === 0) return null;
  return (
    <section class="section" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">{tr('popupOutboxHeading', items.length)}</h2>
      <ul aria-live="polite">
        {items.map((item) => {
          const failed = item.state.kind === 'failed';
          const retryable = failed || item.state.kind === 'waiting';
          return (
            <li class="item" key={item.id}>
              <div class="body">
                <div class="line">
                  <strong>{item.label}</strong>{' '}
                  <span class="muted small">
                    {item.action === 'create' ? tr('popupOutboxCreate') : tr('popupOutboxUpdate')}
                  </span>
                </div>
                <div class={failed ? 'small field-error' : 'small muted'}>{stateText(tr, locale, item)}</div>
              </div>
              {(retryable || failed) && (
                <div class="row">
                  {retryable && (
                    <button
                      type="button"
                      onClick={() => onRetry(item.id)}
                      aria-label={tr('popupOutboxRetryLabel', item.label)}
                    >
                      {tr('uiRetry')}
                    </button>
                  )}
                  {failed && (
                    <button
                      type="button"
                      onClick={() => onDiscard(item.id)}
                      aria-label={tr('popupOutboxDiscardLabel', item.label)}
                    >
                      {tr('popupOutboxDiscard')}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
