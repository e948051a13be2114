// The outbox, for the popup: queue a save (written to storage before anything is sent), see where each one is,
// retry or discard the ones that stopped.
import { t } from '../../i18n';
import type { BackgroundRequest, BackgroundResponse } from '../../messaging/contract';
import { localeOf, type BackgroundDeps } from '../deps';
import { discard, enqueue, retry } from '../outbox/actions';
import { composeRecord } from '../outbox/compose';
import { toOutboxView } from '../outbox/view';

/** Wakes the drainer now, with an alarm set first in case this worker is stopped before the drain ends. */
export async function wakeDrainer(deps: BackgroundDeps): Promise<void> {
  await deps.platform.scheduleDrain(deps.now());
  void deps.drainer.drain().catch(deps.report);
}

export async function handleContactSave(
  deps: BackgroundDeps,
  request: BackgroundRequest<'ui/contact-save'>,
): Promise<BackgroundResponse<'ui/contact-save'>> {
  const settings = await deps.settings.read();
  const composed = composeRecord(request, {
    mapping: settings.fieldMapping,
    assignExternalIds: settings.assignExternalIds,
    now: deps.now(),
  });
  if (!composed.ok) {
    const message = t(settings.uiLanguage, 'bgUnmappedRoles', composed.unmappedRoles.join(', '));
    return { ok: false, error: 'invalid', reason: 'unmapped', message };
  }
  const stored = await enqueue(deps.outbox, composed.record);
  await wakeDrainer(deps);
  return { ok: true, itemId: stored.id, state: stored.state };
}

export async function handleOutboxStatus(deps: BackgroundDeps): Promise<BackgroundResponse<'ui/outbox-status'>> {
  const [entries, pause, locale] = await Promise.all([deps.outbox.read(), deps.pause.getValue(), localeOf(deps)]);
  return { ok: true, outbox: toOutboxView(entries, pause, locale) };
}

export async function handleOutboxRetry(
  deps: BackgroundDeps,
  request: BackgroundRequest<'ui/outbox-retry'>,
): Promise<BackgroundResponse<'ui/outbox-retry'>> {
  if (await retry(deps.outbox, request.id, deps.now())) await wakeDrainer(deps);
  return handleOutboxStatus(deps);
}

export async function handleOutboxDiscard(
  deps: BackgroundDeps,
  request: BackgroundRequest<'ui/outbox-discard'>,
): Promise<BackgroundResponse<'ui/outbox-discard'>> {
  await discard(deps.outbox, request.id, deps.now());
  return handleOutboxStatus(deps);
}
