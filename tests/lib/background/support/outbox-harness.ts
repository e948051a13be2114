// Builds outboxes over the fake browser's storage.local, with a settable clock and permission, and a fresh drainer
// on demand (a new drainer = a new worker: it knows only what storage holds).
import type { CentrixClient } from '../../../../lib/centrix/types';
import { composeRecord } from '../../../../lib/background/outbox/compose';
import { enqueue } from '../../../../lib/background/outbox/actions';
import { createDrainer, type DrainerDeps } from '../../../../lib/background/outbox/drainer';
import type { OutboxRecord } from '../../../../lib/background/outbox/record';
import { createOutboxStore, validRecords } from '../../../../lib/background/outbox/store';
import { outboxItem, outboxPauseItem } from '../../../../lib/storage/items';
import type { FieldMapping } from '../../../../lib/storage/settings-schema';

export const MAPPING: FieldMapping = {
  email: 'Email',
  firstName: 'FirstName',
  lastName: 'LastName',
  company: 'Company',
  linkedinUrl: 'Contact_Custom_LinkedIn',
};

export function outboxHarness(client: () => CentrixClient, overrides: Partial<DrainerDeps> = {}) {
  const clock = { now: 1_700_000_000_000 };
  const scheduled: (number | null)[] = [];
  const env = { permission: true };
  const store = createOutboxStore(outboxItem);
  let workers = 0;

  const drainer = () =>
    createDrainer({
      store,
      getAccess: async () => ({ ok: true, access: { client: client(), urlOverhead: 120 } }),
      hasHostPermission: async () => env.permission,
      pause: outboxPauseItem,
      schedule: async (at) => {
        scheduled.push(at);
      },
      now: () => clock.now,
      random: () => 0.5,
      owner: `worker-${++workers}`,
      ...overrides,
    });

  let requests = 0;
  const queue = async (
    values: Record<string, string>,
    options: { listIds?: string[]; assignExternalIds?: boolean; contactId?: string; id?: string } = {},
  ): Promise<OutboxRecord> => {
    const composed = composeRecord(
      {
        type: 'ui/contact-save',
        requestId: options.id ?? `request-${String(++requests).padStart(6, '0')}`,
        values,
        listIds: options.listIds ?? ['12'],
        ...(options.contactId ? { contactId: options.contactId } : {}),
      },
      { mapping: MAPPING, assignExternalIds: options.assignExternalIds ?? false, now: clock.now },
    );
    if (!composed.ok) throw new Error(`unmapped ${composed.unmappedRoles.join()}`);
    return enqueue(store, composed.record);
  };

  const records = async () => validRecords(await store.read());
  const byState = async () => {
    const counts: Record<string, number> = {};
    for (const r of await records()) counts[r.state] = (counts[r.state] ?? 0) + 1;
    return counts;
  };
  /** Moves the clock to the earliest time something is waiting for (the alarm firing). */
  const advanceToNextWake = async () => {
    const times = (await records()).flatMap((r) =>
      r.state === 'waiting' ? [r.notBefore ?? 0] : r.state === 'sending' ? [r.lease?.until ?? 0] : [],
    );
    if (times.length > 0) clock.now = Math.max(clock.now, Math.min(...times));
    return times.length > 0;
  };

  return { clock, scheduled, env, store, drainer, queue, records, byState, advanceToNextWake };
}
