import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './server.ts';
import { get, idsOf } from './test-client.ts';

type Dump = Array<Record<string, any>>;

let sandbox: Sandbox;
let dump: Dump;

const lists = (contact: Record<string, any>): number[] => contact.ContactScript.map((entry: any) => entry.ids);
const withExternalId = (): Dump => dump.filter((contact) => contact.ExternalID !== '');
const membersOf = (ids: number): Dump => dump.filter((contact) => lists(contact).includes(ids));
const nonMemberOf = (ids: number): Record<string, any> => {
  const found = dump.find((contact) => !lists(contact).includes(ids));
  if (!found) throw new Error('seed has no non-member');
  return found;
};
const idcs = (contacts: Dump): number[] => contacts.map((contact) => contact.idc);

beforeAll(async () => {
  sandbox = await startSandbox();
  dump = sandbox.contacts();
});
afterAll(() => sandbox.close());

describe('Contacts base filters', () => {
  it.each<[string, () => string | undefined, () => number[]]>([
    ['no segment: every contact', () => undefined, () => idcs(dump)],
    ['all', () => 'all', () => idcs(dump)],
    ['ALL (case-insensitive)', () => 'ALL', () => idcs(dump)],
    ['one C', () => 'C1001', () => [1001]],
    ['lower-case c', () => 'c1002', () => [1002]],
    ['two C (either)', () => 'C1001,C1003', () => [1001, 1003]],
    ['two C with a space after the comma', () => 'C1001, C1003', () => [1001, 1003]],
    ['unknown C', () => 'C999999', () => []],
    ['one E', () => `E${withExternalId()[0]?.ExternalID}`, () => idcs(withExternalId().slice(0, 1))],
    [
      'two E (either), one of them with a dash',
      () => `E${withExternalId()[0]?.ExternalID},E${withExternalId()[1]?.ExternalID}`,
      () => idcs(withExternalId().slice(0, 2)),
    ],
    ['unknown E', () => 'Enobody', () => []],
    ['one S', () => 'S201', () => idcs(membersOf(201))],
    [
      'two S (either)',
      () => 'S201,S202',
      () => idcs(dump.filter((c) => lists(c).includes(201) || lists(c).includes(202))),
    ],
    ['unknown S', () => 'S999', () => []],
    ['C and S, member (AND)', () => `C${membersOf(201)[0]?.idc},S201`, () => idcs(membersOf(201).slice(0, 1))],
    ['C and S, not a member (AND)', () => `C${nonMemberOf(201).idc},S201`, () => []],
    [
      'C and E of the same contact (AND)',
      () => `C${withExternalId()[0]?.idc},E${withExternalId()[0]?.ExternalID}`,
      () => idcs(withExternalId().slice(0, 1)),
    ],
    [
      'C and E of different contacts (AND)',
      () => `C${withExternalId()[1]?.idc},E${withExternalId()[0]?.ExternalID}`,
      () => [],
    ],
    [
      'two C and one S',
      () => `C${membersOf(201)[0]?.idc}, C${nonMemberOf(201).idc}, S201`,
      () => idcs(membersOf(201).slice(0, 1)),
    ],
  ])('%s', async (_name, baseFilter, expected) => {
    const answer = await get(sandbox, 'Contacts', baseFilter(), { fields: 'idc' });
    expect(answer.status).toBe(200);
    expect(idsOf(answer)).toEqual(expected());
  });

  it('the seed has what these cases need', () => {
    expect(withExternalId().length).toBeGreaterThanOrEqual(2);
    expect(withExternalId().some((contact) => contact.ExternalID.includes('-'))).toBe(true);
    expect(membersOf(201).length).toBeGreaterThan(1);
  });

  it('an S filter keeps only that list in ContactScript', async () => {
    const answer = await get(sandbox, 'Contacts', 'S201,S203', { fields: 'cs_Status' });
    const seen = answer.json.Contacts.flatMap((contact: any) => lists(contact));
    expect(seen.filter((ids: number) => ids !== 201 && ids !== 203)).toEqual([]);
    expect(seen).toContain(201);
    const multi = dump.find((c) => lists(c).length >= 3);
    if (!multi) throw new Error('seed has no contact in three lists');
    const one = await get(sandbox, 'Contacts', `C${multi.idc},S${lists(multi)[1]}`, { fields: 'cs_Status' });
    expect(one.json.Contacts[0].ContactScript.map((e: any) => e.ids)).toEqual([lists(multi)[1]]);
    const all = await get(sandbox, 'Contacts', `C${multi.idc}`, { fields: 'cs_Status' });
    expect(all.json.Contacts[0].ContactScript.map((e: any) => e.ids)).toEqual(lists(multi));
  });

  it.each([
    ['X12', 'X12'],
    ['C without digits', 'C'],
    ['C with letters', 'Cabc'],
    ['S without digits', 'S'],
    ['E without value', 'E'],
    ['all combined', 'all,C1001'],
    ['empty token', 'C1001,,C1002'],
    ['trailing comma', 'C1001,'],
  ])('refuses %s with 400 and a message', async (_name, baseFilter) => {
    const answer = await get(sandbox, 'Contacts', baseFilter);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.text).toMatch(/base filter/i);
  });
});

