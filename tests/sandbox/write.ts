// POST on Contacts: create, update by idc, or upsert by ExternalID, atomically. The request is applied in order to
// a draft of the state; the draft replaces the state only when every contact in the request was valid. The draft
// copies the maps but clones only the records it touches (copy-on-write), so a write costs little even when the
// sandbox holds thousands of contacts.

import type { ApiUrl } from './api-url.ts';
import type { Clock } from './clock.ts';
import { allFields, projectContact } from './fields.ts';
import { JSON_TYPE, textResponse, type ApiResponse } from './read.ts';
import { resolveBodyField, type FieldDef, type SchemaName } from './schema.ts';
import { listIds, type AccountRecord, type ContactRecord, type SandboxState } from './state.ts';

export interface WriteContext {
  state: SandboxState;
  schema: SchemaName;
  clock: Clock;
}

export interface WriteResult {
  response: ApiResponse;
  /** The new state, present only when the write succeeded. */
  state?: SandboxState;
}

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function asId(value: Json): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

function asValue(name: string, value: Json): string | { error: string } {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return { error: `field "${name}" must be a string or a number` };
}

interface Assignment {
  field: FieldDef;
  value: string;
}

/** Reads the named fields of an object (a contact, or one ContactScript entry) into assignments. */
function readFields(
  schema: SchemaName,
  source: Record<string, Json>,
  inScript: boolean,
  skip: readonly string[],
): Assignment[] | string {
  const assignments: Assignment[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of Object.entries(source)) {
    if (skip.includes(name.toLowerCase())) continue;
    const field = resolveBodyField(schema, name, inScript);
    if (!field) {
      const elsewhere = resolveBodyField(schema, name, !inScript);
      if (elsewhere && !inScript) return `field "${name}" belongs inside ContactScript`;
      if (elsewhere && inScript) return `field "${name}" is not a ContactScript field`;
      return `unknown field "${name}"`;
    }
    if (field.readOnly) return `field "${name}" is read-only`;
    if (seen.has(field.key)) return `field "${name}" is given twice`;
    seen.add(field.key);
    const value = asValue(name, raw);
    if (typeof value !== 'string') return value.error;
    assignments.push({ field, value });
  }
  return assignments;
}

/** A draft of the state: its own maps, sharing untouched records with the state it came from. */
interface Draft extends SandboxState {
  owned: Set<ContactRecord | AccountRecord>;
}

const draftOf = (state: SandboxState): Draft => ({
  ...state,
  contacts: new Map(state.contacts),
  accounts: new Map(state.accounts),
  owned: new Set(),
});

function ownContact(draft: Draft, contact: ContactRecord): ContactRecord {
  if (draft.owned.has(contact)) return contact;
  const copy = structuredClone(contact);
  draft.contacts.set(copy.idc, copy);
  draft.owned.add(copy);
  return copy;
}

function ownAccount(draft: Draft, ida: number): AccountRecord | undefined {
  const account = draft.accounts.get(ida);
  if (!account || draft.owned.has(account)) return account;
  const copy = structuredClone(account);
  draft.accounts.set(ida, copy);
  draft.owned.add(copy);
  return copy;
}

function findAccountByCompany(state: SandboxState, company: string): AccountRecord | undefined {
  const wanted = company.trim().toLowerCase();
  if (wanted === '') return undefined;
  return [...state.accounts.values()].find(
    (account) => (account.values['company'] ?? '').trim().toLowerCase() === wanted,
  );
}

function resolveTarget(
  state: Draft,
  entry: Record<string, Json>,
  assignments: Assignment[],
  stamp: number,
): ContactRecord | string {
  const idcKey = Object.keys(entry).find((name) => name.toLowerCase() === 'idc');
  const idaKey = Object.keys(entry).find((name) => name.toLowerCase() === 'ida');
  const ida = idaKey === undefined ? undefined : asId(entry[idaKey]);
  if (idaKey !== undefined && ida === undefined) return 'ida must be a positive integer';
  if (ida !== undefined && !state.accounts.has(ida)) return `no account with ida ${ida}`;
  if (idcKey !== undefined) {
    const idc = asId(entry[idcKey]);
    if (idc === undefined) return 'idc must be a positive integer';
    const contact = state.contacts.get(idc);
    if (!contact) return `no contact with idc ${idc}`;
    if (ida !== undefined && ida !== contact.ida)
      return 'ida cannot change: the API cannot move a contact to another account';
    return contact;
  }
  const externalId = assignments.find((a) => a.field.key === 'externalId')?.value ?? '';
  const existing =
    externalId === '' ? undefined : [...state.contacts.values()].find((c) => c.values['externalId'] === externalId);
  if (existing) {
    if (ida !== undefined && ida !== existing.ida)
      return 'ida cannot change: the API cannot move a contact to another account';
    return existing;
  }
  const company = assignments.find((a) => a.field.key === 'company')?.value ?? '';
  let account = ida === undefined ? findAccountByCompany(state, company) : state.accounts.get(ida);
  if (!account) {
    account = { ida: state.nextIda++, values: {}, lists: {}, modified: stamp };
    state.accounts.set(account.ida, account);
    state.owned.add(account);
  }
  const contact: ContactRecord = { idc: state.nextIdc++, ida: account.ida, values: {}, lists: {}, modified: stamp };
  state.contacts.set(contact.idc, contact);
  state.owned.add(contact);
  return contact;
}

