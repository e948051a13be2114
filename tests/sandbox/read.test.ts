import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './server.ts';
import { filters, get, post, type Answer } from './test-client.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

const lastModified = (answer: Answer): string => {
  const value = answer.headers.get('last-modified');
  if (value === null) throw new Error('no Last-Modified');
  return value;
};

/** Reads, then asks again with If-Modified-Since; returns both answers. */
async function readTwice(resource: string, baseFilter: string, query: Record<string, string> = {}) {
  const first = await get(sandbox, resource, baseFilter, query);
  const second = await get(sandbox, resource, baseFilter, query, { 'If-Modified-Since': lastModified(first) });
  return { first, second };
}

const conditional = (resource: string, baseFilter: string, since: string, query: Record<string, string> = {}) =>
  get(sandbox, resource, baseFilter, query, { 'If-Modified-Since': since });

/** Two contacts of one account and one contact of another, from the seed. */
function accountMates(): { a: number; b: number; other: number } {
  const contacts = sandbox.contacts() as Array<Record<string, any>>;
  for (const first of contacts) {
    const mate = contacts.find((c) => c.ida === first.ida && c.idc !== first.idc);
    const other = contacts.find((c) => c.ida !== first.ida);
    if (mate && other) return { a: first.idc, b: mate.idc, other: other.idc };
  }
  throw new Error('seed has no account with two contacts');
}

