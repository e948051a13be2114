import { describe, expect, it } from 'vitest';
import {
  accountLevelRoles,
  emailValues,
  mappedValues,
  personValues,
  withoutRoles,
} from '../../../lib/ui/contact-payload';
import type { PersonView } from '../../../lib/ui/view-types';

const person = (partial: Partial<PersonView>): PersonView => ({
  key: 'p:1',
  source: 'linkedin.topCard',
  confidence: 1,
  lookup: { kind: 'new' },
  ...partial,
});

describe('contact payload', () => {
  it('sends only detected values, by role', () => {
    expect(
      personValues(
        person({
          name: 'Jane Doe',
          title: 'CTO',
          company: 'Acme',
          email: 'jane@acme.test',
          profileUrl: 'https://www.linkedin.com/in/jane',
        }),
      ),
    ).toEqual({
      fullName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane@acme.test',
      company: 'Acme',
      jobTitle: 'CTO',
      linkedinUrl: 'https://www.linkedin.com/in/jane',
    });
    expect(personValues(person({ email: 'x@y.test', title: '  ' }))).toEqual({ email: 'x@y.test' });
  });

  it('does not call a non-LinkedIn profile a LinkedIn URL', () => {
    expect(personValues(person({ profileUrl: 'https://evil.test/linkedin.com/in/x' }))).toEqual({});
  });

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

  it('keeps only mapped roles and names the others', () => {
    expect(mappedValues({ email: 'a@b.test', jobTitle: 'CTO', phone: '' }, { email: 'Courriel' })).toEqual({
      values: { email: 'a@b.test' },
      unmapped: ['jobTitle', 'phone'],
    });
  });

  it('drops roles on request', () => {
    expect(withoutRoles({ company: 'Acme', email: 'a@b.test' }, ['company'])).toEqual({ email: 'a@b.test' });
  });
});