function applyContact(state: Draft, schema: SchemaName, entry: Json, stamp: number): ContactRecord | string {
  if (!isObject(entry)) return 'each contact must be a JSON object';
  const assignments = readFields(schema, entry, false, ['idc', 'ida', 'contactscript']);
  if (typeof assignments === 'string') return assignments;
  const scriptsKey = Object.keys(entry).find((name) => name.toLowerCase() === 'contactscript');
  const scripts = scriptsKey === undefined ? [] : entry[scriptsKey];
  if (!Array.isArray(scripts)) return 'ContactScript must be an array';
  const target = resolveTarget(state, entry, assignments, stamp);
  if (typeof target === 'string') return target;
  const contact = ownContact(state, target);
  const account = ownAccount(state, contact.ida);
  if (!account) return `contact ${contact.idc} has no account`;
  contact.modified = stamp;
  for (const { field, value } of assignments) {
    if (field.level === 'account') {
      account.values[field.key] = value;
      account.modified = stamp;
    } else {
      contact.values[field.key] = value;
    }
  }
  const externalId = contact.values['externalId'] ?? '';
  const clash = [...state.contacts.values()].find(
    (c) => c !== contact && externalId !== '' && c.values['externalId'] === externalId,
  );
  if (clash) return `ExternalID "${externalId}" already belongs to contact ${clash.idc}`;
  const known = listIds(state);
  for (const [index, script] of scripts.entries()) {
    const where = `ContactScript[${index}]`;
    if (!isObject(script)) return `${where} must be a JSON object`;
    const idsKey = Object.keys(script).find((name) => name.toLowerCase() === 'ids');
    const ids = idsKey === undefined ? undefined : asId(script[idsKey]);
    if (ids === undefined) return `${where} needs "ids", the list id`;
    if (!known.has(ids)) return `${where}: unknown list ids ${ids}`;
    const scriptAssignments = readFields(schema, script, true, ['ids']);
    if (typeof scriptAssignments === 'string') return `${where}: ${scriptAssignments}`;
    const membership = (contact.lists[ids] ??= {});
    for (const { field, value } of scriptAssignments) {
      if (field.level === 'account-script') {
        (account.lists[ids] ??= {})[field.key] = value;
        account.modified = stamp;
      } else {
        membership[field.key] = value;
      }
    }
  }
  return contact;
}

export function handleWrite(ctx: WriteContext, url: ApiUrl, body: string): WriteResult {
  if (url.resource !== 'Contacts') {
    return {
      response: textResponse(400, `${url.resource} is read-only through the API: only Contacts can be written.`),
    };
  }
  if (url.baseFilter === undefined) {
    return { response: textResponse(400, 'A POST needs a base filter segment (any token, e.g. "-C"); it is ignored.') };
  }
  let parsed: Json;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return { response: textResponse(400, `Malformed JSON: ${(error as Error).message}`) };
  }
  const contacts = isObject(parsed) ? parsed['Contacts'] : undefined;
  if (!Array.isArray(contacts)) return { response: textResponse(400, 'The body must be {"Contacts": [ ... ]}.') };
  const draft = draftOf(ctx.state);
  const stamp = ctx.clock.stamp();
  const saved: ContactRecord[] = [];
  for (const [index, entry] of contacts.entries()) {
    const result = applyContact(draft, ctx.schema, entry, stamp);
    if (typeof result === 'string') {
      return { response: textResponse(400, `Contacts[${index}]: ${result}. Nothing was saved.`) };
    }
    saved.push(result);
  }
  const all = allFields('Contacts');
  const echoed = saved.map((contact) => projectContact(draft, contact, all, ctx.schema, []));
  return {
    response: {
      status: 200,
      headers: { 'Content-Type': JSON_TYPE },
      body: JSON.stringify({ Result: 'Success', Contacts: echoed }),
    },
    state: {
      contacts: draft.contacts,
      accounts: draft.accounts,
      records: draft.records,
      nextIdc: draft.nextIdc,
      nextIda: draft.nextIda,
    },
  };
}
