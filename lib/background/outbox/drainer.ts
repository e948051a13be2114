// The single sender of the outbox. A drain claims due records under the outbox lock, writing a lease (owner and
// expiry) into each before anything is sent, so no other drain (in this worker, or in a new worker after this one
// was stopped) sends them while the lease holds. A create that may have reached Centrix unseen stays `inDoubt` and
// is reconciled (reconcile.ts) before it is sent again. Waiting is never a timer: the caller turns `schedule(at)`
// into an alarm, and every wake-up (alarm, startup, network back, new item) calls `drain()`.
import type { CentrixContact, CentrixFailureData } from '../../centrix/types';
import type { OutboxPause } from '../../messaging/contract';
import type { SendAccess } from '../api-access';
import { MAX_ATTEMPTS, dueAt, retryDelay, serverWait, surelyNotApplied, verdictFor } from './policy';
import { isBlindCreate, type OutboxRecord, type RecordFailure, type StoredEntry } from './record';
import { reconcile } from './reconcile';
import { replaceRecord, validRecords, type OutboxStore } from './store';

export type AccessResult = { ok: true; access: SendAccess } | { ok: false; pause: NonNullable<OutboxPause> };

export interface DrainerDeps {
  store: OutboxStore;
  getAccess(): Promise<AccessResult>;
  hasHostPermission(): Promise<boolean>;
  pause: { getValue(): Promise<OutboxPause>; setValue(pause: OutboxPause): Promise<void> };
  /** Wake a drain at `at` (ms since epoch), or never (null). */
  schedule(at: number | null): Promise<void>;
  now(): number;
  random?(): number;
  /** Unique per worker instance. */
  owner: string;
  /** Longer than one send can last (client timeout × attempts): a lease outliving its worker only delays. */
  leaseMs?: number;
  batchSize?: number;
  /** Told of the records a send completed, so what the user sees (tab lookups) can follow. */
  onDone?(records: readonly OutboxRecord[]): Promise<void>;
}

export interface DrainStats {
  /** POSTs sent. */
  posts: number;
  /** Reconciliation lookups (GETs). */
  lookups: number;
}

export interface Drainer {
  /** Sends everything due; resolves when nothing due is left. Calls during a drain make it run once more. */
  drain(): Promise<void>;
  readonly stats: DrainStats;
}

export const DEFAULT_LEASE_MS = 3 * 60_000;
export const DEFAULT_BATCH_SIZE = 50;
/** Done records stay visible for a day (at most 100), then go. */
const DONE_KEEP_MS = 24 * 3600_000;
const DONE_KEEP_COUNT = 100;

interface Claimed {
  record: OutboxRecord;
  /** A previous send may have created it: it must be looked up before it is sent again. */
  doubtBefore: boolean;
}

type Outcome =
  | { type: 'done'; contactId?: string }
  | { type: 'retry' | 'stop' | 'split'; failure: RecordFailure; sent: boolean; mayHaveApplied: boolean };

function isDue(record: OutboxRecord, now: number): boolean {
  if (record.state === 'pending') return true;
  if (record.state === 'waiting') return dueAt(record) <= now;
  if (record.state === 'sending') return (record.lease?.until ?? 0) <= now;
  return false;
}

function storedFailure(failure: CentrixFailureData): RecordFailure {
  const { kind, status, serverText, reason, retryAfterMs } = failure;
  // The wait is kept as the outbox will wait it (what the user reads), and as JSON can hold it (Infinity is null).
  const wait = retryAfterMs === undefined || Number.isNaN(retryAfterMs) ? undefined : serverWait(retryAfterMs);
  return { kind, status, serverText, reason, retryAfterMs: wait };
}

function idcOf(contact: CentrixContact | undefined): string | undefined {
  const idc = contact?.idc;
  return idc === undefined || idc === null || idc === '' ? undefined : String(idc);
}

function pruneDone(entries: StoredEntry[], now: number): StoredEntry[] {
  const done = validRecords(entries)
    .filter((r) => r.state === 'done')
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const drop = new Set(
    done.filter((r, i) => i >= DONE_KEEP_COUNT || now - r.updatedAt > DONE_KEEP_MS).map((r) => r.id),
  );
  return drop.size === 0 ? entries : entries.filter((e) => !(e.valid && drop.has(e.record.id)));
}

