import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { discard, requeueBadCredentials, retry } from '../../../../lib/background/outbox/actions';
import { BACKOFF_CAP_MS, SERVER_WAIT_CAP_MS } from '../../../../lib/background/outbox/policy';
import { outboxItem, outboxPauseItem } from '../../../../lib/storage/items';
import { FakeCentrix } from '../support/fake-centrix';
import { outboxHarness } from '../support/outbox-harness';

describe('outbox drainer', () => {
  let fake: FakeCentrix;
  let h: ReturnType<typeof outboxHarness>;

  beforeEach(() => {
    fakeBrowser.reset();
    fake = new FakeCentrix();
    h = outboxHarness(() => fake.client());
  });

  it('writes the record before sending, then sends creates in one POST and keeps their ids', async () => {
    await h.queue({ email: 'Ada@Example.com', firstName: 'Ada', lastName: 'Lovelace' });
    await h.queue({ email: 'alan@example.com', firstName: 'Alan' });
    expect(await h.byState()).toEqual({ pending: 2 });
    expect(fake.posts).toHaveLength(0);

    await h.drainer().drain();
    expect(fake.posts).toHaveLength(1);
    expect(fake.posts[0]).toEqual([
      { Email: 'ada@example.com', FirstName: 'Ada', LastName: 'Lovelace', ContactScript: [{ ids: '12' }] },
      { Email: 'alan@example.com', FirstName: 'Alan', ContactScript: [{ ids: '12' }] },
    ]);
    const records = await h.records();
    expect(records.map((r) => [r.state, r.contactId, r.inDoubt])).toEqual([
      ['done', '1000', false],
      ['done', '1001', false],
    ]);
    expect(h.scheduled.at(-1)).toBeNull();
  });

  it('batches at most 50 contacts per POST', async () => {
    for (let i = 0; i < 120; i++) await h.queue({ email: `p${i}@example.com` });
    await h.drainer().drain();
    expect(fake.posts.map((p) => p.length)).toEqual([50, 50, 20]);
    expect(fake.contacts).toHaveLength(120);
  });

  it('queues one record for a request id sent twice', async () => {
    await h.queue({ email: 'ada@example.com' }, { id: 'same-request-1' });
    await h.queue({ email: 'ada@example.com' }, { id: 'same-request-1' });
    await h.drainer().drain();
    expect(fake.count('Email', 'ada@example.com')).toBe(1);
  });

  it('reconciles a create that may have been saved and sends it again as an update, never twice', async () => {
    await h.queue({ email: 'ada@example.com', firstName: 'Ada' });
    fake.postFaults.push('commit-then-fail');
    await h.drainer().drain();
    let [record] = await h.records();
    expect(record).toMatchObject({ state: 'waiting', inDoubt: true, failure: { kind: 'ambiguous-write' } });
    expect(h.scheduled.at(-1)).toBe(record!.notBefore);

    await h.advanceToNextWake();
    await h.drainer().drain();
    [record] = await h.records();
    expect(record).toMatchObject({ state: 'done', contactId: '1000', inDoubt: false });
    expect(fake.reads).toHaveLength(1);
    expect(fake.posts[1]).toEqual([
      { Email: 'ada@example.com', FirstName: 'Ada', ContactScript: [{ ids: '12' }], idc: '1000' },
    ]);
    expect(fake.count('Email', 'ada@example.com')).toBe(1);
  });

  it('creates again when the lookup shows the uncertain create did not happen', async () => {
    await h.queue({ email: 'ada@example.com' });
    // A 503 may or may not come before the save: the create is looked up before it is sent again.
    fake.postFaults.push({ status: 503 });
    await h.drainer().drain();
    const [waiting] = await h.records();
    expect(waiting?.state).toBe('waiting');
    await h.advanceToNextWake();
    await h.drainer().drain();
    expect(fake.count('Email', 'ada@example.com')).toBe(1);
    expect((await h.records())[0]?.state).toBe('done');
  });

  it('waits what Retry-After asks, up to a few minutes', async () => {
    await h.queue({ email: 'ada@example.com' });
    fake.postFaults.push({ status: 503, retryAfterMs: 200_000 });
    const start = h.clock.now;
    await h.drainer().drain();
    const [record] = await h.records();
    expect(record?.state).toBe('waiting');
    expect(record!.notBefore! - start).toBeGreaterThanOrEqual(200_000);
    // Not due yet: a drain now sends nothing.
    await h.drainer().drain();
    expect(fake.posts).toHaveLength(1);
  });

  it.each([7_200_000, 10 * 365 * 86_400_000, 1e23, Infinity])(
    'never waits longer than %s ms ask beyond SERVER_WAIT_CAP_MS, and sends once that is over',
    async (retryAfterMs) => {
      await h.queue({ email: 'ada@example.com' });
      fake.postFaults.push({ status: 503, retryAfterMs });
      const start = h.clock.now;
      await h.drainer().drain();
      const [record] = await h.records();
      expect(record?.state).toBe('waiting');
      // The first backoff (at most 30 s) is shorter than the cap: the cap is what it waits.
      expect(record!.notBefore! - start).toBe(SERVER_WAIT_CAP_MS);
      expect(h.scheduled.at(-1)).toBe(start + SERVER_WAIT_CAP_MS);
      h.clock.now = start + SERVER_WAIT_CAP_MS;
      await h.drainer().drain();
      expect((await h.records())[0]?.state).toBe('done');
    },
  );

  it('sends a record an older version parked for years once the longest wait after its last change is over', async () => {
    const record = await h.queue({ email: 'ada@example.com' });
    const parked = { ...record, state: 'waiting', notBefore: h.clock.now + 1e23, updatedAt: h.clock.now };
    await outboxItem.setValue([parked]);
    await h.drainer().drain();
    expect(fake.posts).toHaveLength(0);
    expect(h.scheduled.at(-1)).toBe(h.clock.now + BACKOFF_CAP_MS);
    h.clock.now += BACKOFF_CAP_MS;
    await h.drainer().drain();
    expect((await h.records())[0]?.state).toBe('done');
  });

  it('sends a waiting record at once when the user asks, and lets the user discard one', async () => {
    await h.queue({ email: 'ada@example.com' });
    await h.queue({ email: 'alan@example.com' });
    fake.postFaults.push({ status: 503, retryAfterMs: 120_000 });
    await h.drainer().drain();
    const [ada, alan] = await h.records();
    expect([ada?.state, alan?.state]).toEqual(['waiting', 'waiting']);
    expect(await retry(h.store, ada!.id, h.clock.now)).toBe(true);
    expect(await discard(h.store, alan!.id, h.clock.now)).toBe(true);
    await h.drainer().drain();
    expect((await h.records()).map((r) => [r.id, r.state])).toEqual([[ada!.id, 'done']]);
    expect(fake.contacts.map((c) => c.Email)).toEqual(['ada@example.com']);
  });

  it('splits a refused batch to find the refused contact, and keeps it with the server text', async () => {
    await h.queue({ email: 'ok1@example.com' });
    await h.queue({ email: 'bad@example.com' });
    await h.queue({ email: 'ok2@example.com' });
    fake.postFaults.push({ status: 400, text: 'Invalid email' }, 'commit-then-fail', {
      status: 400,
      text: 'Invalid email',
    });
    // First the batch is refused; then ok1 alone is saved but its answer is lost; bad alone is refused; ok2 saved.
    await h.drainer().drain();
    await h.advanceToNextWake();
    await h.drainer().drain();
    const records = await h.records();
    expect(records.map((r) => r.state)).toEqual(['done', 'failed', 'done']);
    expect(records[1]?.failure).toMatchObject({ kind: 'http', status: 400, serverText: 'Invalid email' });
    expect(fake.contacts.map((c) => c.Email).sort()).toEqual(['ok1@example.com', 'ok2@example.com']);
  });

  it('stops on rejected credentials, pauses, and resumes when new ones are saved', async () => {
    await h.queue({ email: 'ada@example.com' });
    await h.queue({ email: 'alan@example.com' });
    fake.postFaults.push('bad-credentials');
    await h.drainer().drain();
    expect(await h.byState()).toEqual({ failed: 2 });
    expect(await outboxPauseItem.getValue()).toBe('bad-credentials');
    await h.drainer().drain();
    expect(fake.posts).toHaveLength(1);

    expect(await requeueBadCredentials(h.store, h.clock.now)).toBe(2);
    await outboxPauseItem.setValue(null);
    await h.drainer().drain();
    expect(await h.byState()).toEqual({ done: 2 });
  });

  it('asks the user about an uncertain create it has no key to look up, and sends it when told to', async () => {
    await h.queue({ firstName: 'Nameless' });
    fake.postFaults.push('commit-then-fail');
    await h.drainer().drain();
    await h.advanceToNextWake();
    await h.drainer().drain();
    const [record] = await h.records();
    expect(record).toMatchObject({ state: 'failed', failure: { kind: 'unverifiable' } });
    expect(fake.posts).toHaveLength(1);

    expect(await retry(h.store, record!.id, h.clock.now)).toBe(true);
    await h.drainer().drain();
    expect((await h.records())[0]?.state).toBe('done');
  });

  it('re-sends an uncertain create that carries its ExternalID without a lookup (an upsert)', async () => {
    await h.queue({ firstName: 'Ada' }, { assignExternalIds: true, id: 'req-extid-0001' });
    fake.postFaults.push('commit-then-fail');
    await h.drainer().drain();
    await h.advanceToNextWake();
    await h.drainer().drain();
    expect(fake.reads).toHaveLength(0);
    expect(fake.contacts).toHaveLength(1);
    expect(fake.contacts[0]).toMatchObject({ ExternalID: 'ccreqextid0001', FirstName: 'Ada' });
  });

  it('looks a LinkedIn-only contact up by its profile', async () => {
    await h.queue({ linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace/', firstName: 'Ada' });
    fake.postFaults.push('commit-then-fail');
    await h.drainer().drain();
    await h.advanceToNextWake();
    await h.drainer().drain();
    expect(fake.contacts).toHaveLength(1);
    expect((await h.records())[0]?.state).toBe('done');
  });

  it('leaves a record leased by a live worker alone, and reconciles it once the lease expires', async () => {
    await h.queue({ email: 'ada@example.com' });
    fake.postFaults.push('hang-after-commit');
    // Worker 1 sends, the server saves, and the worker is stopped before the answer arrives.
    void h.drainer().drain();
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.contacts).toHaveLength(1);
    const [leased] = await h.records();
    expect(leased).toMatchObject({ state: 'sending', inDoubt: true, lease: { owner: 'worker-1' } });

    // Worker 2 starts while the lease holds: it sends nothing and sets an alarm for the lease's end.
    await h.drainer().drain();
    expect(fake.posts).toHaveLength(1);
    expect(h.scheduled.at(-1)).toBe(leased!.lease!.until);

    await h.advanceToNextWake();
    await h.drainer().drain();
    expect(fake.count('Email', 'ada@example.com')).toBe(1);
    expect((await h.records())[0]).toMatchObject({ state: 'done', contactId: '1000' });
  });

  it('pauses without the host permission and sends nothing', async () => {
    await h.queue({ email: 'ada@example.com' });
    h.env.permission = false;
    await h.drainer().drain();
    expect(fake.posts).toHaveLength(0);
    expect(await outboxPauseItem.getValue()).toBe('permission');
    h.env.permission = true;
    await h.drainer().drain();
    expect(await outboxPauseItem.getValue()).toBeNull();
    expect(fake.posts).toHaveLength(1);
  });

  it('pauses without credentials', async () => {
    const noCredentials = outboxHarness(() => fake.client(), {
      getAccess: async () => ({ ok: false, pause: 'no-credentials' }),
    });
    await noCredentials.queue({ email: 'ada@example.com' });
    await noCredentials.drainer().drain();
    expect(await outboxPauseItem.getValue()).toBe('no-credentials');
    expect(await noCredentials.byState()).toEqual({ pending: 1 });
  });

  it('keeps retrying a failing lookup without sending the uncertain create', async () => {
    await h.queue({ email: 'ada@example.com' });
    fake.postFaults.push('commit-then-fail');
    await h.drainer().drain();
    fake.readFaults.push('network', 'timeout');
    for (let i = 0; i < 2; i++) {
      await h.advanceToNextWake();
      await h.drainer().drain();
      expect((await h.records())[0]).toMatchObject({ state: 'waiting', inDoubt: true });
    }
    await h.advanceToNextWake();
    await h.drainer().drain();
    expect(fake.posts).toHaveLength(2);
    expect(fake.count('Email', 'ada@example.com')).toBe(1);
  });

  it('runs one drain at a time in a worker: a call during a drain runs it once more', async () => {
    const drainer = h.drainer();
    await h.queue({ email: 'a@example.com' });
    const first = drainer.drain();
    await h.queue({ email: 'b@example.com' });
    const second = drainer.drain();
    await Promise.all([first, second]);
    expect(await h.byState()).toEqual({ done: 2 });
    expect(fake.contacts).toHaveLength(2);
  });
});
