import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELDS, RESOURCES, resolveQueryField } from './schema.ts';
import { startSandbox, type Sandbox } from './server.ts';
import { filters, get, post } from './test-client.ts';

describe('schema definitions', () => {
  it.each(RESOURCES.map((resource) => [resource]))('%s: names are unique in each schema', (resource) => {
    for (const schema of ['en', 'fr'] as const) {
      const names = FIELDS[resource].map((field) => field[schema].toLowerCase());
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('every contact field has a level, and each level is used', () => {
    const levels = new Set(FIELDS.Contacts.map((field) => field.level));
    expect(levels).toEqual(new Set(['contact', 'account', 'script', 'account-script']));
  });

  it('the French names differ from the English ones for the everyday fields', () => {
    const renamed = FIELDS.Contacts.filter((field) => field.en !== field.fr).map((field) => field.fr);
    expect(renamed).toEqual(expect.arrayContaining(['Prenom', 'Nom', 'Courriel', 'Entreprise', 'Titre', 'Telephone']));
  });

  it.each([
    ['CC_LinkedIn', 'en', 'Contact_Custom_LinkedIn', false],
    ['ac_industry', 'en', 'Account_Custom_Industry', false],
    ['cs_CCS_NextStep', 'en', 'Contact_Custom_Script_NextStep', true],
    ['CS_acs_budget', 'en', 'Account_Custom_Script_Budget', true],
    ['CC_ProfilLinkedIn', 'fr', 'Contact_Custom_ProfilLinkedIn', false],
    ['cs_Statut', 'fr', 'Statut', true],
  ] as const)('resolveQueryField(%s, %s) → %s', (name, schema, expected, script) => {
    const ref = resolveQueryField('Contacts', schema, name);
    expect(ref?.field[schema]).toBe(expected);
    expect(ref?.script).toBe(script);
  });
});

describe('French schema', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ schema: 'fr' });
  });
  afterAll(() => sandbox.close());

  it('fields=all shows French names and no English ones', async () => {
    const answer = await get(sandbox, 'Contacts', 'C1001', { fields: 'all' });
    const contact = answer.json.Contacts[0];
    for (const name of ['idc', 'ExternalID', 'Prenom', 'Nom', 'Courriel', 'Entreprise', 'Titre', 'SiteWeb', 'Ville']) {
      expect(contact).toHaveProperty(name);
    }
    for (const name of ['FirstName', 'LastName', 'Email', 'Company', 'JobTitle'])
      expect(contact).not.toHaveProperty(name);
  });

  it('holds the same data as the English sandbox under other names', async () => {
    const english = await startSandbox();
    try {
      const en = english.contacts()[0] as Record<string, unknown>;
      const fr = sandbox.contacts()[0] as Record<string, unknown>;
      expect(fr[sandbox.fieldName('firstName')]).toBe(en[english.fieldName('firstName')]);
      expect(fr[sandbox.fieldName('company')]).toBe(en[english.fieldName('company')]);
      expect(sandbox.fieldName('email')).toBe('Courriel');
    } finally {
      await english.close();
    }
  });

  it.each([['FirstName'], ['Company'], ['cs_Status']])('an English name (%s) is unknown', async (fields) => {
    expect((await get(sandbox, 'Contacts', 'all', { fields })).status).toBe(400);
  });

  it('filters and cs_ use the French names', async () => {
    const answer = await get(sandbox, 'Contacts', 'all', {
      fields: 'Entreprise,cs_Statut',
      filters: filters(['', 'Entreprise', '[=', 'acme', ''], ['AND', 'cs_Statut', '<>', 'zzz', '']),
    });
    expect(answer.status).toBe(200);
    for (const contact of answer.json.Contacts) expect(contact.Entreprise).toBe('Acme Test Corp');
  });

  it('POST takes French names and refuses English ones', async () => {
    const ok = await post(sandbox, {
      Contacts: [{ Prenom: 'Élodie', Entreprise: 'Nouvelle Cie', ContactScript: [{ ids: 201, Statut: 'New' }] }],
    });
    expect(ok.status).toBe(200);
    expect(ok.json.Contacts[0]).toMatchObject({ Prenom: 'Élodie', Entreprise: 'Nouvelle Cie' });
    const refused = await post(sandbox, { Contacts: [{ FirstName: 'x' }] });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('FirstName');
  });

  it('other resources use French names too', async () => {
    const answer = await get(sandbox, 'Users', 'all');
    expect(Object.keys(answer.json.Users[0])).toEqual(['idu', 'Prenom', 'Nom', 'Courriel', 'Actif']);
  });
});

describe('empty sandbox', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ empty: true });
  });
  afterAll(() => sandbox.close());

  it.each<[string, string | undefined, number]>([
    ['Contacts', 'all', 0],
    ['Contacts', undefined, 0],
    ['Opportunities', 'all', 0],
    ['Scripts', undefined, 5],
    ['Users', 'all', 6],
    ['RevenueTypes', 'all', 4],
  ])('%s-%s has %i records', async (resource, baseFilter, count) => {
    const answer = await get(sandbox, resource, baseFilter);
    expect(answer.status).toBe(200);
    expect(answer.json[resource]).toHaveLength(count);
    expect(answer.headers.get('last-modified')).not.toBeNull();
  });

  it('the first created contact gets the first idc and a new account', async () => {
    const answer = await post(sandbox, { Contacts: [{ FirstName: 'First', Company: 'Only One' }] });
    expect(answer.json.Contacts[0]).toMatchObject({ idc: 1001, ida: 501, Company: 'Only One' });
    sandbox.reset();
    expect(sandbox.contacts()).toEqual([]);
  });
});
