// The outbox as stored: one list in storage.local, changed only under the `outbox` lock, so a change is always
// computed from the latest stored list (never from a copy a restarted worker no longer has).
import { withLock } from '../../storage/lock';
import { readEntry, type OutboxRecord, type StoredEntry } from './record';

export interface OutboxArea {
  getValue(): Promise<unknown[]>;
  setValue(value: unknown[]): Promise<void>;
}

export interface OutboxStore {
  read(): Promise<StoredEntry[]>;
  /** Runs `change` on the stored entries under the lock and writes what it returns (when it returns entries). */
  update<T>(change: (entries: StoredEntry[]) => { entries?: StoredEntry[]; result: T }): Promise<T>;
}

const toRaw = (entry: StoredEntry): unknown => (entry.valid ? entry.record : entry.raw);

export function createOutboxStore(area: OutboxArea): OutboxStore {
  const read = async (): Promise<StoredEntry[]> => {
    const raw = await area.getValue();
    if (Array.isArray(raw)) return raw.map((entry) => readEntry(entry));
    // Not a list: keep whatever it is as one unreadable entry rather than overwrite it unseen.
    return raw === null || raw === undefined ? [] : [readEntry(raw)];
  };
  return {
    read,
    update: (change) =>
      withLock('outbox', async () => {
        const { entries, result } = change(await read());
        if (entries) await area.setValue(entries.map(toRaw));
        return result;
      }),
  };
}

/** Replaces the valid record of the same id (used inside `update`). */
export function replaceRecord(entries: StoredEntry[], record: OutboxRecord): StoredEntry[] {
  return entries.map((e) => (e.valid && e.record.id === record.id ? { valid: true, record } : e));
}

export function validRecords(entries: readonly StoredEntry[]): OutboxRecord[] {
  return entries.flatMap((e) => (e.valid ? [e.record] : []));
}
