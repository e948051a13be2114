// The page lookups with the real Centrix client against the sandbox over loopback HTTP: a person is known by any
// of their strong keys, possible by name + company, an existing account is found (exact or near), and a whole
// typical page costs one request, counted in the sandbox's own request log. Then the account joining itself:
// a create that carries the account's own name (or its `ida`) lands in that account, not in a new blank one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lookup, type LookupQuery } from '../../../lib/background/lookups';
import { createCentrixClient } from '../../../lib/centrix';
import { detectPage } from '../../../lib/detect';
import { enrichFindings } from '../../../lib/enrich';
import { DEFAULT_SETTINGS, type FieldMapping } from '../../../lib/storage/settings-schema';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { post } from '../../sandbox/test-client';
import { Window } from 'happy-dom';
import { loadFixture } from '../detect/fixtures';

// The saved pages are parsed by happy-dom without making it the test's environment: its fetch would refuse loopback.
const parse = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;

let sandbox: Sandbox;
let mapping: FieldMapping;

const apiRequests = async () =>
  ((await (await fetch(`${sandbox.origin}/__sandbox/requests`)).json()) as { path: string; method: string }[]).filter(
    (r) => r.path.includes('/API_WEB/'),
  );

function context() {
  const client = createCentrixClient({
    baseUrl: sandbox.apiBase,
    account: sandbox.account,
    apiKey: sandbox.key,
    language: 'EN',
    fetch: globalThis.fetch,
    sleep: async () => undefined,
  });
  return {
    client,
    urlOverhead: sandbox.url('Contacts', 'all').length,
    settings: { ...DEFAULT_SETTINGS, fieldMapping: mapping },
  };
}

/** What the background asks for a saved page: its findings enriched and merged, as page.ts builds the query. */
function pageQuery(name: string): LookupQuery {
  const { html, expected } = loadFixture(name);
  const findings = enrichFindings(detectPage(parse(html), expected.url));
  const emails = new Set(findings.emails.map((e) => e.address.toLowerCase()));
  for (const p of findings.people) for (const e of p.emails ?? []) emails.add(e);
  return {
    emails: [...emails],
    profileUrls: findings.people.flatMap((p) => (p.profileUrl ? [p.profileUrl] : [])),
    companies: findings.companies.map((c) => ({ name: c.name, ...(c.domain ? { domain: c.domain } : {}) })),
    people: findings.people.map((p) => ({
      emails: p.emails ?? [],
      ...(p.profileUrl ? { profileUrl: p.profileUrl } : {}),
      ...(p.name ? { name: p.name } : {}),
      ...(p.company ? { company: p.company } : {}),
    })),
    accountIdField: 'ida',
  };
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, empty: true });
  mapping = {
    email: sandbox.fieldName('email'),
    firstName: sandbox.fieldName('firstName'),
    lastName: sandbox.fieldName('lastName'),
    company: sandbox.fieldName('company'),
    website: sandbox.fieldName('website'),
    jobTitle: sandbox.fieldName('jobTitle'),
    phone: sandbox.fieldName('phone'),
    linkedinUrl: sandbox.fieldName('linkedIn'),
  };
});
afterAll(async () => sandbox?.close());

beforeEach(async () => {
  await fetch(`${sandbox.origin}/__sandbox/reset`, { method: 'POST' });
  const saved = await post(sandbox, {
    Contacts: [
      {
        [mapping.firstName!]: 'Marie-Ève',
        [mapping.lastName!]: 'Gagnon',
        [mapping.email!]: 'marie-eve.gagnon@northwind-logistics.ca',
        [mapping.company!]: 'Northwind Logistics Inc.',
        [mapping.website!]: 'https://www.northwind-logistics.ca/',
      },
      {
        [mapping.firstName!]: 'Sébastien',
        [mapping.lastName!]: 'Roy',
        [mapping.email!]: 's.roy@lumen-old.example',
        [mapping.company!]: 'GROUPE LUMEN INC',
      },
      {
        [mapping.firstName!]: 'Jane',
        [mapping.lastName!]: 'Doe',
        [mapping.company!]: 'Acme Robotics',
        [mapping.linkedinUrl!]: 'ca.linkedin.com/in/Jane-Doe-1a2b3c4d/',
      },
    ],
  });
  expect(saved.status).toBe(200);
  await fetch(`${sandbox.origin}/__sandbox/requests`, { method: 'DELETE' });
});