export function createDrainer(deps: DrainerDeps): Drainer {
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const batchSize = deps.batchSize ?? DEFAULT_BATCH_SIZE;
  const random = deps.random ?? Math.random;
  const stats: DrainStats = { posts: 0, lookups: 0 };
  let running: Promise<void> | undefined;
  let again = false;

  const claim = () =>
    deps.store.update<Claimed[]>((entries) => {
      const now = deps.now();
      const due = validRecords(entries)
        .filter((r) => isDue(r, now))
        .sort((a, b) => a.createdAt - b.createdAt);
      const first = due[0];
      if (!first) return { result: [] };
      const picked = first.solo ? [first] : due.filter((r) => !r.solo).slice(0, batchSize);
      const claimed = picked.map((r) => ({
        doubtBefore: r.inDoubt,
        record: {
          ...r,
          state: 'sending' as const,
          lease: { owner: deps.owner, until: now + leaseMs },
          attempts: r.attempts + 1,
          // Written before the POST: if this worker dies mid-send, the next one knows to look before re-sending.
          inDoubt: r.inDoubt || isBlindCreate(r),
          notBefore: undefined,
          updatedAt: now,
        },
      }));
      let next = entries;
      for (const c of claimed) next = replaceRecord(next, c.record);
      return { entries: next, result: claimed };
    });

  const settle = (claimed: readonly Claimed[], outcomes: ReadonlyMap<string, Outcome>) =>
    deps.store.update((entries) => {
      const now = deps.now();
      let next = entries;
      for (const { record, doubtBefore } of claimed) {
        const outcome = outcomes.get(record.id);
        const current = validRecords(next).find((r) => r.id === record.id);
        if (!outcome || !current) continue; // discarded by the user meanwhile
        const stillOurs = current.state === 'sending' && current.lease?.owner === deps.owner;
        if (!stillOurs && !(outcome.type === 'done' && current.state !== 'done')) continue;
        const base: OutboxRecord = { ...record, lease: undefined, notBefore: undefined, updatedAt: now };
        let settled: OutboxRecord;
        if (outcome.type === 'done') {
          const contactId = outcome.contactId ?? idcOf(record.contact as CentrixContact);
          settled = { ...base, state: 'done', inDoubt: false, failure: undefined, solo: undefined, contactId };
        } else {
          const inDoubt = outcome.sent && outcome.mayHaveApplied ? isBlindCreate(record) || doubtBefore : doubtBefore;
          const failure = outcome.failure;
          if (outcome.type === 'stop') settled = { ...base, state: 'failed', inDoubt, failure };
          else if (outcome.type === 'split') settled = { ...base, state: 'pending', solo: true, inDoubt, failure };
          else if (record.attempts >= MAX_ATTEMPTS) settled = { ...base, state: 'failed', inDoubt, failure };
          else {
            const notBefore = now + retryDelay(record.attempts, failure.retryAfterMs, random);
            settled = { ...base, state: 'waiting', notBefore, inDoubt, failure };
          }
        }
        next = replaceRecord(next, settled);
      }
      return { entries: pruneDone(next, now), result: undefined };
    });

  /** Sends one claimed batch; true when Centrix rejected the credentials (the drain must stop). */
  const sendBatch = async (claimed: Claimed[], access: SendAccess): Promise<boolean> => {
    const outcomes = new Map<string, Outcome>();
    const doubtful = claimed.filter((c) => c.doubtBefore && isBlindCreate(c.record));
    if (doubtful.length > 0) {
      const result = await reconcile(
        access.client,
        doubtful.map((c) => c.record),
        access.urlOverhead,
      );
      if (!result.ok) {
        stats.lookups += result.error.attempts > 0 ? 1 : 0;
        const failure = storedFailure(result.error);
        for (const c of doubtful)
          outcomes.set(c.record.id, { type: 'retry', failure, sent: false, mayHaveApplied: false });
      } else {
        stats.lookups += result.requests;
        for (const c of doubtful) {
          const idc = result.found.get(c.record.id);
          if (idc !== undefined) {
            // It was created: from now on it is an update of that contact, which may be repeated safely.
            c.record = { ...c.record, contact: { ...c.record.contact, idc }, contactId: idc };
            c.doubtBefore = false;
          } else if (result.notFound.has(c.record.id)) {
            c.doubtBefore = false;
          } else {
            const failure: RecordFailure = { kind: 'unverifiable' };
            outcomes.set(c.record.id, { type: 'stop', failure, sent: false, mayHaveApplied: false });
          }
        }
      }
    }

    const toSend = claimed.filter((c) => !outcomes.has(c.record.id));
    let badCredentials = false;
    if (toSend.length > 0) {
      stats.posts += 1;
      const result = await access.client.saveContacts(toSend.map((c) => c.record.contact));
      if (result.ok) {
        const echo = result.value.echoComplete ? result.value.contacts : [];
        toSend.forEach((c, i) => outcomes.set(c.record.id, { type: 'done', contactId: idcOf(echo[i]) }));
      } else {
        const verdict = verdictFor(result.error, toSend.length);
        const mayHaveApplied = !surelyNotApplied(result.error);
        const failure = storedFailure(result.error);
        badCredentials = result.error.kind === 'bad-credentials';
        for (const c of toSend) outcomes.set(c.record.id, { type: verdict, failure, sent: true, mayHaveApplied });
      }
    }
    await settle(claimed, outcomes);
    const done = claimed.filter((c) => outcomes.get(c.record.id)?.type === 'done').map((c) => c.record);
    if (done.length > 0 && deps.onDone) await deps.onDone(done).catch(() => undefined);
    return badCredentials;
  };

  const scheduleNext = async () => {
    const records = validRecords(await deps.store.read());
    const times = records.flatMap((r) => {
      if (r.state === 'waiting') return [dueAt(r)];
      if (r.state === 'sending') return [r.lease?.until ?? deps.now()];
      return [];
    });
    await deps.schedule(times.length > 0 ? Math.min(...times) : null);
  };

  const drainOnce = async () => {
    const pause = await deps.pause.getValue();
    const setPause = async (next: OutboxPause) => {
      if (next !== pause) await deps.pause.setValue(next);
    };
    if (!(await deps.hasHostPermission())) return setPause('permission');
    const access = await deps.getAccess();
    if (!access.ok) return setPause(access.pause);
    // Rejected credentials stay rejected until the user saves new ones (which lifts this pause).
    if (pause === 'bad-credentials') return;
    await setPause(null);
    for (;;) {
      const claimed = await claim();
      if (claimed.length === 0) break;
      if (await sendBatch(claimed, access.access)) {
        await setPause('bad-credentials');
        break;
      }
    }
    await scheduleNext();
  };

  return {
    stats,
    drain() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          do {
            again = false;
            await drainOnce();
          } while (again);
        } finally {
          running = undefined;
        }
      })();
      return running;
    },
  };
}
