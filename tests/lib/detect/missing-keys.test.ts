// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { detectPage } from '../../../lib/detect';
import { codeToKeyPart } from '../../../lib/ui/finding-text';

// The popup turns a code into its catalogue key (lib/ui/finding-text.ts): these tests hold the detectors to it.
const missingMessageKey = (code: string) => `detectMissing${codeToKeyPart(code)}`;
import { FIXTURES, loadFixture } from './fixtures';

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

describe('sources', () => {
  const catalogue = en as Record<string, { message: string } | undefined>;
  const french = fr as Record<string, { message: string } | undefined>;
  const part = codeToKeyPart;

  it('every source the detectors give on the saved pages reads as text in English and French', () => {
    const sources = new Set<string>();
    for (const name of FIXTURES) {
      const { html, expected } = loadFixture(name);
      const f = detectPage(parse(html), expected.url);
      for (const x of [...f.people, ...f.emails, ...f.companies]) sources.add(x.source);
    }
    // The popup reads `detectSource…` (ours) or `uiSource…` (its own) for a source (lib/ui/finding-text.ts).
    const unread = [...sources].filter((s) =>
      [catalogue, french].some((c) => !c[`detectSource${part(s)}`] && !c[`uiSource${part(s)}`]),
    );
    expect(unread).toEqual([]);
  });
});
