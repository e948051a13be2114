// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectCompanies, mergeCompanies, siteCompanies } from '../../../lib/detect/companies';

const doc = (head: string) => new DOMParser().parseFromString(`<head>${head}</head>`, 'text/html');

describe('collectCompanies', () => {
  it('names the site from og:site_name, application-name or its host, merged with its email domain', () => {
    const companies = collectCompanies({
      site: siteCompanies(
        doc('<meta property="og:site_name" content="Acme Inc."><meta name="application-name" content="Acme">'),
        'https://www.acme.com/about',
      ),
      adapter: [],
      domains: ['acme.com'],
    });
    expect(companies).toEqual([{ name: 'Acme Inc.', domain: 'acme.com', source: 'og:site_name', confidence: 0.6 }]);
  });

  it('falls back to the host, adds every email domain but the excluded ones', () => {
    const companies = collectCompanies({
      site: siteCompanies(doc(''), 'https://blog.example.org/post'),
      adapter: [],
      domains: ['globex.com', 'Centrix.one', 'GLOBEX.com'],
      excludeDomains: ['centrix.one'],
    });
    expect(companies.map((c) => [c.name, c.source])).toEqual([
      ['blog.example.org', 'page-host'],
      ['globex.com', 'email-domain'],
    ]);
  });
});

describe('mergeCompanies', () => {
  it('keeps the strongest name and fills fields from the weaker finding', () => {
    expect(
      mergeCompanies([
        { name: 'acme.com', domain: 'acme.com', source: 'email-domain', confidence: 0.4 },
        { name: 'Acme', domain: 'www.acme.com', website: 'https://acme.com/', source: 'json-ld', confidence: 0.8 },
        { name: 'Globex', source: 'linkedin', confidence: 0.7 },
        { name: 'globex', source: 'x', confidence: 0.2 },
      ]),
    ).toEqual([
      { name: 'Acme', domain: 'www.acme.com', website: 'https://acme.com/', source: 'json-ld', confidence: 0.8 },
      { name: 'Globex', source: 'linkedin', confidence: 0.7 },
    ]);
  });
});
