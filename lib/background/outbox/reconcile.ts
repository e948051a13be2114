// Before a create that may already have happened is sent again, find out: look the contact up by its natural key
// (the mapped email field, else the LinkedIn field) in one request for the whole batch. Found: the record becomes
// an update of that contact (an update can be repeated safely). Not found: it is created again. No key to look it
// up by: it cannot be verified, and the user decides.
import type { CentrixClient, CentrixFailure } from '../../centrix/types';
import { fieldText, profileKey, searchContacts, type SearchTerm } from '../contact-search';
import type { OutboxRecord } from './record';

export type Reconciled =
  | { ok: true; found: Map<string, string>; notFound: Set<string>; unverifiable: Set<string>; requests: number }
  | { ok: false; error: CentrixFailure };

export async function reconcile(
  client: CentrixClient,
  records: readonly OutboxRecord[],
  urlOverhead: number,
): Promise<Reconciled> {
  const found = new Map<string, string>();
  const notFound = new Set<string>();
  const unverifiable = new Set<string>();
  const terms: SearchTerm[] = [];
  const fields = new Set<string>(['idc']);
  for (const record of records) {
    const { email, linkedin } = record.keys;
    if (email) terms.push({ field: email.field, op: '=', value: email.value });
    else if (linkedin) terms.push({ field: linkedin.field, op: '[=]', value: profileKey(linkedin.value) });
    else {
      unverifiable.add(record.id);
      continue;
    }
    fields.add((email ?? linkedin)!.field);
  }
  if (terms.length === 0) return { ok: true, found, notFound, unverifiable, requests: 0 };

  const result = await searchContacts(client, terms, [...fields], urlOverhead);
  if (!result.ok) return { ok: false, error: result.error };
  for (const record of records) {
    if (unverifiable.has(record.id)) continue;
    const match = result.value.find((contact) => {
      const { email, linkedin } = record.keys;
      if (email) return fieldText(contact, email.field)?.toLowerCase() === email.value.toLowerCase();
      const stored = fieldText(contact, linkedin!.field);
      return stored !== undefined && profileKey(stored) === profileKey(linkedin!.value);
    });
    const idc = match?.idc;
    if (idc !== undefined && idc !== null && String(idc) !== '') found.set(record.id, String(idc));
    else notFound.add(record.id);
  }
  return { ok: true, found, notFound, unverifiable, requests: result.requests };
}
