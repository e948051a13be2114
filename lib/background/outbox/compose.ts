// Turns what the user asked for (values by role, extra fields by name, lists) into an outbox record: field names
// from the stored mapping, never hard-coded; the natural keys that let an uncertain create be reconciled.
import { SYSTEM_FIELDS } from '../../centrix/assumptions';
import type { ContactRole } from '../../centrix/types';
import type { BackgroundRequest } from '../../messaging/contract';
import type { FieldMapping } from '../../storage/settings-schema';
import type { OutboxRecord } from './record';

/** Protocol fields the outbox sets itself: a free field may not turn a create into an update of someone else. */
const RESERVED_FIELDS = SYSTEM_FIELDS;

export type ComposeResult = { ok: true; record: OutboxRecord } | { ok: false; unmappedRoles: ContactRole[] };

export interface ComposeOptions {
  mapping: FieldMapping;
  assignExternalIds: boolean;
  now: number;
}

/** ExternalIDs the outbox assigns: letters and digits only, so they also work as an `E…` base filter. */
export function externalIdFor(recordId: string): string {
  return `cc${recordId.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 64);
}

function labelFor(values: Partial<Record<ContactRole, string>>): string {
  const name = values.fullName || [values.firstName, values.lastName].filter(Boolean).join(' ');
  return (name || values.email || values.company || values.linkedinUrl || '').slice(0, 200);
}

export function composeRecord(request: BackgroundRequest<'ui/contact-save'>, options: ComposeOptions): ComposeResult {
  const values: Partial<Record<ContactRole, string>> = {};
  for (const [role, raw] of Object.entries(request.values) as [ContactRole, string | undefined][]) {
    const value = raw?.trim();
    if (value) values[role] = value;
  }
  const unmapped = (Object.keys(values) as ContactRole[]).filter((role) => !options.mapping[role]);
  if (unmapped.length > 0) return { ok: false, unmappedRoles: unmapped };

  const contact: Record<string, unknown> = {};
  for (const [role, value] of Object.entries(values) as [ContactRole, string][]) {
    contact[options.mapping[role]!] = role === 'email' ? value.toLowerCase() : value;
  }
  // Explicit fields come last: a field the user filled by name wins over a role mapped to the same field.
  for (const [field, value] of Object.entries(request.fields ?? {})) {
    if (!RESERVED_FIELDS.has(field)) contact[field] = value;
  }
  if (request.listIds.length > 0) contact.ContactScript = [...new Set(request.listIds)].map((ids) => ({ ids }));

  const action = request.contactId ? 'update' : 'create';
  if (request.contactId) contact.idc = request.contactId;
  const keys: OutboxRecord['keys'] = {};
  if (values.email) keys.email = { field: options.mapping.email!, value: values.email.toLowerCase() };
  if (values.linkedinUrl) keys.linkedin = { field: options.mapping.linkedinUrl!, value: values.linkedinUrl };
  // A create joins the account the lookup found (Centrix refuses `ida` on an update: a contact keeps its account).
  if (action === 'create' && request.accountId) contact.ida = request.accountId;
  if (action === 'create' && options.assignExternalIds) {
    keys.externalId = externalIdFor(request.requestId);
    contact.ExternalID = keys.externalId;
  }

  return {
    ok: true,
    record: {
      id: request.requestId,
      action,
      contact,
      keys,
      label: labelFor(values),
      state: 'pending',
      attempts: 0,
      createdAt: options.now,
      updatedAt: options.now,
      // Nobody answered "not in Centrix" before this create: it is looked up by key first, as a lost answer is.
      inDoubt: action === 'create' && request.verify === true && (keys.email ?? keys.linkedin) !== undefined,
    },
  };
}
