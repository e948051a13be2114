// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { detectPage } from '../../../lib/detect';
import { missingMessageKey } from '../../../lib/detect/missing-keys';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

// Every code the adapters can report, produced by running them on pages that lack everything.
const codes = [
  ...detectPage(parse('<title>LinkedIn</title>'), 'https://www.linkedin.com/in/jane-doe').missing,
  ...detectPage(parse('<title>LinkedIn</title>'), 'https://www.linkedin.com/company/x/').missing,
  ...detectPage(parse('<h1>Acme</h1>'), 'https://www.linkedin.com/company/x/').missing,
  ...detectPage(
    parse('<div role="main"><div role="listitem"><span class="gD" email="a@acme.com">A</span></div></div>'),
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmcxKpJTbhKwzqtRCGMF',
  ).missing,
];

describe('missing entries', () => {
  it('are produced by the adapters', () => {
    expect(new Set(codes).size).toBe(8);
  });

  it.each([...new Set(codes)])('%s has a message in English and French', (code) => {
    const key = missingMessageKey(code);
    expect(key).toMatch(/^detectMissing[A-Z]/);
    expect((en as Record<string, { message: string }>)[key]?.message).toBeTruthy();
    expect((fr as Record<string, { message: string }>)[key]?.message).toBeTruthy();
  });

  it('maps codes to keys', () => {
    expect(missingMessageKey('linkedin.currentCompany')).toBe('detectMissingLinkedinCurrentCompany');
    expect(missingMessageKey('linkedinCompany.website')).toBe('detectMissingLinkedinCompanyWebsite');
  });
});