describe('Last-Modified and If-Modified-Since', () => {
  it.each([
    ['Contacts', 'all'],
    ['Contacts', 'C1001'],
    ['Contacts', 'C999999'],
    ['Scripts', 'all'],
    ['Users', 'all'],
    ['Opportunities', 'S201'],
    ['RevenueTypes', 'all'],
    ['RevenueTypesSub1', 'all'],
    ['RevenueTypesSub2', 'all'],
  ])('%s-%s: HTTP-date, then 304 with no body on a repeat', async (resource, baseFilter) => {
    const { first, second } = await readTwice(resource, baseFilter);
    expect(first.status).toBe(200);
    expect(lastModified(first)).toMatch(HTTP_DATE);
    expect(second.status).toBe(304);
    expect(second.text).toBe('');
    expect(lastModified(second)).toBe(lastModified(first));
  });

  it('answers 200 once a contact in the result changed, even within the same second', async () => {
    const { first, second } = await readTwice('Contacts', 'C1001');
    expect(second.status).toBe(304);
    expect((await post(sandbox, { Contacts: [{ idc: 1001, JobTitle: 'Changed' }] })).status).toBe(200);
    const third = await conditional('Contacts', 'C1001', lastModified(first));
    expect(third.status).toBe(200);
    expect(third.json.Contacts[0].JobTitle).toBe('Changed');
    expect(Date.parse(lastModified(third))).toBeGreaterThan(Date.parse(lastModified(first)));
    expect((await conditional('Contacts', 'C1001', lastModified(third))).status).toBe(304);
  });

  it('two writes in a row, each followed by a conditional read, give three distinct Last-Modified', async () => {
    const seen: string[] = [lastModified(await get(sandbox, 'Contacts', 'C1002'))];
    for (const title of ['One', 'Two']) {
      await post(sandbox, { Contacts: [{ idc: 1002, JobTitle: title }] });
      const answer = await conditional('Contacts', 'C1002', seen[seen.length - 1] ?? '');
      expect(answer.status).toBe(200);
      seen.push(lastModified(answer));
    }
    expect(new Set(seen).size).toBe(3);
  });

  it('stays 304 when only contacts outside the result changed', async () => {
    const first = await get(sandbox, 'Contacts', 'C1001');
    const { other } = accountMates();
    const outsider = other === 1001 ? 1003 : other;
    const outsiderAccount = (sandbox.contacts() as any[]).find((c) => c.idc === outsider).ida;
    const mine = (sandbox.contacts() as any[]).find((c) => c.idc === 1001).ida;
    expect(outsiderAccount).not.toBe(mine);
    await post(sandbox, { Contacts: [{ idc: outsider, JobTitle: 'Elsewhere', Website: 'https://elsewhere.test' }] });
    expect((await conditional('Contacts', 'C1001', lastModified(first))).status).toBe(304);
    expect((await conditional('Scripts', 'all', lastModified(first))).status).toBe(304);
  });

  it('answers 200 when an account-level field changed through another contact of the same account', async () => {
    const { a, b } = accountMates();
    const first = await get(sandbox, 'Contacts', `C${a}`, { fields: 'Website' });
    await post(sandbox, { Contacts: [{ idc: b, Website: 'https://shared.test' }] });
    const again = await conditional('Contacts', `C${a}`, lastModified(first), { fields: 'Website' });
    expect(again.status).toBe(200);
    expect(again.json.Contacts[0].Website).toBe('https://shared.test');
  });

  it('answers 200 when a contact left the result', async () => {
    const query = { fields: 'JobTitle', filters: filters(['', 'JobTitle', '=', 'Leaving soon', '']) };
    await post(sandbox, {
      Contacts: [
        { idc: 1001, JobTitle: 'Leaving soon' },
        { idc: 1002, JobTitle: 'Leaving soon' },
      ],
    });
    const first = await get(sandbox, 'Contacts', 'all', query);
    expect(first.json.Contacts.map((c: any) => c.idc)).toEqual([1001, 1002]);
    await post(sandbox, { Contacts: [{ idc: 1002, JobTitle: 'Gone' }] });
    const again = await conditional('Contacts', 'all', lastModified(first), query);
    expect(again.status).toBe(200);
    expect(again.json.Contacts.map((c: any) => c.idc)).toEqual([1001]);
    expect((await conditional('Contacts', 'all', lastModified(again), query)).status).toBe(304);
  });

  it('a second reader with an older date also gets 200 after a contact left', async () => {
    const query = { filters: filters(['', 'JobTitle', '=', 'Shared view', '']) };
    await post(sandbox, {
      Contacts: [
        { idc: 1003, JobTitle: 'Shared view' },
        { idc: 1004, JobTitle: 'Shared view' },
      ],
    });
    const older = await get(sandbox, 'Contacts', 'all', query);
    await post(sandbox, { Contacts: [{ idc: 1004, JobTitle: 'Other view' }] });
    expect((await get(sandbox, 'Contacts', 'all', query)).status).toBe(200);
    expect((await conditional('Contacts', 'all', lastModified(older), query)).status).toBe(200);
  });

  it('answers 200 when a new contact entered the result', async () => {
    const query = { filters: filters(['', 'Company', '=', 'Brand new company', '']) };
    const first = await get(sandbox, 'Contacts', 'all', query);
    expect(first.json.Contacts).toEqual([]);
    expect((await conditional('Contacts', 'all', lastModified(first), query)).status).toBe(304);
    await post(sandbox, { Contacts: [{ FirstName: 'New', Company: 'Brand new company' }] });
    const again = await conditional('Contacts', 'all', lastModified(first), query);
    expect(again.status).toBe(200);
    expect(again.json.Contacts).toHaveLength(1);
  });

  it('answers 200 when a contact joined the list of an S filter', async () => {
    const first = await get(sandbox, 'Contacts', 'S205');
    const outsider = (sandbox.contacts() as any[]).find((c) => !c.ContactScript.some((e: any) => e.ids === 205));
    await post(sandbox, { Contacts: [{ idc: outsider.idc, ContactScript: [{ ids: 205 }] }] });
    expect((await conditional('Contacts', 'S205', lastModified(first))).status).toBe(200);
  });

  it('the Last-Modified of a result is the latest of its contacts', async () => {
    const before = lastModified(await get(sandbox, 'Contacts', 'C1001'));
    await post(sandbox, { Contacts: [{ idc: 1002, JobTitle: 'Later' }] });
    const single = lastModified(await get(sandbox, 'Contacts', 'C1001'));
    const both = lastModified(await get(sandbox, 'Contacts', 'C1001,C1002'));
    const other = lastModified(await get(sandbox, 'Contacts', 'C1002'));
    expect(single).toBe(before);
    expect(both).toBe(other);
    expect(Date.parse(both)).toBeGreaterThan(Date.parse(single));
  });

  it('an empty result has a stable Last-Modified', async () => {
    const first = await get(sandbox, 'Contacts', 'C999999');
    await post(sandbox, { Contacts: [{ idc: 1001, JobTitle: 'Unrelated' }] });
    const second = await get(sandbox, 'Contacts', 'C999999');
    expect(lastModified(second)).toBe(lastModified(first));
  });

  it('a reset makes every earlier date stale', async () => {
    const first = await get(sandbox, 'Scripts', 'all');
    sandbox.reset();
    expect((await conditional('Scripts', 'all', lastModified(first))).status).toBe(200);
  });

  it.each([['not a date'], ['']])('If-Modified-Since %j that is not a date is ignored', async (since) => {
    expect((await conditional('Contacts', 'C1001', since)).status).toBe(200);
  });

  it('a date before the Last-Modified gets 200, a later one 304', async () => {
    const first = await get(sandbox, 'Contacts', 'C1001');
    const at = Date.parse(lastModified(first));
    expect((await conditional('Contacts', 'C1001', new Date(at - 1000).toUTCString())).status).toBe(200);
    expect((await conditional('Contacts', 'C1001', new Date(at + 60_000).toUTCString())).status).toBe(304);
  });

  it('a conditional read that hits an error still answers the error', async () => {
    const first = await get(sandbox, 'Contacts', 'C1001');
    const answer = await conditional('Contacts', 'C1001', lastModified(first), { fields: 'Nope' });
    expect(answer.status).toBe(400);
  });
});
