import type { OutboxItemView } from '../../lib/ui/view-types';
import { whenText } from '../../lib/ui/when-text';
import { useLocale, useT, type Translate } from '../shared/i18n';
import type { Locale } from '../../lib/i18n';
import type { ComponentChildren } from 'preact';
import { Outside, Said } from '../shared/outside';
import { inlineText } from '../../lib/ui/outside-text';

export interface OutboxSectionProps {
  items: OutboxItemView[];
  onRetry: (id: string) => void;
  onDiscard: (id: string) => void;
  /** The clock the wait ends are told against (a wait beyond today shows its date). */
  now?: number;
}

function waitingText(when: string | undefined, reason: string | undefined): ComponentChildren {
  if (when === undefined) {
    return reason ? (
      <Said k="popupOutboxWaitingSoonReason" subs={[reason]} />
    ) : (
      <Said k="popupOutboxWaitingSoon" subs={[]} />
    );
  }
  return reason ? (
    <Said k="popupOutboxWaitingReason" subs={[when, reason]} />
  ) : (
    <Said k="popupOutboxWaiting" subs={[when]} />
  );
}

function stateText(tr: Translate, locale: Locale, item: OutboxItemView, now: number): ComponentChildren {
  const { state } = item;
  switch (state.kind) {
    case 'pending':
      return tr('popupOutboxPending');
    case 'sending':
      return tr('popupOutboxSending');
    case 'waiting':
      return waitingText(whenText(locale, state.until, now), state.reason);
    case 'failed':
      return <Said k="popupOutboxFailed" subs={[state.reason]} />;
    case 'done':
      return state.idc ? <Said k="popupOutboxDoneId" subs={[state.idc]} /> : tr('popupOutboxDone');
  }
}

/** Contacts queued for Centrix: the worker sends them even after the popup closes; failures wait here. */
export function OutboxSection({ items, onRetry, onDiscard, now = Date.now() }: OutboxSectionProps) {
  const tr = useT();
  const locale = useLocale();
  if (items.length === 0) return null;
  return (
    <section class="section" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">{tr('popupOutboxHeading', items.length)}</h2>
      <ul aria-live="polite">
        {items.map((item) => {
          const failed = item.state.kind === 'failed';
          // A waiting item can be sent at once or given up, like a failed one: no server's wait is final.
          const waiting = item.state.kind === 'waiting';
          return (
            <li class="item" key={item.id}>
              <div class="body">
                <div class="line">
                  <strong>
                    <Outside text={item.label} />
                  </strong>{' '}
                  <span class="muted small">
                    {item.action === 'create' ? tr('popupOutboxCreate') : tr('popupOutboxUpdate')}
                  </span>
                </div>
                <div class={failed ? 'small field-error' : 'small muted'}>{stateText(tr, locale, item, now)}</div>
              </div>
              {(waiting || failed) && (
                <div class="row">
                  <button
                    type="button"
                    onClick={() => onRetry(item.id)}
                    aria-label={tr(
                      waiting ? 'popupOutboxSendNowLabel' : 'popupOutboxRetryLabel',
                      inlineText(item.label),
                    )}
                  >
                    {tr(waiting ? 'popupOutboxSendNow' : 'uiRetry')}
                  </button>
                  <button
                    type="button"
                    onClick={() => onDiscard(item.id)}
                    aria-label={tr('popupOutboxDiscardLabel', inlineText(item.label))}
                  >
                    {tr('popupOutboxDiscard')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
