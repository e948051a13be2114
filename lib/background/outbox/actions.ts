// What the user can do to the outbox (queue, retry, discard) and what new credentials do to it, each one change
// under the outbox lock. None of them sends: the caller wakes the drainer afterwards.
import type { OutboxRecord } from './record';
import { replaceRecord, validRecords, type OutboxStore } from './store';

/** Queues a record unless one with the same id exists (a double click, a resent message): returns the stored one. */
export function enqueue(store: OutboxStore, record: OutboxRecord): Promise<OutboxRecord> {
  return store.update((entries) => {
    const existing = validRecords(entries).find((r) => r.id === record.id);
    if (existing) return { result: existing };
    return { entries: [...entries, { valid: true, record }], result: record };
  });
}

/**
 * A failed record goes back to the queue, and a waiting one is sent now (whatever the server asked: the user decides).
 * An unverifiable create is re-sent as asked: the user chose to. A create in doubt is still looked up first.
 */
export function retry(store: OutboxStore, id: string, now: number): Promise<boolean> {
  return store.update((entries) => {
    const record = validRecords(entries).find((r) => r.id === id);
    if (!record || (record.state !== 'failed' && record.state !== 'waiting')) return { result: false };
    const inDoubt = record.failure?.kind === 'unverifiable' ? false : record.inDoubt;
    const next: OutboxRecord = {
      ...record,
      state: 'pending',
      failure: undefined,
      notBefore: undefined,
      attempts: 0,
      inDoubt,
      updatedAt: now,
    };
    return { entries: replaceRecord(entries, next), result: true };
  });
}

/** Removes a record (or an unreadable entry) the user gave up on; a record being sent right now cannot be. */
export function discard(store: OutboxStore, id: string, now: number): Promise<boolean> {
  return store.update((entries) => {
    const index = entries.findIndex((e) => (e.valid ? e.record.id === id : e.id === id));
    const entry = entries[index];
    if (!entry) return { result: false };
    if (entry.valid && entry.record.state === 'sending' && (entry.record.lease?.until ?? 0) > now) {
      return { result: false };
    }
    return { entries: entries.filter((_, i) => i !== index), result: true };
  });
}

/** New credentials: what failed only because of the old ones is queued again. */
export function requeueBadCredentials(store: OutboxStore, now: number): Promise<number> {
  return store.update((entries) => {
    const stuck = validRecords(entries).filter((r) => r.state === 'failed' && r.failure?.kind === 'bad-credentials');
    let next = entries;
    for (const r of stuck) next = replaceRecord(next, { ...r, state: 'pending', failure: undefined, updatedAt: now });
    return stuck.length > 0 ? { entries: next, result: stuck.length } : { result: 0 };
  });
}
