import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './server.ts';
import { get, post } from './test-client.ts';

type Contact = Record<string, any>;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const dump = (): Contact[] => sandbox.contacts();
const byIdc = (idc: number): Contact => {
  const found = dump().find((contact) => contact.idc === idc);
  if (!found) throw new Error(`no contact ${idc}`);
  return found;
};
const lists = (contact: Contact): number[] => contact.ContactScript.map((entry: any) => entry.ids);

/** Two contacts of the same account, and the other contacts of other accounts. */
function sharedAccount(): { a: Contact; b: Contact; others: Contact[] } {
  for (const a of dump()) {
    const b = dump().find((c) => c.ida === a.ida && c.idc !== a.idc);
    if (b) return { a, b, others: dump().filter((c) => c.ida !== a.ida) };
  }
  throw new Error('seed has no shared account');
}

describe('POST: which contact', () => {
  it('updates the contact named by idc and echoes it', async () => {
    const answer = await post(sandbox, { Contacts: [{ idc: 1005, JobTitle: 'Chef de projet' }] });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.json.Result).toBe('Success');
    expect(answer.json.Contacts).toHaveLength(1);
    expect(answer.json.Contacts[0]).toMatchObject({ idc: 1005, JobTitle: 'Chef de projet' });
    const read = await get(sandbox, 'Contacts', 'C1005', { fields: 'JobTitle' });
    expect(read.json.Contacts[0].JobTitle).toBe('Chef de projet');
    expect(dump()).toHaveLength(60);
  });

  it('accepts idc as a numeric string', async () => {
    const answer = await post(sandbox, { Contacts: [{ idc: '1006', JobTitle: 'X' }] });
    expect(answer.json.Contacts[0].idc).toBe(1006);
  });

  it('upserts by ExternalID: updates the contact that has it', async () => {
    const target = dump().find((contact) => contact.ExternalID !== '');
    if (!target) throw new Error('seed has no ExternalID');
    const answer = await post(sandbox, { Contacts: [{ ExternalID: target.ExternalID, JobTitle: 'Upserted' }] });
    expect(answer.json.Contacts[0].idc).toBe(target.idc);
    expect(byIdc(target.idc).JobTitle).toBe('Upserted');
    expect(dump()).toHaveLength(60);
  });

  it('upserts by ExternalID: creates the contact when none has it, then updates it', async () => {
    const first = await post(sandbox, { Contacts: [{ ExternalID: 'web-777', FirstName: 'Nouvelle' }] });
    const idc = first.json.Contacts[0].idc;
    expect(idc).toBe(1061);
    expect(first.json.Contacts[0].ExternalID).toBe('web-777');
    const second = await post(sandbox, { Contacts: [{ ExternalID: 'web-777', LastName: 'Personne' }] });
    expect(second.json.Contacts[0].idc).toBe(idc);
    expect(byIdc(idc)).toMatchObject({ FirstName: 'Nouvelle', LastName: 'Personne' });
    expect(dump()).toHaveLength(61);
  });

  it('creates a contact when neither idc nor ExternalID is given, every time', async () => {
    const body = { Contacts: [{ FirstName: 'Twice', Email: 'twice@example.test' }] };
    const one = await post(sandbox, body);
    const two = await post(sandbox, body);
    expect(one.json.Contacts[0].idc).not.toBe(two.json.Contacts[0].idc);
    expect(dump().filter((contact) => contact.FirstName === 'Twice')).toHaveLength(2);
  });

  it('an empty ExternalID does not match anything: it creates', async () => {
    const answer = await post(sandbox, { Contacts: [{ ExternalID: '', FirstName: 'Blank' }] });
    expect(answer.json.Contacts[0].idc).toBe(1061);
  });

  it('echoes the saved contacts in request order', async () => {
    const withExternal = dump().find((contact) => contact.ExternalID !== '');
    const answer = await post(sandbox, {
      Contacts: [
        { FirstName: 'Created' },
        { idc: 1010, JobTitle: 'Updated' },
        { ExternalID: withExternal?.ExternalID, JobTitle: 'Upserted' },
        { idc: 1002 },
      ],
    });
    expect(answer.json.Contacts.map((contact: Contact) => contact.idc)).toEqual([1061, 1010, withExternal?.idc, 1002]);
    expect(answer.json.Contacts[0].FirstName).toBe('Created');
  });

  it('zero contacts is a success with an empty array', async () => {
    const answer = await post(sandbox, { Contacts: [] });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ Result: 'Success', Contacts: [] });
  });

  it.each([['C'], ['S201'], ['all'], ['anything at all']])('the base filter %j is ignored', async (baseFilter) => {
    const answer = await post(sandbox, { Contacts: [{ idc: 1003, JobTitle: 'Same' }] }, baseFilter);
    expect(answer.status).toBe(200);
    expect(answer.json.Contacts[0].idc).toBe(1003);
  });
});

