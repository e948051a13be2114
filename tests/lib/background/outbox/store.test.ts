import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { discard, enqueue, retry } from '../../../../lib/background/outbox/actions';
import type { OutboxRecord } from '../../../../lib/background/outbox/record';
import { createOutboxStore, validRecords } from '../../../../lib/background/outbox/store';
import { toOutboxView } from '../../../../lib/background/outbox/view';
import { outboxItem } from '../../../../lib/storage/items';

const record = (id: string, extra: Partial<OutboxRecord> = {}): OutboxRecord => ({
  id,
  action: 'create',
  contact: { Email: `${id}@example.com` },
  keys: { email: { field: 'Email', value: `${id}@example.com` } },
  label: id,
  state: 'pending',
  attempts: 0,
  createdAt: 1,
  updatedAt: 1,
  inDoubt: false,
  ...extra,
});

describe('outbox store and actions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps a damaged entry, shows it as unreadable, never sends it, and lets the user discard it', async () => {
    await fakeBrowser.storage.local.set({ outbox: [record('good'), { id: 'broken', state: 'sending' }, 42] });
    const store = createOutboxStore(outboxItem);
    const entries = await store.read();
    expect(validRecords(entries).map((r) => r.id)).toEqual(['good']);
    const view = toOutboxView(entries, null, 'fr');
    expect(view.items.map((i) => [i.id, i.state, i.reason])).toEqual([
      ['good', 'pending', undefined],
      ['broken', 'failed', 'unreadable'],
      [expect.stringMatching(/^unreadable-[0-9a-f]{8}$/), 'failed', 'unreadable'],
    ]);
    const numberId = view.items[2]!.id;
    expect(view.items[1]?.message).toMatch(/endommagé/);
    // Adding a record rewrites the list without losing the damaged entries.
    await enqueue(store, record('new'));
    expect(((await outboxItem.getValue()) as unknown[]).length).toBe(4);
    expect(await discard(store, 'broken', 10)).toBe(true);
    expect(await discard(store, numberId, 10)).toBe(true);
    expect(((await outboxItem.getValue()) as { id?: string }[]).map((e) => e.id)).toEqual(['good', 'new']);
  });

  it('keeps a stored value that is not a list instead of overwriting it unseen', async () => {
    await fakeBrowser.storage.local.set({ outbox: { not: 'a list' } });
    const store = createOutboxStore(outboxItem);
    await enqueue(store, record('a'));
    expect(await outboxItem.getValue()).toEqual([{ not: 'a list' }, record('a')]);
  });

  it('refuses to discard a record being sent under a live lease, and retries only failed ones', async () => {
    const store = createOutboxStore(outboxItem);
    await enqueue(store, record('busy', { state: 'sending', lease: { owner: 'w', until: 100 } }));
    await enqueue(store, record('stuck', { state: 'failed', attempts: 7, failure: { kind: 'http', status: 400 } }));
    expect(await discard(store, 'busy', 50)).toBe(false);
    expect(await discard(store, 'busy', 150)).toBe(true);
    expect(await retry(store, 'nope', 1)).toBe(false);
    expect(await retry(store, 'stuck', 1)).toBe(true);
    const [requeued] = validRecords(await store.read());
    expect(requeued).toMatchObject({ state: 'pending', attempts: 0 });
    expect(requeued?.failure).toBeUndefined();
    expect(await retry(store, 'stuck', 1)).toBe(false);
  });

  it('describes each state for the popup, with reasons in the UI language', async () => {
    const view = toOutboxView(
      [
        {
          valid: true,
          record: record('w', {
            state: 'waiting',
            notBefore: 99,
            failure: { kind: 'unavailable', retryAfterMs: 60_000 },
          }),
        },
        { valid: true, record: record('f', { state: 'failed', failure: { kind: 'unverifiable' } }) },
        { valid: true, record: record('d', { state: 'done', contactId: '1001' }) },
      ],
      'permission',
      'en',
    );
    expect(view.paused).toBe('permission');
    expect(view.counts).toEqual({ pending: 0, sending: 0, waiting: 1, failed: 1, done: 1 });
    expect(view.items[0]).toMatchObject({ state: 'waiting', until: 99, reason: 'unavailable' });
    expect(view.items[0]?.message).toMatch(/1 min|60 s/);
    expect(view.items[1]?.message).toMatch(/LinkedIn/);
    expect(view.items[2]).toMatchObject({ state: 'done', contactId: '1001' });
  });
});
