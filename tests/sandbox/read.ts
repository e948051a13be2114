// GET on an API resource: select with the base filter and `filters`, project with `fields`, and answer
// `Last-Modified` / `304` from the modification times of what is in the result.

import type { ApiUrl } from './api-url.ts';
import { parseBaseFilter, type BaseFilter } from './base-filter.ts';
import { httpDate, parseHttpDate, type Clock } from './clock.ts';
import { contactValue, memberships, parseFields, projectContact, projectRecord, scriptValue } from './fields.ts';
import { evaluate, parseFilters, type FilterNode } from './filters.ts';
import { ID_KEY, type ResourceName, type SchemaName } from './schema.ts';
import { contactModified, type ContactRecord, type PlainRecord, type SandboxState } from './state.ts';

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export const JSON_TYPE = 'application/json; charset=utf-8';
export const TEXT_TYPE = 'text/plain; charset=utf-8';

export const textResponse = (status: number, message: string, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { 'Content-Type': TEXT_TYPE, ...headers },
  body: message,
});

/**
 * What each query returned last time (ids and Last-Modified). A record that leaves a result (an update made it
 * stop matching `filters`) is not in the result any more, so its modification time would otherwise be lost and a
 * conditional read would wrongly answer 304; remembering the previous ids lets the departed records count.
 */
export class ResultMemory {
  private readonly entries = new Map<string, { ids: number[]; lastModified: number }>();
  constructor(private readonly capacity = 20_000) {}

  get(key: string) {
    return this.entries.get(key);
  }

  set(key: string, ids: number[], lastModified: number) {
    this.entries.delete(key);
    this.entries.set(key, { ids, lastModified });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value ?? key);
  }

  clear() {
    this.entries.clear();
  }
}

export interface ReadContext {
  state: SandboxState;
  schema: SchemaName;
  clock: Clock;
  memory: ResultMemory;
  /** The time of the last reset: Last-Modified of a result that has never held anything. */
  baseline: number;
}

interface Selected {
  ids: number[];
  items: Array<Record<string, unknown>>;
  modified: (id: number) => number;
}

function matchesContact(contact: ContactRecord, base: BaseFilter): boolean {
  if (base.idc.length > 0 && !base.idc.includes(contact.idc)) return false;
  if (base.externalIds.length > 0 && !base.externalIds.includes(contact.values['externalId'] ?? '')) return false;
  return base.lists.length === 0 || memberships(contact, base.lists).length > 0;
}

function matchesRecord(state: SandboxState, resource: ResourceName, record: PlainRecord, base: BaseFilter): boolean {
  const values = record.values;
  if (resource === 'Scripts') return base.lists.length === 0 || base.lists.includes(Number(values['ids']));
  if (resource !== 'Opportunities') return true;
  if (base.idc.length > 0 && !base.idc.includes(Number(values['idc']))) return false;
  if (base.lists.length > 0 && !base.lists.includes(Number(values['ids']))) return false;
  if (base.externalIds.length === 0) return true;
  const externalId = state.contacts.get(Number(values['idc']))?.values['externalId'] ?? '';
  return base.externalIds.includes(externalId);
}

function selectContacts(ctx: ReadContext, base: BaseFilter, filter: FilterNode | undefined, query: URLSearchParams) {
  const { state, schema } = ctx;
  const selection = parseFields('Contacts', schema, query.get('fields'));
  if (typeof selection === 'string') return selection;
  const matching = [...state.contacts.values()]
    .filter((contact) => matchesContact(contact, base))
    .filter(
      (contact) =>
        !filter ||
        evaluate(filter, ({ ref }) =>
          ref.script
            ? memberships(contact, base.lists).map((ids) => scriptValue(state, contact, ids, ref.field))
            : [contactValue(state, contact, ref.field)],
        ),
    )
    .sort((a, b) => a.idc - b.idc);
  return {
    ids: matching.map((contact) => contact.idc),
    items: matching.map((contact) => projectContact(state, contact, selection, schema, base.lists)),
    modified: (idc: number) => {
      const contact = state.contacts.get(idc);
      return contact ? contactModified(state, contact) : 0;
    },
  } satisfies Selected;
}

function selectRecords(
  ctx: ReadContext,
  resource: Exclude<ResourceName, 'Contacts'>,
  base: BaseFilter,
  filter: FilterNode | undefined,
  query: URLSearchParams,
) {
  const selection = parseFields(resource, ctx.schema, query.get('fields'));
  if (typeof selection === 'string') return selection;
  const idKey = ID_KEY[resource];
  const all = ctx.state.records[resource];
  const matching = all
    .filter((record) => matchesRecord(ctx.state, resource, record, base))
    .filter((record) => !filter || evaluate(filter, ({ ref }) => [record.values[ref.field.key] ?? '']));
  return {
    ids: matching.map((record) => Number(record.values[idKey])),
    items: matching.map((record) => projectRecord(resource, record, selection, ctx.schema)),
    modified: (id: number) => all.find((record) => Number(record.values[idKey]) === id)?.modified ?? 0,
  } satisfies Selected;
}

export function handleRead(
  ctx: ReadContext,
  url: ApiUrl,
  query: URLSearchParams,
  ifModifiedSince?: string,
): ApiResponse {
  const base = parseBaseFilter(url.resource, url.baseFilter);
  if (typeof base === 'string') return textResponse(400, base);
  const filtersParam = query.get('filters');
  const filter = parseFilters(url.resource, ctx.schema, filtersParam);
  if (typeof filter === 'string') return textResponse(400, filter);
  const selected =
    url.resource === 'Contacts'
      ? selectContacts(ctx, base, filter, query)
      : selectRecords(ctx, url.resource, base, filter, query);
  if (typeof selected === 'string') return textResponse(400, selected);

  const memoryKey = `${url.resource}\n${url.baseFilter ?? ''}\n${filtersParam ?? ''}`;
  const previous = ctx.memory.get(memoryKey);
  const current = new Set(selected.ids);
  const departed = (previous?.ids ?? []).filter((id) => !current.has(id));
  // A loop, not Math.max(...ids): spreading tens of thousands of arguments can overflow the stack.
  let lastModified = Math.max(ctx.baseline, previous?.lastModified ?? 0);
  for (const id of [...selected.ids, ...departed]) lastModified = Math.max(lastModified, selected.modified(id));
  ctx.memory.set(memoryKey, selected.ids, lastModified);
  ctx.clock.issued(lastModified);
  const headers = { 'Last-Modified': httpDate(lastModified) };
  const since = parseHttpDate(ifModifiedSince);
  if (since !== undefined && lastModified <= since) return { status: 304, headers, body: '' };
  const body = JSON.stringify({ Result: 'Success', [url.resource]: selected.items });
  return { status: 200, headers: { 'Content-Type': JSON_TYPE, ...headers }, body };
}
