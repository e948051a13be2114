import { describe, expect, it } from 'vitest';
import { lookup, lookupTerms } from '../../../lib/background/lookups';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings-schema';
import { FakeCentrix } from './support/fake-centrix';

const mapping = {
  email: 'Courriel',
  firstName: 'Prenom',
  lastName: 'Nom',
  company: 'Entreprise',
  website: 'SiteWeb',
  linkedinUrl: 'Contact_Custom_ProfilLinkedIn',
};

function context(fake: FakeCentrix, fieldMapping: Record<string, string> = mapping) {
  return { client: fake.client(), urlOverhead: 150, settings: { ...DEFAULT_SETTINGS, fieldMapping } };
}

describe('lookups', () => {
  const fake = new FakeCentrix();
  fake.contacts.push(
    {
      idc: '7',
      Courriel: 'Ada@Example.com',
      Prenom: 'Ada',
      Nom: 'Lovelace',
      Entreprise: 'Analytical Engines',
      SiteWeb: 'https://www.engines.example/',
      Contact_Custom_ProfilLinkedIn: 'http://linkedin.com/in/ada-lovelace/',
      Secret: 'not for pages',
    },
    { idc: '8', Courriel: 'alan@example.com', Prenom: 'Alan' },
  );

  it('asks once, over the mapped fields, and answers known-or-not with id and name only', async () => {
    fake.reads.length = 0;
    const result = await lookup(context(fake), {
      emails: ['ADA@example.com', 'nobody@example.com'],
      profileUrls: ['https://www.linkedin.com/in/ada-lovelace?trk=x', 'https://www.linkedin.com/in/someone-else'],
      companies: [{ name: 'analytical  engines', domain: 'engines.example' }, { name: 'Unknown Co' }],
    });
    expect(fake.reads).toHaveLength(1);
    expect(result).toEqual({
      ok: true,
      requests: 1,
      matches: [
        { kind: 'email', key: 'ada@example.com', known: true, contactId: '7', name: 'Ada Lovelace' },
        { kind: 'email', key: 'nobody@example.com', known: false },
        {
          kind: 'profile',
          key: 'https://www.linkedin.com/in/ada-lovelace?trk=x',
          known: true,
          contactId: '7',
          name: 'Ada Lovelace',
        },
        { kind: 'profile', key: 'https://www.linkedin.com/in/someone-else', known: false },
      ],
      companies: [
        { kind: 'name', key: 'analytical  engines', known: true },
        { kind: 'domain', key: 'engines.example', known: true },
        { kind: 'name', key: 'Unknown Co', known: false },
      ],
      people: [],
      accounts: [{ key: 'analytical  engines', name: 'Analytical Engines', match: 'near' }],
    });
  });

  it('uses whatever the account calls its fields (nothing hard-coded)', () => {
    const terms = lookupTerms({ emails: ['a@b.co'], profileUrls: [] }, { email: 'E_Mail_Adresse' });
    expect(terms).toEqual([{ field: 'E_Mail_Adresse', op: '=', value: 'a@b.co' }]);
  });

  it('says so when nothing asked for has a mapped field, and does not ask Centrix', async () => {
    fake.reads.length = 0;
    expect(await lookup(context(fake, {}), { emails: ['a@b.co'], profileUrls: [] })).toEqual({
      ok: false,
      error: 'unmapped',
    });
    expect(await lookup(context(fake), { emails: [], profileUrls: [] })).toMatchObject({ ok: true, requests: 0 });
    expect(fake.reads).toHaveLength(0);
  });

  it('passes a Centrix failure on', async () => {
    fake.readFaults.push('unavailable');
    const result = await lookup(context(fake), { emails: ['a@b.co'], profileUrls: [] });
    expect(result).toMatchObject({ ok: false, error: 'failed', failure: { kind: 'unavailable' } });
  });
});
