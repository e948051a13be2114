// The `fields` query parameter and the projection of records into response objects. The resource's own id is
// always returned; fields come out in schema order, whatever order the request named them in.

import {
  FIELDS,
  ID_KEY,
  isScriptLevel,
  resolveQueryField,
  type FieldDef,
  type ResourceName,
  type SchemaName,
} from './schema.ts';
import type { ContactRecord, PlainRecord, SandboxState } from './state.ts';

export interface FieldSelection {
  /** Non-ContactScript fields, in schema order. */
  fields: FieldDef[];
  /** ContactScript fields (Contacts only), in schema order. */
  scriptFields: FieldDef[];
}

export function allFields(resource: ResourceName): FieldSelection {
  const defs = FIELDS[resource];
  return { fields: defs.filter((d) => !isScriptLevel(d)), scriptFields: defs.filter(isScriptLevel) };
}

/** An absent or empty `fields` parameter means every field, like `fields=all`. */
export function parseFields(resource: ResourceName, schema: SchemaName, param: string | null): FieldSelection | string {
  const names = (param ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0 || names.some((name) => name.toLowerCase() === 'all')) return allFields(resource);
  const wanted = new Set<FieldDef>();
  const unknown: string[] = [];
  for (const name of names) {
    const ref = resolveQueryField(resource, schema, name);
    if (ref) wanted.add(ref.field);
    else unknown.push(name);
  }
  if (unknown.length > 0) {
    return `Unknown field${unknown.length > 1 ? 's' : ''} in "fields": ${unknown.join(', ')}. Ask for fields=all to list the available fields.`;
  }
  const all = allFields(resource);
  return {
    fields: all.fields.filter((d) => wanted.has(d)),
    scriptFields: all.scriptFields.filter((d) => wanted.has(d)),
  };
}

/** The value of a non-ContactScript contact field, as the API shows it. */
export function contactValue(state: SandboxState, contact: ContactRecord, field: FieldDef): string | number {
  if (field.key === 'idc') return contact.idc;
  if (field.key === 'ida') return contact.ida;
  const source = field.level === 'account' ? state.accounts.get(contact.ida)?.values : contact.values;
  return source?.[field.key] ?? '';
}

/** The value of a ContactScript field for one list the contact belongs to. */
export function scriptValue(
  state: SandboxState,
  contact: ContactRecord,
  ids: number,
  field: FieldDef,
): string | number {
  if (field.key === 'ids') return ids;
  const source = field.level === 'account-script' ? state.accounts.get(contact.ida)?.lists[ids] : contact.lists[ids];
  return source?.[field.key] ?? '';
}

/** List ids the contact belongs to, ascending, restricted to `only` when it is not empty. */
export function memberships(contact: ContactRecord, only: readonly number[]): number[] {
  return Object.keys(contact.lists)
    .map(Number)
    .filter((ids) => only.length === 0 || only.includes(ids))
    .sort((a, b) => a - b);
}

export function projectContact(
  state: SandboxState,
  contact: ContactRecord,
  selection: FieldSelection,
  schema: SchemaName,
  onlyLists: readonly number[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { idc: contact.idc };
  for (const field of selection.fields) out[field[schema]] = contactValue(state, contact, field);
  out['ContactScript'] = memberships(contact, onlyLists).map((ids) => {
    const entry: Record<string, unknown> = { ids };
    for (const field of selection.scriptFields) entry[field[schema]] = scriptValue(state, contact, ids, field);
    return entry;
  });
  return out;
}

export function projectRecord(
  resource: ResourceName,
  record: PlainRecord,
  selection: FieldSelection,
  schema: SchemaName,
): Record<string, unknown> {
  const idKey = ID_KEY[resource];
  const idField = FIELDS[resource].find((d) => d.key === idKey);
  const out: Record<string, unknown> = { [idField?.[schema] ?? idKey]: record.values[idKey] };
  for (const field of selection.fields) out[field[schema]] = record.values[field.key] ?? '';
  return out;
}
