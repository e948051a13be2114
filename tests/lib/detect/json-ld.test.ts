// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hostOf, JSON_LD, readJsonLd as readHeadJsonLd } from '../../../lib/detect/json-ld';

// As collectFindings calls it: the head's scripts, and those the walk met in the body (here: all of them).
const readJsonLd = (doc: Document) => readHeadJsonLd(doc, doc.querySelectorAll(JSON_LD));

const doc = (...blocks: string[]) =>
  new DOMParser().parseFromString(
    blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join(''),
    'text/html',
  );

describe('readJsonLd', () => {
  it('reads organisations, their employees and members, in @graph, arrays and nesting', () => {
    const found = readJsonLd(
      doc(
        JSON.stringify({
          '@graph': [
            {
              '@type': ['Organization', 'Thing'],
              name: 'Acme',
              url: 'https://www.acme.com/',
              email: 'mailto:info@acme.com',
              employee: [{ '@type': 'Person', name: 'Jane Doe', jobTitle: 'CEO', email: ['jane@acme.com', 'junk'] }],
              member: { '@type': 'Person', givenName: 'Paul', familyName: 'Martin' },
              contactPoint: { '@type': 'ContactPoint', email: 'sales@acme.com' },
            },
          ],
        }),
        JSON.stringify([{ '@type': 'Person', name: 'Ann Lee', worksFor: { '@type': 'Corporation', name: 'Globex' } }]),
      ),
    );
    expect(found.emails.map((e) => e.address).sort()).toEqual(['info@acme.com', 'jane@acme.com', 'sales@acme.com']);
    expect(found.people).toEqual([
      { name: 'Jane Doe', email: 'jane@acme.com', company: 'Acme', title: 'CEO', source: 'json-ld', confidence: 0.85 },
      { name: 'Paul Martin', company: 'Acme', source: 'json-ld', confidence: 0.85 },
      { name: 'Ann Lee', company: 'Globex', source: 'json-ld', confidence: 0.85 },
    ]);
    expect(found.companies.map((c) => [c.name, c.domain])).toEqual([
      ['Acme', 'www.acme.com'],
      ['Globex', undefined],
    ]);
  });

  it('gives a person a canonical LinkedIn profile URL from url or sameAs', () => {
    const found = readJsonLd(
      doc(
        JSON.stringify({
          '@type': 'Person',
          name: 'Jane',
          sameAs: ['https://x.com/j', 'https://ca.linkedin.com/in/Jane-D/'],
        }),
      ),
    );
    expect(found.people[0]?.profileUrl).toBe('https://www.linkedin.com/in/jane-d');
  });

  it('skips broken blocks and keeps the good ones', () => {
    const found = readJsonLd(
      doc('{ "@type": "Organization", ', '{"@type":"Organization","name":"Good"}', 'null', '42'),
    );
    expect(found.companies.map((c) => c.name)).toEqual(['Good']);
  });

  it('stops at a bounded depth', () => {
    let nested: unknown = { '@type': 'Person', name: 'Deep', email: 'deep@acme.com' };
    for (let i = 0; i < 50; i++) nested = { child: nested };
    expect(readJsonLd(doc(JSON.stringify(nested)))).toEqual({ people: [], companies: [], emails: [] });
  });

  it('reads only JSON-LD scripts', () => {
    const d = new DOMParser().parseFromString(
      '<script type="application/json">{"@type":"Organization","name":"No"}</script><script>({"@type":"Organization","name":"No"})</script>',
      'text/html',
    );
    expect(readJsonLd(d).companies).toEqual([]);
  });
});

describe('hostOf', () => {
  it.each([
    ['https://WWW.Acme.com/x', 'www.acme.com'],
    ['http://acme.com', 'acme.com'],
    ['ftp://acme.com', undefined],
    ['javascript:alert(1)', undefined],
    ['not a url', undefined],
    [42, undefined],
  ])('%j → %j', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});

describe('readJsonLd sources', () => {
  it('reads the head by itself and body scripts only when handed them', () => {
    const d = new DOMParser().parseFromString(
      '<html><head><script type="application/ld+json">{"@type":"Organization","name":"Head"}</script></head>' +
        '<body><script type="application/ld+json">{"@type":"Organization","name":"Body"}</script></body></html>',
      'text/html',
    );
    expect(readHeadJsonLd(d).companies.map((c) => c.name)).toEqual(['Head']);
    expect(readHeadJsonLd(d, d.body.querySelectorAll(JSON_LD)).companies.map((c) => c.name)).toEqual(['Head', 'Body']);
  });
});
