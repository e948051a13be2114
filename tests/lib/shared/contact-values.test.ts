import { describe, expect, it } from 'vitest';
import { mappedValues, personValues } from '../../../lib/shared/contact-values';

describe('contact values', () => {
  it('sends only detected values, by role', () => {
    expect(
      personValues({
        name: 'Jane Doe',
        title: 'CTO',
        company: 'Acme',
        email: 'jane@acme.test',
        profileUrl: 'https://www.linkedin.com/in/jane',
      }),
    ).toEqual({
      fullName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane@acme.test',
      company: 'Acme',
      jobTitle: 'CTO',
      linkedinUrl: 'https://www.linkedin.com/in/jane',
    });
    expect(personValues({ email: 'x@y.test', title: '  ' })).toEqual({ email: 'x@y.test' });
  });

  it('does not call a non-LinkedIn profile a LinkedIn URL', () => {
    expect(personValues({ profileUrl: 'https://evil.test/linkedin.com/in/x' })).toEqual({});
  });

  it('trims what it sends and reads a LinkedIn profile on any LinkedIn subdomain', () => {
    expect(
      personValues({
        name: '  Marie-Ève Gagnon ',
        company: ' Northwind ',
        email: ' meg@northwind.test ',
        profileUrl: ' https://ca.linkedin.com/in/meg ',
      }),
    ).toEqual({
      fullName: 'Marie-Ève Gagnon',
      firstName: 'Marie-Ève',
      lastName: 'Gagnon',
      company: 'Northwind',
      email: 'meg@northwind.test',
      linkedinUrl: 'https://ca.linkedin.com/in/meg',
    });
    expect(personValues({ profileUrl: 'https://notlinkedin.com/in/x' })).toEqual({});
    expect(personValues({ profileUrl: 'not a url' })).toEqual({});
  });

  it('keeps only mapped roles and names the others', () => {
    expect(mappedValues({ email: 'a@b.test', jobTitle: 'CTO', phone: '' }, { email: 'Courriel' })).toEqual({
      values: { email: 'a@b.test' },
      unmapped: ['jobTitle', 'phone'],
    });
  });
});