describe('other resources', () => {
  it.each<[string, string | undefined, string, (records: any[], dump: Dump) => void]>([
    ['Scripts', undefined, 'ids', (r) => expect(r.map((s) => s.ids)).toEqual([201, 202, 203, 204, 205])],
    ['Scripts', 'all', 'ids', (r) => expect(r).toHaveLength(5)],
    ['Scripts', 'S202', 'ids', (r) => expect(r.map((s) => s.ids)).toEqual([202])],
    ['Users', 'all', 'idu', (r) => expect(r.map((u) => u.idu)).toEqual([11, 12, 13, 14, 15, 16])],
    ['RevenueTypes', 'all', 'idrt', (r) => expect(r).toHaveLength(4)],
    ['RevenueTypesSub1', 'all', 'idrts1', (r) => expect(r).toHaveLength(8)],
    ['RevenueTypesSub2', 'all', 'idrts2', (r) => expect(r.length).toBeGreaterThanOrEqual(8)],
    ['Opportunities', 'all', 'ido', (r) => expect(r.length).toBeGreaterThanOrEqual(10)],
    ['Opportunities', 'S201', 'ido', (r) => expect(r.every((o) => o.ids === 201) && r.length > 0).toBe(true)],
    [
      'Opportunities',
      'C1002',
      'ido',
      (r) => {
        expect(r.every((o) => o.idc === 1002)).toBe(true);
      },
    ],
    [
      'Opportunities',
      'S201,S202',
      'ido',
      (r) => expect(r.every((o) => o.ids === 201 || o.ids === 202) && r.length > 0).toBe(true),
    ],
  ])('%s-%s answers an array named after the resource', async (resource, baseFilter, idKey, check) => {
    const answer = await get(sandbox, resource, baseFilter);
    expect(answer.status).toBe(200);
    expect(answer.json.Result).toBe('Success');
    const records = answer.json[resource];
    expect(Array.isArray(records)).toBe(true);
    for (const record of records) expect(typeof record[idKey]).toBe('number');
    check(records, dump);
  });

  it('Opportunities-E selects by the contact ExternalID', async () => {
    const opportunities = (await get(sandbox, 'Opportunities', 'all')).json.Opportunities as any[];
    const withExternal = opportunities.find((o) => dump.find((c) => c.idc === o.idc)?.ExternalID);
    if (!withExternal) throw new Error('seed has no opportunity of a contact with an ExternalID');
    const externalId = dump.find((c) => c.idc === withExternal.idc)?.ExternalID;
    const answer = await get(sandbox, 'Opportunities', `E${externalId}`);
    expect(answer.json.Opportunities.map((o: any) => o.ido)).toContain(withExternal.ido);
    expect(answer.json.Opportunities.every((o: any) => o.idc === withExternal.idc)).toBe(true);
  });

  it.each([
    ['Users', undefined, /needs a base filter/],
    ['Opportunities', undefined, /needs a base filter/],
    ['RevenueTypes', undefined, /needs a base filter/],
    ['Users', 'C1001', /Users accepts all/],
    ['Scripts', 'C1001', /Scripts accepts S…, all/],
    ['RevenueTypesSub1', 'S201', /accepts all/],
  ])('%s with base filter %s is refused with 400', async (resource, baseFilter, message) => {
    const answer = await get(sandbox, resource, baseFilter);
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(message);
  });
});
