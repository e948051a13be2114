// @vitest-environment happy-dom
// Every saved page through detection, then the background's enrichment (which merges people): how many people
// each page shows before and after, and what merging changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect';
import { enrichFindings } from '../../../lib/enrich';
import { FIXTURES, loadFixture, parse } from '../detect/fixtures';

const demo = readFileSync(join(import.meta.dirname, '../../fixtures/demo/prospect.html'), 'utf8');
const pages: Record<string, { html: string; url: string }> = {
  ...Object.fromEntries(
    FIXTURES.map((name) => [name, { html: loadFixture(name).html, url: loadFixture(name).expected.url }]),
  ),
  demo: { html: demo, url: 'https://www.example.com/' },
};

/** People before merging, after, and the details of the people merging changed. */
const EXPECTED: Record<string, { before: number; after: Record<string, unknown>[] }> = {
  'company-contact': {
    before: 8,
    after: [
      { name: 'Marie-Ève Gagnon', company: 'Northwind Logistics Inc.' },
      { name: 'Olivia Chen', company: 'Pacific Freight Partners', email: undefined },
      { name: 'Thomas Bélanger', company: 'Northwind Logistics Inc.' },
      { name: 'Claire Roy', company: 'Northwind Logistics Inc.', detailSources: { company: 'email-domain' } },
      { name: "Kevin O'Neil", company: 'Northwind Logistics Inc.' },
      { name: 'Léa Fortin', company: 'Northwind Logistics Inc.' },
      { name: 'Noah Tremblay', company: 'Northwind Logistics Inc.' },
      { name: 'Sato Yuki', company: 'Northwind Logistics Inc.' },
    ],
  },
  decoys: { before: 0, after: [] },
  'gmail-thread': {
    before: 3,
    after: [{ name: 'Jane Doe' }, { name: 'Paul Martin' }, { name: 'Lucie Gagné', company: undefined }],
  },
  'linkedin-company': { before: 0, after: [] },
  'linkedin-person-2020': {
    before: 1,
    after: [
      {
        name: 'Marie-Ève Gagnon',
        email: 'marie-eve.gagnon@northwind-logistics.ca',
        detailSources: { email: 'name-in-address' },
      },
    ],
  },
  'linkedin-person-2024': {
    before: 1,
    after: [{ name: 'Jane Doe', emails: ['jane.doe@acme-robotics.com'], phone: '+1 514-555-0199' }],
  },
  'linkedin-person-fr': {
    before: 1,
    after: [{ name: 'Sébastien Roy', email: 'sebastien.roy@groupe-lumen.com' }],
  },
  'team-microdata': {
    before: 5,
    after: [
      { name: "Grace O'Malley", company: "O'Malley Consulting" },
      { name: 'Nadia Ferreira' },
      { name: 'Tomasz Nowak' },
      { name: 'Kenji Watanabe', email: undefined },
      { name: 'Lena Park', email: undefined },
    ],
  },
  demo: {
    before: 5,
    after: [
      { name: 'Claire Dubois', company: 'Northwind Robotics' },
      { name: 'Dr. Amara Okafor' },
      { name: 'Marcus Chen' },
      {
        name: 'Sofia Rossi',
        email: 'sofia.rossi@example.com',
        title: 'Account Executive, Europe',
        sources: ['microdata', 'nearby'],
      },
    ],
  },
};

describe('every saved page through merging', () => {
  it('covers every fixture', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(pages).sort());
  });

  it.each(Object.keys(pages))('%s', (name) => {
    const { html, url } = pages[name]!;
    const found = detectPage(parse(html), url);
    const { people } = enrichFindings(found);
    expect(found.people).toHaveLength(EXPECTED[name]!.before);
    expect(people).toHaveLength(EXPECTED[name]!.after.length);
    EXPECTED[name]!.after.forEach((p, i) => {
      for (const [key, value] of Object.entries(p)) expect((people[i] as Record<string, unknown>)[key]).toEqual(value);
    });
    // No address is two people's.
    const addresses = people.flatMap((p) => (p as { emails?: string[] }).emails ?? []);
    expect(new Set(addresses).size).toBe(addresses.length);
  });
});
