// The outbox with the real Centrix client against the sandbox over loopback HTTP, under random faults: 30% of
// requests are saved-then-answered-500 (commit-then-fail) and runs of 503s with Retry-After come and go. Nothing is
// slept: the client's sleep is instant and the drainer's clock jumps to each alarm.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCentrixClient } from '../../../../lib/centrix';
import { composeRecord } from '../../../../lib/background/outbox/compose';
import { enqueue } from '../../../../lib/background/outbox/actions';
import { createDrainer } from '../../../../lib/background/outbox/drainer';
import { createOutboxStore, validRecords } from '../../../../lib/background/outbox/store';
import { outboxItem, outboxPauseItem } from '../../../../lib/storage/items';
import type { FieldMapping } from '../../../../lib/storage/settings-schema';
import { startSandbox, type Sandbox } from '../../../sandbox/server';

const KEY = 'outboxKey_7Qx2';
const ACCOUNT = '4242';

async function control(sandbox: Sandbox, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox.origin}/__sandbox/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response.json();
}

/** A small deterministic generator, so a failing run can be replayed. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function runCreates(sandbox: Sandbox, count: number, seed: number) {
  const random = mulberry32(seed);
  const clock = { now: Date.UTC(2030, 0, 1) };
  const mapping: FieldMapping = {
    email: sandbox.fieldName('email'),
    firstName: sandbox.fieldName('firstName'),
    lastName: sandbox.fieldName('lastName'),
    company: sandbox.fieldName('company'),
  };
  const client = createCentrixClient({
    baseUrl: sandbox.apiBase,
    account: sandbox.account,
    apiKey: sandbox.key,
    language: sandbox.schema === 'fr' ? 'FR' : 'EN',
    fetch: globalThis.fetch,
    now: () => clock.now,
    sleep: async () => undefined,
    random,
  });
  const store = createOutboxStore(outboxItem);
  let workers = 0;
  let posts = 0;
  let lookups = 0;
  const newWorker = () =>
    createDrainer({
      store,
      getAccess: async () => ({ ok: true, access: { client, urlOverhead: sandbox.apiBase.length + 60 } }),
      hasHostPermission: async () => true,
      pause: outboxPauseItem,
      schedule: async () => undefined,
      now: () => clock.now,
      random,
      owner: `worker-${++workers}`,
    });

  await control(sandbox, 'faults', {
    seed,
    faults: [
      { type: 'status', status: 503, retryAfter: '45', probability: 0.04, run: 4 },
      { type: 'commit-then-fail', probability: 0.3 },
    ],
  });

  // The user adds contacts a few at a time while the outbox drains; each round is a new worker (an alarm woke it).
  const emails: string[] = [];
  let rounds = 0;
  while (rounds < 2000) {
    rounds += 1;
    const batch = emails.length < count ? Math.min(count - emails.length, 1 + Math.floor(random() * 40)) : 0;
    for (let i = 0; i < batch; i++) {
      const n = emails.length;
      const email = `prospect${n}.${seed}@example${n % 17}.com`;
      emails.push(email);
      const composed = composeRecord(
        {
          type: 'ui/contact-save',
          requestId: `req-${seed}-${String(n).padStart(6, '0')}`,
          values: { email, firstName: `First${n}`, lastName: `Last${n}`, company: `Company ${n % 23}` },
          listIds: [],
        },
        { mapping, assignExternalIds: false, now: clock.now },
      );
      if (!composed.ok) throw new Error('unmapped');
      await enqueue(store, composed.record);
    }
    const worker = newWorker();
    await worker.drain();
    posts += worker.stats.posts;
    lookups += worker.stats.lookups;
    const records = validRecords(await store.read());
    const open = records.filter((r) => r.state !== 'done');
    if (emails.length === count && open.length === 0) break;
    expect(records.filter((r) => r.state === 'failed')).toEqual([]);
    const wakes = open.flatMap((r) => (r.state === 'waiting' ? [r.notBefore ?? 0] : []));
    clock.now = Math.max(clock.now + 1000, wakes.length > 0 ? Math.min(...wakes) : 0);
  }
  await control(sandbox, 'faults', []);
  await fetch(`${sandbox.origin}/__sandbox/faults`, { method: 'DELETE' });

  const log = (await control(sandbox, 'requests')) as { method: string; status: number; fault?: string }[];
  const emailField = mapping.email!;
  const perEmail = new Map<string, number>();
  for (const contact of sandbox.contacts()) {
    const email = String(contact[emailField] ?? '').toLowerCase();
    perEmail.set(email, (perEmail.get(email) ?? 0) + 1);
  }
  const duplicates = [...perEmail.values()].filter((n) => n > 1).length;
  const missing = emails.filter((e) => !perEmail.has(e)).length;
  return {
    records: validRecords(await store.read()),
    contacts: sandbox.contacts().length,
    duplicates,
    missing,
    rounds,
    posts,
    lookups,
    postsInLog: log.filter((e) => e.method === 'POST').length,
    getsInLog: log.filter((e) => e.method === 'GET').length,
    commitThenFail: log.filter((e) => e.fault === 'commit-then-fail').length,
    unavailable: log.filter((e) => e.status === 503).length,
  };
}

describe('outbox against the sandbox under faults', () => {
  let en: Sandbox;
  let fr: Sandbox;

  beforeAll(async () => {
    en = await startSandbox({ port: 0, empty: true, key: KEY, account: ACCOUNT });
    fr = await startSandbox({ port: 0, empty: true, key: KEY, account: ACCOUNT, schema: 'fr', seed: 3 });
  });
  afterAll(async () => {
    await en.close();
    await fr.close();
  });
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it(
    'ends 1,000 random creates with exactly 1,000 contacts: none lost, none duplicated',
    { timeout: 300_000 },
    async () => {
      const figures = await runCreates(en, 1000, 20300);
      console.log(
        `[outbox figures] creates queued: 1000; POSTs sent: ${figures.posts} (log: ${figures.postsInLog}); ` +
          `reconciliation GETs: ${figures.lookups} (log GETs: ${figures.getsInLog}); ` +
          `commit-then-fail answers: ${figures.commitThenFail}; 503 answers: ${figures.unavailable}; ` +
          `contacts in the sandbox: ${figures.contacts}; duplicates: ${figures.duplicates}; missing: ${figures.missing}; ` +
          `worker rounds: ${figures.rounds}`,
      );
      expect(figures.commitThenFail).toBeGreaterThan(0);
      expect(figures.unavailable).toBeGreaterThan(0);
      // Done records are pruned to the latest 100: none is left open, failed or waiting.
      expect(figures.records.length).toBeGreaterThan(0);
      expect(figures.records.every((r) => r.state === 'done' && r.contactId !== undefined)).toBe(true);
      expect(figures.contacts).toBe(1000);
      expect(figures.duplicates).toBe(0);
      expect(figures.missing).toBe(0);
    },
  );

  it('does the same with French field names (nothing hard-coded)', async () => {
    const figures = await runCreates(fr, 200, 777);
    expect(fr.fieldName('email')).toBe('Courriel');
    expect(figures.records.every((r) => r.state === 'done')).toBe(true);
    expect(figures.contacts).toBe(200);
    expect(figures.duplicates).toBe(0);
    expect(figures.missing).toBe(0);
  });
});