describe('POST: which fields', () => {
  it('leaves an omitted field unchanged and empties a field sent empty', async () => {
    const before = byIdc(1004);
    expect(before.LastName).not.toBe('');
    expect(before.Phone).not.toBe('');
    await post(sandbox, { Contacts: [{ idc: 1004, Phone: '' }] });
    const after = byIdc(1004);
    expect(after.Phone).toBe('');
    expect(after.LastName).toBe(before.LastName);
    expect({ ...after, Phone: before.Phone }).toEqual(before);
  });

  it('accepts numbers as values and keeps multiple choices', async () => {
    await post(sandbox, {
      Contacts: [{ idc: 1004, Account_Custom_Employees: 42, Contact_Custom_Interests: 'CRM::Formation' }],
    });
    expect(byIdc(1004)).toMatchObject({ Account_Custom_Employees: '42', Contact_Custom_Interests: 'CRM::Formation' });
  });

  it('matches field names case-insensitively and answers with the schema names', async () => {
    const answer = await post(sandbox, { Contacts: [{ idc: 1004, jobtitle: 'lower', EMAIL: 'upper@example.test' }] });
    expect(answer.json.Contacts[0]).toMatchObject({ JobTitle: 'lower', Email: 'upper@example.test' });
  });

  it('stores accents, apostrophes and long values as given', async () => {
    const value = `Société d'Économie ${'très '.repeat(80)}longue`;
    await post(sandbox, { Contacts: [{ idc: 1004, Notes: value, LastName: "O'Néill" }] });
    expect(byIdc(1004)).toMatchObject({ Notes: value, LastName: "O'Néill" });
  });
});

describe('POST: account-level fields', () => {
  it('changing an account-level field on one contact changes it on every contact of the account', async () => {
    const { a, b, others } = sharedAccount();
    await post(sandbox, {
      Contacts: [{ idc: a.idc, Website: 'https://changed.test', City: 'Rimouski', JobTitle: 'Own' }],
    });
    const mates = dump().filter((contact) => contact.ida === a.ida);
    expect(mates.length).toBeGreaterThanOrEqual(2);
    for (const mate of mates) expect(mate).toMatchObject({ Website: 'https://changed.test', City: 'Rimouski' });
    expect(byIdc(b.idc).JobTitle).toBe(b.JobTitle);
    for (const other of others) expect(byIdc(other.idc).Website).toBe(other.Website);
  });

  it('a created contact whose Company names an existing account joins it (case-insensitive)', async () => {
    const { a } = sharedAccount();
    const answer = await post(sandbox, {
      Contacts: [{ FirstName: 'Joiner', Company: ` ${a.Company.toUpperCase()} ` }],
    });
    const created = answer.json.Contacts[0];
    expect(created.ida).toBe(a.ida);
    expect(created.Website).toBe(a.Website);
  });

  it('a created contact with a new Company gets a new account', async () => {
    const answer = await post(sandbox, { Contacts: [{ FirstName: 'Founder', Company: 'Startup Inédite' }] });
    const created = answer.json.Contacts[0];
    expect(dump().filter((contact) => contact.ida === created.ida)).toHaveLength(1);
    expect(created.Company).toBe('Startup Inédite');
  });

  it('a created contact can name its account with ida', async () => {
    const { a } = sharedAccount();
    const answer = await post(sandbox, { Contacts: [{ FirstName: 'ByIda', ida: a.ida }] });
    expect(answer.json.Contacts[0]).toMatchObject({ ida: a.ida, Company: a.Company });
  });

  it('renaming the Company renames the account for all its contacts', async () => {
    const { a, b } = sharedAccount();
    await post(sandbox, { Contacts: [{ idc: a.idc, Company: 'Renamed Ltd' }] });
    expect(byIdc(b.idc).Company).toBe('Renamed Ltd');
  });
});

