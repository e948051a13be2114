// The sandbox's in-memory data, keyed by schema-neutral field keys (see schema.ts). Every record carries the
// logical second it last changed (see clock.ts), which is what `Last-Modified` is computed from.

import type { ResourceName } from './schema.ts';

export type Values = Record<string, string>;

export interface ContactRecord {
  idc: number;
  ida: number;
  /** Contact-level values. */
  values: Values;
  /** Script-level values per list id; a key present means the contact is a member of that list. */
  lists: Record<number, Values>;
  modified: number;
}

export interface AccountRecord {
  ida: number;
  /** Account-level values. */
  values: Values;
  /** Account-script values per list id. */
  lists: Record<number, Values>;
  modified: number;
}

/** A record of a read-only resource: ids are numbers, everything else strings. */
export interface PlainRecord {
  values: Record<string, string | number>;
  modified: number;
}

export interface SandboxState {
  contacts: Map<number, ContactRecord>;
  accounts: Map<number, AccountRecord>;
  /** Read-only resources (everything but Contacts), in id order. */
  records: Record<Exclude<ResourceName, 'Contacts'>, PlainRecord[]>;
  nextIdc: number;
  nextIda: number;
}

export const listIds = (state: SandboxState): Set<number> =>
  new Set(state.records.Scripts.map((record) => Number(record.values['ids'])));

/** A contact's effective modification time: account-level fields are part of every contact of the account. */
export function contactModified(state: SandboxState, contact: ContactRecord): number {
  const account = state.accounts.get(contact.ida);
  return Math.max(contact.modified, account?.modified ?? 0);
}
