import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './server.ts';
import { get } from './test-client.ts';

let sandbox: Sandbox;
/** A contact that belongs to at least one list, so ContactScript fields show. */
let member: number;

beforeAll(async () => {
  sandbox = await startSandbox();
  const found = sandbox.contacts().find((contact: any) => contact.ContactScript.length > 0);
  if (!found) throw new Error('seed has no list member');
  member = found.idc as number;
});
afterAll(() => sandbox.close());

const contactOf = async (fields?: string) => {
  const answer = await get(sandbox, 'Contacts', `C${member}`, fields === undefined ? undefined : { fields });
  expect(answer.status).toBe(200);
  return answer.json.Contacts[0] as Record<string, any>;
};

const names = (level: (l: string) => boolean) =>
  sandbox
    .fields()
    .filter((field) => level(field.level))
    .map((field) => field.name);
const scriptLevel = (level: string) => level === 'script' || level === 'account-script';

describe('fields', () => {
  it.each([['all'], ['ALL'], ['FirstName,all'], [''], [undefined]])(
    'fields=%s returns every field, ContactScript entries included',
    async (fields) => {
      const contact = await contactOf(fields);
      expect(Object.keys(contact)).toEqual([...names((l) => !scriptLevel(l)), 'ContactScript']);
      for (const entry of contact.ContactScript) {
        expect(Object.keys(entry)).toEqual(['ids', ...names(scriptLevel)]);
      }
    },
  );

  it.each<[string, string[], string[]]>([
    ['FirstName,LastName', ['idc', 'FirstName', 'LastName'], ['ids']],
    ['LastName,FirstName', ['idc', 'FirstName', 'LastName'], ['ids']],
    ['firstname, LASTNAME', ['idc', 'FirstName', 'LastName'], ['ids']],
    ['Email', ['idc', 'Email'], ['ids']],
    ['idc', ['idc'], ['ids']],
    ['ida,Company', ['idc', 'ida', 'Company'], ['ids']],
    ['cs_Status', ['idc'], ['ids', 'Status']],
    ['cs_salesrep1,cs_status', ['idc'], ['ids', 'salesrep1', 'Status']],
    ['cs_ids', ['idc'], ['ids']],
    ['CC_LinkedIn', ['idc', 'Contact_Custom_LinkedIn'], ['ids']],
    ['cc_linkedin', ['idc', 'Contact_Custom_LinkedIn'], ['ids']],
    ['AC_Industry', ['idc', 'Account_Custom_Industry'], ['ids']],
    ['Contact_Custom_Interests', ['idc', 'Contact_Custom_Interests'], ['ids']],
    ['cs_CCS_NextStep', ['idc'], ['ids', 'Contact_Custom_Script_NextStep']],
    ['cs_ACS_Budget', ['idc'], ['ids', 'Account_Custom_Script_Budget']],
    ['cs_Contact_Custom_Script_Interest', ['idc'], ['ids', 'Contact_Custom_Script_Interest']],
    ['FirstName,,Email,', ['idc', 'FirstName', 'Email'], ['ids']],
  ])('fields=%s gives %j and ContactScript entries %j', async (fields, top, inScript) => {
    const contact = await contactOf(fields);
    expect(Object.keys(contact)).toEqual([...top, 'ContactScript']);
    expect(contact.ContactScript.length).toBeGreaterThan(0);
    for (const entry of contact.ContactScript) expect(Object.keys(entry)).toEqual(inScript);
  });

  it('ids are numbers, other values strings', async () => {
    const contact = await contactOf('all');
    expect(typeof contact.idc).toBe('number');
    expect(typeof contact.ida).toBe('number');
    expect(typeof contact.ContactScript[0].ids).toBe('number');
    for (const name of names((l) => !scriptLevel(l)).filter((n) => n !== 'idc' && n !== 'ida')) {
      expect(typeof contact[name]).toBe('string');
    }
  });

  it('multiple choices are joined with ::', () => {
    const values = sandbox.contacts().map((contact: any) => contact.Contact_Custom_Interests as string);
    expect(values.some((value) => value.split('::').length >= 2)).toBe(true);
  });

  it.each([
    ['Foo', ['Foo']],
    ['FirstName,Bar,Baz', ['Bar', 'Baz']],
    ['Status', ['Status']],
    ['CCS_NextStep', ['CCS_NextStep']],
    ['cs_FirstName', ['cs_FirstName']],
    ['cs_Foo', ['cs_Foo']],
    ['Prenom', ['Prenom']],
    ['ContactScript', ['ContactScript']],
  ])('fields=%s is refused with 400 naming %j', async (fields, unknown) => {
    const answer = await get(sandbox, 'Contacts', 'all', { fields });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    for (const name of unknown) expect(answer.text).toContain(`${name}`);
    expect(answer.text).toMatch(/unknown field/i);
  });

  it.each<[string, string, string[]]>([
    ['Users', 'Email', ['idu', 'Email']],
    ['Scripts', 'name', ['ids', 'Name']],
    ['Opportunities', 'Amount,idc', ['ido', 'idc', 'Amount']],
    ['RevenueTypesSub1', 'idrt', ['idrts1', 'idrt']],
  ])('%s fields=%s gives %j', async (resource, fields, keys) => {
    const answer = await get(sandbox, resource, 'all', { fields });
    expect(answer.status).toBe(200);
    for (const record of answer.json[resource]) expect(Object.keys(record)).toEqual(keys);
  });

  it.each([
    ['Users', 'Company'],
    ['Scripts', 'cs_Status'],
    ['Opportunities', 'FirstName'],
  ])('%s fields=%s is refused with 400', async (resource, fields) => {
    const answer = await get(sandbox, resource, 'all', { fields });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain(fields);
  });
});