describe('POST: ContactScript', () => {
  it('adds a membership with its fields and keeps the others', async () => {
    const contact = dump().find((c) => lists(c).length >= 1 && !lists(c).includes(205));
    if (!contact) throw new Error('seed has no suitable contact');
    await post(sandbox, {
      Contacts: [
        { idc: contact.idc, ContactScript: [{ ids: 205, Status: 'New', Contact_Custom_Script_NextStep: 'Appeler' }] },
      ],
    });
    const after = byIdc(contact.idc);
    expect(lists(after)).toEqual([...lists(contact), 205].sort((x, y) => x - y));
    expect(after.ContactScript.find((e: any) => e.ids === 205)).toMatchObject({
      Status: 'New',
      Contact_Custom_Script_NextStep: 'Appeler',
    });
    for (const entry of contact.ContactScript) expect(after.ContactScript).toContainEqual(entry);
  });

  it('an entry with only ids makes the contact a member; an empty ContactScript removes nothing', async () => {
    const contact = dump().find((c) => lists(c).length >= 1 && !lists(c).includes(204));
    if (!contact) throw new Error('seed has no suitable contact');
    await post(sandbox, { Contacts: [{ idc: contact.idc, ContactScript: [{ ids: '204' }] }] });
    expect(lists(byIdc(contact.idc))).toContain(204);
    await post(sandbox, { Contacts: [{ idc: contact.idc, ContactScript: [] }] });
    expect(lists(byIdc(contact.idc))).toEqual([...lists(contact), 204].sort((x, y) => x - y));
  });

  it('updates the fields of an existing membership only where given', async () => {
    const contact = dump().find((c) => lists(c).length >= 1);
    const entry = contact?.ContactScript[0];
    await post(sandbox, { Contacts: [{ idc: contact?.idc, ContactScript: [{ ids: entry.ids, Status: 'Won' }] }] });
    expect(byIdc(contact?.idc).ContactScript[0]).toEqual({ ...entry, Status: 'Won' });
  });

  it('Account_Custom_Script_ fields are shared by the account contacts in that list', async () => {
    const { a, b } = sharedAccount();
    await post(sandbox, {
      Contacts: [
        { idc: a.idc, ContactScript: [{ ids: 203, Account_Custom_Script_Budget: '12345' }] },
        { idc: b.idc, ContactScript: [{ ids: 203 }] },
      ],
    });
    const entryOf = (idc: number) => byIdc(idc).ContactScript.find((e: any) => e.ids === 203);
    expect(entryOf(a.idc).Account_Custom_Script_Budget).toBe('12345');
    expect(entryOf(b.idc).Account_Custom_Script_Budget).toBe('12345');
  });
});

