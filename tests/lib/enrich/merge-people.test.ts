import { describe, expect, it } from 'vitest';
import { isFreeMailDomain, registrableDomain } from '../../../lib/enrich/enrich-findings';
import { mergePeople, type PersonLike } from '../../../lib/enrich/merge-people';

const options = { registrableDomain, isFreeMailDomain };
const person = (over: Partial<PersonLike>): PersonLike => ({ source: 'test', confidence: 0.8, ...over });
const merge = (people: PersonLike[], emails: string[] = [], companies: { name: string; domain?: string }[] = []) =>
  mergePeople({ people, emails: emails.map((address) => ({ address })), companies }, options);

describe('mergePeople: one person per human', () => {
  it('merges the same address, keeping every detail and the source of each', () => {
    const merged = merge([
      person({ name: 'Sofia Rossi', title: 'Account Executive', source: 'microdata', confidence: 0.9 }),
      person({
        name: 'Sofia Rossi',
        title: 'Account Executive',
        email: 'Sofia.Rossi@example.com',
        phone: '+39 02 5555 0173',
        source: 'nearby',
      }),
      person({ email: 'sofia.rossi@example.com', location: 'Milan', source: 'json-ld', confidence: 0.85 }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      name: 'Sofia Rossi',
      title: 'Account Executive',
      email: 'sofia.rossi@example.com',
      emails: ['sofia.rossi@example.com'],
      phone: '+39 02 5555 0173',
      location: 'Milan',
      confidence: 0.9,
      sources: ['microdata', 'json-ld', 'nearby'],
      detailSources: { name: 'microdata', title: 'microdata', phone: 'nearby', location: 'json-ld', email: 'json-ld' },
    });
  });

  it('merges the same profile URL and keeps both addresses, the strongest first', () => {
    const merged = merge([
      person({ name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe', email: 'jane@acme.com' }),
      person({ profileUrl: 'https://www.linkedin.com/in/Jane-Doe', email: 'jd@home.example', confidence: 0.5 }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.emails).toEqual(['jane@acme.com', 'jd@home.example']);
  });

  it.each<[string, PersonLike, PersonLike, number]>([
    [
      'same name, same title: one card read twice',
      person({ name: 'Sofia Rossi', title: 'AE, Europe' }),
      person({ name: 'sofia rossi', title: 'AE, Europe', email: 's@x.com' }),
      1,
    ],
    [
      'same name with accents and an honorific, same company (suffix aside)',
      person({ name: 'Dr. Amara Okafor', company: 'Northwind Inc.' }),
      person({ name: 'Amara Okafor', company: 'NORTHWIND' }),
      1,
    ],
    [
      'accents only differ',
      person({ name: 'Marie-Ève Gagnon', company: 'Northwind' }),
      person({ name: 'Marie-Eve Gagnon', company: 'Northwind' }),
      1,
    ],
    ['same name, nothing else agrees', person({ name: 'John Smith' }), person({ name: 'John Smith' }), 2],
    [
      'two different people with the same name: different addresses',
      person({ name: 'John Smith', title: 'CTO', email: 'john@acme.com' }),
      person({ name: 'John Smith', title: 'CTO', email: 'john.smith@globex.com' }),
      2,
    ],
    [
      'two different people with the same name: different titles',
      person({ name: 'John Smith', company: 'Acme', title: 'CTO' }),
      person({ name: 'John Smith', company: 'Acme', title: 'Intern' }),
      2,
    ],
    [
      'two different people with the same name: different companies',
      person({ name: 'John Smith', title: 'CTO', company: 'Acme' }),
      person({ name: 'John Smith', title: 'CTO', company: 'Globex' }),
      2,
    ],
    [
      'different LinkedIn profiles',
      person({ name: 'Li Wei', title: 'Engineer', profileUrl: 'https://www.linkedin.com/in/li-wei-1' }),
      person({ name: 'Li Wei', title: 'Engineer', profileUrl: 'https://www.linkedin.com/in/li-wei-2' }),
      2,
    ],
  ])('%s', (_label, a, b, count) => {
    expect(merge([a, b])).toHaveLength(count);
  });

  it('never merges by name when three findings share it (which two are one human is unknown)', () => {
    const same = { name: 'Ana Lima', title: 'Sales' };
    expect(merge([person(same), person(same), person({ ...same, email: 'ana@x.com' })])).toHaveLength(3);
  });

  it('gives an address-less person the page address that reads as their name, and only that one', () => {
    const merged = merge(
      [person({ name: 'Marie-Ève Gagnon', profileUrl: 'https://www.linkedin.com/in/marie-eve-gagnon-a1b2c3' })],
      ['marie-eve.gagnon@northwind-logistics.ca', 'careers@northwind-logistics.ca'],
    );
    expect(merged[0]).toMatchObject({
      email: 'marie-eve.gagnon@northwind-logistics.ca',
      detailSources: { email: 'name-in-address' },
    });
  });

  it.each<[string, string, boolean]>([
    ['Thomas Bélanger', 't.belanger', true],
    ['Sato Yuki', 'yuki.sato', true],
    ['Dr. Amara Okafor', 'a.okafor', true],
    ['Jane Doe', 'jdoe', true],
    ['Jane Doe', 'paul.martin', false],
    ['Jane Doe', 'doe', false],
    ['Jane Doe', 'careers', false],
    ['Ana Lima', 'analytics', false],
  ])('the address of %s may be %s@…: %s', (name, local, fits) => {
    const merged = merge([person({ name })], [`${local}@acme.com`]);
    expect(merged[0]!.email === `${local}@acme.com`).toBe(fits);
  });

  it('leaves an address that could name two people to neither', () => {
    const merged = merge([person({ name: 'Jane Doe' }), person({ name: 'John Doe' })], ['j.doe@acme.com']);
    expect(merged.map((p) => p.email)).toEqual([undefined, undefined]);
  });

  it("gives people of a company's own page that company, by their address's registrable domain", () => {
    const merged = merge(
      [
        person({ name: 'Claire Roy', email: 'Claire.Roy@mail.northwind-logistics.ca' }),
        person({ name: 'Olivia Chen', email: 'olivia@pacific-freight.com' }),
        person({ name: 'Bob Free', email: 'bob@gmail.com' }),
      ],
      [],
      [
        { name: 'Northwind Logistics Inc.', domain: 'northwind-logistics.ca' },
        { name: 'pacific-freight.com', domain: 'pacific-freight.com' },
        { name: 'Gmail', domain: 'gmail.com' },
      ],
    );
    expect(merged.map((p) => p.company)).toEqual(['Northwind Logistics Inc.', undefined, undefined]);
    expect(merged[0]!.detailSources).toEqual({ company: 'email-domain' });
  });

  it('keeps a person who names their own company', () => {
    const merged = merge(
      [person({ name: 'Grace', email: 'grace@harbourline.io', company: "O'Malley Consulting" })],
      [],
      [{ name: 'Harbourline Analytics', domain: 'harbourline.io' }],
    );
    expect(merged[0]!.company).toBe("O'Malley Consulting");
  });
});
