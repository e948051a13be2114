import { describe, expect, it } from 'vitest';
import { accountLevelRoles, emailValues, withoutRoles } from '../../../lib/ui/contact-payload';

describe('contact payload', () => {
  it('builds an email-only contact', () => {
    expect(
      emailValues({ key: 'e:1', address: 'a@b.test', source: 'text', confidence: 1, lookup: { kind: 'new' } }),
    ).toEqual({ email: 'a@b.test' });
  });

  it('flags account-level roles that the mapping would actually send', () => {
    const values = { company: 'Acme', jobTitle: 'CTO', email: 'a@b.test', website: 'https://acme.test' };
    expect(accountLevelRoles(values, { company: 'Entreprise', jobTitle: 'Titre', email: 'Courriel' })).toEqual([
      'company',
    ]);
    expect(accountLevelRoles(values, { jobTitle: 'AC_Titre', email: 'Courriel' })).toEqual(['jobTitle']);
    expect(accountLevelRoles(values, {})).toEqual([]);
  });

  it('drops roles on request', () => {
    expect(withoutRoles({ company: 'Acme', email: 'a@b.test' }, ['company'])).toEqual({ email: 'a@b.test' });
  });
});