describe('POST: refusals (400, nothing saved)', () => {
  const externalIds = () => dump().filter((c) => c.ExternalID !== '');
  it.each<[string, () => unknown, RegExp]>([
    ['malformed JSON', () => '{"Contacts": [', /^Malformed JSON/],
    ['a JSON array', () => [], /The body must be \{"Contacts"/],
    ['no Contacts', () => ({ contacts: [] }), /The body must be/],
    ['Contacts not an array', () => ({ Contacts: { idc: 1001 } }), /The body must be/],
    [
      'a contact that is not an object',
      () => ({ Contacts: ['x'] }),
      /Contacts\[0\]: each contact must be a JSON object/,
    ],
    [
      'unknown idc',
      () => ({ Contacts: [{ idc: 999999, JobTitle: 'x' }] }),
      /Contacts\[0\]: no contact with idc 999999/,
    ],
    ['idc not a number', () => ({ Contacts: [{ idc: 'abc' }] }), /idc must be a positive integer/],
    ['unknown field', () => ({ Contacts: [{ idc: 1001, Colour: 'blue' }] }), /unknown field "Colour"/],
    ['abbreviation in a body', () => ({ Contacts: [{ idc: 1001, CC_LinkedIn: 'x' }] }), /unknown field "CC_LinkedIn"/],
    [
      'script field at the top',
      () => ({ Contacts: [{ idc: 1001, Status: 'x' }] }),
      /"Status" belongs inside ContactScript/,
    ],
    ['null value', () => ({ Contacts: [{ idc: 1001, Email: null }] }), /"Email" must be a string or a number/],
    ['boolean value', () => ({ Contacts: [{ idc: 1001, Email: true }] }), /"Email" must be a string or a number/],
    ['same field twice', () => ({ Contacts: [{ idc: 1001, Email: 'a', email: 'b' }] }), /"email" is given twice/],
    [
      'ContactScript not an array',
      () => ({ Contacts: [{ idc: 1001, ContactScript: {} }] }),
      /ContactScript must be an array/,
    ],
    [
      'ContactScript entry without ids',
      () => ({ Contacts: [{ idc: 1001, ContactScript: [{ Status: 'x' }] }] }),
      /needs "ids"/,
    ],
    ['unknown list', () => ({ Contacts: [{ idc: 1001, ContactScript: [{ ids: 999 }] }] }), /unknown list ids 999/],
    [
      'unknown field in ContactScript',
      () => ({ Contacts: [{ idc: 1001, ContactScript: [{ ids: 201, Colour: 'x' }] }] }),
      /ContactScript\[0\]: unknown field "Colour"/,
    ],
    [
      'contact field in ContactScript',
      () => ({ Contacts: [{ idc: 1001, ContactScript: [{ ids: 201, Email: 'x' }] }] }),
      /"Email" is not a ContactScript field/,
    ],
    [
      'an ExternalID another contact has',
      () => ({ Contacts: [{ idc: externalIds()[1]?.idc, ExternalID: externalIds()[0]?.ExternalID }] }),
      /already belongs to contact/,
    ],
    ['unknown ida', () => ({ Contacts: [{ FirstName: 'x', ida: 99999 }] }), /no account with ida 99999/],
    ['moving to another account', () => ({ Contacts: [{ idc: 1001, ida: 999 }] }), /no account|cannot move/],
    [
      'moving to another existing account',
      () => ({ Contacts: [{ idc: 1001, ida: sharedAccount().others.find((c) => c.ida !== byIdc(1001).ida)?.ida }] }),
      /cannot move a contact to another account/,
    ],
    [
      'a valid contact then an invalid one',
      () => ({ Contacts: [{ FirstName: 'Valid' }, { idc: 1001, JobTitle: 'Valid too' }, { idc: 1001, Bad: 1 }] }),
      /^Contacts\[2\]: unknown field "Bad"\. Nothing was saved\.$/,
    ],
  ])('%s', async (_name, body, message) => {
    const before = dump();
    const answer = await post(sandbox, body());
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.text).toMatch(message);
    expect(dump()).toEqual(before);
  });

  it.each([['Opportunities'], ['Users'], ['Scripts'], ['RevenueTypes'], ['RevenueTypesSub1'], ['RevenueTypesSub2']])(
    'POST to %s is refused: read-only',
    async (resource) => {
      const answer = await post(sandbox, { [resource]: [] }, 'all', resource);
      expect(answer.status).toBe(400);
      expect(answer.text).toMatch(/read-only/);
    },
  );

  it('POST without a base filter segment is refused', async () => {
    const url = sandbox.url('Contacts');
    const answer = await fetch(url, { method: 'POST', body: JSON.stringify({ Contacts: [{ FirstName: 'x' }] }) });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toMatch(/needs a base filter segment/);
    expect(dump()).toHaveLength(60);
  });
});
