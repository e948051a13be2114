// One outbox record: a create or an update the user asked for, from the moment it is queued (before the first
// send) until the user discards it or it is done. Plain JSON in storage.local (no secret in it), validated when
// read back so a corrupted record is shown as unreadable, never sent and never silently dropped.
import { z } from '../../messaging/zod-config';
import { OutboxItemStateSchema } from '../../messaging/contract';

export const NaturalKeysSchema = z.object({
  /** The mapped email field and the (lower-cased) address. */
  email: z.object({ field: z.string(), value: z.string() }).optional(),
  /** The mapped LinkedIn field and the profile URL. */
  linkedin: z.object({ field: z.string(), value: z.string() }).optional(),
  /** The ExternalID the outbox gave the contact (user option): makes a re-send an idempotent upsert. */
  externalId: z.string().optional(),
});
export type NaturalKeys = z.infer<typeof NaturalKeysSchema>;

export const RecordFailureSchema = z.object({
  /** A Centrix failure kind, or `unverifiable` (a create that may have happened and cannot be looked up). */
  kind: z.string(),
  status: z.number().optional(),
  /** The server's text, already redacted by the client. */
  serverText: z.string().optional(),
  reason: z.string().optional(),
  retryAfterMs: z.number().optional(),
});
export type RecordFailure = z.infer<typeof RecordFailureSchema>;

/** A time a Date can hold (ms since epoch): anything else would make the record's dates invalid. */
const TimeSchema = z.number().min(0).max(8.64e15);

export const OutboxRecordSchema = z.object({
  id: z.string().min(1).max(64),
  action: z.enum(['create', 'update']),
  /** The body entry as Centrix takes it (field names, ContactScript); gains `idc` when reconciled to an update. */
  contact: z.record(z.string(), z.unknown()),
  keys: NaturalKeysSchema,
  label: z.string(),
  state: OutboxItemStateSchema,
  attempts: z.number().int().min(0),
  createdAt: TimeSchema,
  updatedAt: TimeSchema,
  /** Earliest time of the next try (`waiting`). */
  notBefore: z.number().optional(),
  /** Who is sending it and until when: a worker that finds an unexpired lease leaves the record alone. */
  lease: z.object({ owner: z.string(), until: z.number() }).optional(),
  /** A send of this create may have reached Centrix unseen: look it up before sending again. */
  inDoubt: z.boolean(),
  /** Send alone: a batch it was in was refused, and the culprit must be found. */
  solo: z.boolean().optional(),
  failure: RecordFailureSchema.optional(),
  contactId: z.string().optional(),
});
export type OutboxRecord = z.infer<typeof OutboxRecordSchema>;

/** A stored entry, read: a valid record, or what was there (kept, shown as unreadable, discardable). */
export type StoredEntry = { valid: true; record: OutboxRecord } | { valid: false; raw: unknown; id: string };

export function readEntry(raw: unknown): StoredEntry {
  const parsed = OutboxRecordSchema.safeParse(raw);
  if (parsed.success) return { valid: true, record: parsed.data };
  const id = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return { valid: false, raw, id: typeof id === 'string' && id.length > 0 ? id.slice(0, 64) : contentId(raw) };
}

/** An id for an entry that has none, stable while the entry is unchanged (so the popup can name it to discard). */
function contentId(raw: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch {
    text = String(raw);
  }
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `unreadable-${hash.toString(16).padStart(8, '0')}`;
}

/** A create whose blind re-send could duplicate the contact: no `idc` and no ExternalID. */
export function isBlindCreate(record: OutboxRecord): boolean {
  return record.contact.idc === undefined && record.contact.ExternalID === undefined;
}