describe('page lookups against the sandbox', () => {
  it('the ca.linkedin.com profile whose address is in Centrix is known, in one request', async () => {
    const result = await lookup(context(), pageQuery('linkedin-person-2020'));
    expect(result).toMatchObject({ ok: true, requests: 1 });
    if (!result.ok) return;
    expect(result.people).toEqual([{ status: 'known', via: 'email', contactId: '1001', name: 'Marie-Ève Gagnon' }]);
    // Its company "Northwind Logistics" is the account "Northwind Logistics Inc." (legal form aside): proposed.
    expect(result.accounts).toContainEqual({
      key: 'Northwind Logistics',
      name: 'Northwind Logistics Inc.',
      accountId: expect.stringMatching(/^\d+$/),
      match: 'near',
    });
    expect(await apiRequests()).toHaveLength(1);
  });

  it('a profile URL stored in another spelling is the same person', async () => {
    const result = await lookup(context(), pageQuery('linkedin-person-2024'));
    expect(result).toMatchObject({ ok: true, requests: 1 });
    if (result.ok) expect(result.people[0]).toMatchObject({ status: 'known', via: 'profile', contactId: '1003' });
  });

  it('the same name at the same company (legal form, case and accents aside) is a possible match, never known', async () => {
    const result = await lookup(context(), pageQuery('linkedin-person-fr'));
    expect(result).toMatchObject({ ok: true, requests: 1 });
    if (result.ok) {
      expect(result.people).toEqual([
        { status: 'possible', via: 'name', candidates: 1, contactId: '1002', name: 'Sébastien Roy' },
      ]);
    }
  });

  it('the same name at another company is new', async () => {
    const result = await lookup(context(), {
      emails: [],
      profileUrls: [],
      people: [{ emails: [], name: 'Sébastien Roy', company: 'Other Corp' }],
    });
    if (result.ok) expect(result.people).toEqual([{ status: 'new' }]);
  });

  it("a company's own contact page: the account is found exactly, by its name, in one request", async () => {
    const result = await lookup(context(), pageQuery('company-contact'));
    expect(result).toMatchObject({ ok: true, requests: 1 });
    if (!result.ok) return;
    const account = result.accounts.find((a) => a.key === 'Northwind Logistics Inc.');
    expect(account).toMatchObject({ name: 'Northwind Logistics Inc.', match: 'exact' });
    expect(result.people[0]).toMatchObject({ status: 'known', via: 'email' });
    expect(result.people.slice(1).every((p) => p.status === 'new')).toBe(true);
    expect(await apiRequests()).toHaveLength(1);
  });

  it.each(['linkedin-person-2020', 'linkedin-person-2024', 'linkedin-person-fr', 'gmail-thread', 'team-microdata'])(
    '%s: one request for the whole page',
    async (name) => {
      const result = await lookup(context(), pageQuery(name));
      expect(result).toMatchObject({ ok: true, requests: 1 });
      expect(await apiRequests()).toHaveLength(1);
    },
  );

  it('the demo page: one request', async () => {
    const html = readFileSync(join(import.meta.dirname, '../../fixtures/demo/prospect.html'), 'utf8');
    const findings = enrichFindings(detectPage(parse(html), 'https://www.example.com/'));
    const result = await lookup(context(), {
      emails: findings.emails.map((e) => e.address),
      profileUrls: [],
      companies: findings.companies.map((c) => ({ name: c.name, ...(c.domain ? { domain: c.domain } : {}) })),
      people: findings.people.map((p) => ({ emails: p.emails ?? [], ...(p.name ? { name: p.name } : {}) })),
    });
    expect(result).toMatchObject({ ok: true, requests: 1 });
  });
});

describe('joining an existing account', () => {
  it("a create with the account's own name or its ida lands in that account; the page's spelling opens a new one", async () => {
    const before = sandbox.contacts();
    const ida = before.find((c) => c[mapping.company!] === 'Northwind Logistics Inc.')!.ida;
    const create = (extra: Record<string, unknown>) =>
      post(sandbox, { Contacts: [{ [mapping.lastName!]: 'Roy', [mapping.firstName!]: 'Claire', ...extra }] });
    expect((await create({ [mapping.company!]: 'Northwind Logistics Inc.' })).status).toBe(200);
    expect((await create({ ida, [mapping.company!]: 'Northwind Logistics Inc.' })).status).toBe(200);
    const joined = sandbox.contacts().filter((c) => c.ida === ida);
    expect(joined).toHaveLength(3);
    // What the near match prevents: the page's own spelling would have opened a second account.
    expect((await create({ [mapping.company!]: 'Northwind Logistics' })).status).toBe(200);
    const accounts = new Set(sandbox.contacts().map((c) => c.ida));
    expect(accounts.size).toBe(new Set(before.map((c) => c.ida)).size + 1);
  });
});
