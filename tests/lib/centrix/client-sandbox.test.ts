// The client against the sandbox over real loopback HTTP: every injected fault, both field-name schemas, real 304s
// and coalescing counted in the sandbox's request log. Waits are recorded by an injected sleep, never slept.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCentrixClient } from '../../../lib/centrix/client';
import { anyOf, and, or, where } from '../../../lib/centrix/filters';
import { proposeRoleMapping } from '../../../lib/centrix/role-mapping';
import type { CentrixClient, CentrixClientOptions } from '../../../lib/centrix/types';
import { startSandbox, type Sandbox } from '../../sandbox/server';

type Fault = Record<string, unknown>;

async function injectFaults(sandbox: Sandbox, faults: Fault[]): Promise<void> {
  const response = await fetch(`${sandbox.origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify(faults) });
  expect(response.status).toBe(200);
}

async function resetSandbox(sandbox: Sandbox): Promise<void> {
  expect((await fetch(`${sandbox.origin}/__sandbox/reset`, { method: 'POST' })).status).toBe(200);
}

async function requestLog(sandbox: Sandbox): Promise<{ method: string; status: number; fault?: string }[]> {
  return (await fetch(`${sandbox.origin}/__sandbox/requests`)).json();
}

/** Everything the client let out during a run (results, messages, log lines), with the secrets it must not hold. */
const leaks: { text: string; secrets: string[] }[] = [];

function record(secrets: string[], value: unknown): void {
  const text = JSON.stringify(value);
  leaks.push({ text, secrets });
  const error = (value as { ok?: boolean; error?: { message(locale: 'en' | 'fr'): string } }).error;
  if (error) for (const locale of ['en', 'fr'] as const) leaks.push({ text: error.message(locale), secrets });
}

/** A client whose every result and log line is recorded for the leak check. */
function clientFor(sandbox: Sandbox, extra: Partial<CentrixClientOptions> = {}) {
  const waits: number[] = [];
  const options: CentrixClientOptions = {
    baseUrl: sandbox.apiBase,
    account: sandbox.account,
    apiKey: sandbox.key,
    language: 'EN',
    fetch: globalThis.fetch,
    timeoutMs: 5_000,
    random: () => 0.5,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  };
  const secrets = [options.apiKey, encodeURIComponent(options.apiKey), options.account];
  const inner = createCentrixClient({ ...options, log: (entry) => record(secrets, entry) });
  const client = new Proxy(inner, {
    get: (target, name: keyof CentrixClient) => {
      const method = target[name] as (...args: unknown[]) => Promise<unknown>;
      return async (...args: unknown[]) => {
        try {
          const result = await method(...args);
          record(secrets, result);
          return result;
        } catch (error) {
          record(secrets, String(error));
          throw error;
        }
      };
    },
  });
  return { client, waits };
}

const imfDate = (ms: number) => new Date(ms).toUTCString();
const rfc850Date = (ms: number) => {
  const d = new Date(ms);
  const day = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()];
  const [, dd, mon, yyyy, time] = d.toUTCString().split(' ');
  return `${day}, ${dd}-${mon}-${yyyy!.slice(2)} ${time} GMT`;
};
const asctimeDate = (ms: number) => {
  const [wkd, dd, mon, yyyy, time] = new Date(ms).toUTCString().replace(',', '').split(' ');
  return `${wkd} ${mon} ${dd!.replace(/^0/, ' ')} ${time} ${yyyy}`;
};

const canaryKey = `canary-${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
const canaryAccount = String(10_000_000 + Math.floor(Math.random() * 89_999_999));

// The English suite runs twice: with the sandbox's own key, and with a random canary key and account; after each
// run, nothing the client let out may contain its key (raw or percent-encoded) or account number.
describe.each([
  { label: 'sandbox key', key: undefined, account: undefined },
  { label: 'random canary key', key: canaryKey, account: canaryAccount },
])('client against the sandbox (English schema, $label)', ({ key, account }) => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    leaks.length = 0;
    sandbox = await startSandbox({ schema: 'en', ...(key ? { key } : {}), ...(account ? { account } : {}) });
  });
  afterAll(async () => {
    await sandbox.close();
    expect(leaks.length).toBeGreaterThan(50);
    for (const { text, secrets } of leaks) for (const secret of secrets) expect(text).not.toContain(secret);
  });
  beforeEach(() => resetSandbox(sandbox));

  it('tests the connection and reads every resource', async () => {
    const { client } = clientFor(sandbox);
    const connection = await client.testConnection();
    expect(connection.ok && connection.value.scripts).toBeGreaterThan(0);
    for (const result of [
      await client.readContacts({ base: ['C1001'] }),
      await client.readScripts(),
      await client.readUsers(),
      await client.readOpportunities(),
      await client.readRevenueTypes(0),
      await client.readRevenueTypes(1),
      await client.readRevenueTypes(2),
    ]) {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (result.ok) expect(result.value.length).toBeGreaterThan(0);
    }
  });

  it('reports a wrong key and a wrong account as bad credentials, without retrying', async () => {
    const wrongKey = await clientFor(sandbox, { apiKey: 'not-the-key' }).client.testConnection();
    expect(wrongKey).toMatchObject({ ok: false, error: { kind: 'bad-credentials', status: 401 } });
    const wrongAccount = await clientFor(sandbox, { account: '9999' }).client.testConnection();
    expect(wrongAccount).toMatchObject({ ok: false, error: { kind: 'bad-credentials', status: 403 } });
    expect(await requestLog(sandbox)).toHaveLength(2);
  });

  it('answers a repeated read with a real 304 from its cache, and sees a change after a save', async () => {
    const { client } = clientFor(sandbox);
    const first = await client.readContacts({ base: ['C1001'], fields: ['FirstName', 'Email'] });
    const second = await client.readContacts({ base: ['C1001'], fields: ['FirstName', 'Email'] });
    expect(first.ok && !first.fromCache).toBe(true);
    expect(second).toEqual({ ...first, fromCache: true });
    expect((await requestLog(sandbox)).map((r) => r.status)).toEqual([200, 304]);

    expect((await client.saveContacts([{ idc: 1001, FirstName: 'Changed' }])).ok).toBe(true);
    const third = await client.readContacts({ base: ['C1001'], fields: ['FirstName', 'Email'] });
    expect(third).toMatchObject({ ok: true, fromCache: false, value: [{ idc: 1001, FirstName: 'Changed' }] });
  });

  it('sends one request for concurrent identical reads', async () => {
    const { client } = clientFor(sandbox);
    const results = await Promise.all(Array.from({ length: 5 }, () => client.readContacts({ base: ['S201'] })));
    for (const result of results) expect(result).toEqual(results[0]);
    expect(await requestLog(sandbox)).toHaveLength(1);
  });

  it.each([
    ['delta-seconds', () => '2', [2000]],
    ['IMF-fixdate', () => imfDate(Date.now() + 3_000), [1000, 2000, 3000]],
    ['RFC 850 date', () => rfc850Date(Date.now() + 3_000), [1000, 2000, 3000]],
    ['asctime date', () => asctimeDate(Date.now() + 3_000), [1000, 2000, 3000]],
  ])('waits as a 503 Retry-After (%s) asks, then succeeds', async (_name, retryAfter, allowed) => {
    await injectFaults(sandbox, [{ type: 'status', status: 503, retryAfter: retryAfter() }]);
    const { client, waits } = clientFor(sandbox);
    expect((await client.readScripts()).ok).toBe(true);
    expect(waits).toHaveLength(1);
    expect(allowed).toContain(waits[0]);
    expect((await requestLog(sandbox)).map((r) => r.status)).toEqual([503, 200]);
  });

  it('gives back a 503 whose Retry-After is too long, with the wait', async () => {
    await injectFaults(sandbox, [{ type: 'status', status: 503, retryAfter: '3600' }]);
    const { client, waits } = clientFor(sandbox);
    const result = await client.readScripts();
    expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable', retryAfterMs: 3_600_000 } });
    expect(waits).toEqual([]);
  });

  it.each([
    ['429', { type: 'status', status: 429 }, 429],
    ['500', { type: 'status', status: 500 }, 500],
    ['HTML 200', { type: 'html' }, 200],
    ['truncated JSON', { type: 'truncated' }, 200],
  ])('retries after %s and succeeds', async (_name, fault, status) => {
    await injectFaults(sandbox, [fault]);
    const { client, waits } = clientFor(sandbox);
    const result = await client.readContacts({ base: ['C1002'] });
    expect(result).toMatchObject({ ok: true, value: [{ idc: 1002 }] });
    expect(waits).toEqual([250]);
    expect((await requestLog(sandbox)).map((r) => r.status)).toEqual([status, 200]);
  });

  it('returns the last failure, with the server text, when faults outlast the attempts', async () => {
    await injectFaults(sandbox, [{ type: 'status', status: 500 }, { type: 'html' }, { type: 'status', status: 500 }]);
    const { client } = clientFor(sandbox);
    const result = await client.readScripts();
    expect(result).toMatchObject({ ok: false, error: { kind: 'http', status: 500, attempts: 3 } });
    if (!result.ok) expect(result.error.message('en')).toContain('Internal Server Error (sandbox fault).');
  });

  it('times out on a delay past the timeout, then retries', async () => {
    await injectFaults(sandbox, [{ type: 'delay', ms: 1_500 }]);
    const { client } = clientFor(sandbox, { timeoutMs: 200 });
    expect(await client.readContacts({ base: ['C1003'] })).toMatchObject({ ok: true, value: [{ idc: 1003 }] });
  });

  it('reports a timeout when every attempt is too slow', async () => {
    await injectFaults(sandbox, [{ type: 'delay', ms: 1_500 }]);
    const { client } = clientFor(sandbox, { timeoutMs: 200, retry: { maxAttempts: 1 } });
    const result = await client.readScripts();
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout', retryable: true } });
    if (!result.ok) expect(result.error.message('fr')).toBe("Centrix n'a pas répondu à temps.");
  });

  it('does not re-send a create that was committed before the failure: ambiguous-write', async () => {
    const before = sandbox.contacts().length;
    await injectFaults(sandbox, [{ type: 'commit-then-fail' }]);
    const { client } = clientFor(sandbox);
    const result = await client.saveContacts([{ FirstName: 'Once', Email: 'once@example.com' }]);
    expect(result).toMatchObject({ ok: false, error: { kind: 'ambiguous-write', cause: 'http', createIndexes: [0] } });
    expect(sandbox.contacts().length).toBe(before + 1);
    expect((await requestLog(sandbox)).filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('retries an update that was committed before the failure (idempotent)', async () => {
    await injectFaults(sandbox, [{ type: 'commit-then-fail' }]);
    const { client } = clientFor(sandbox);
    const result = await client.saveContacts([{ idc: 1004, JobTitle: 'CTO' }]);
    expect(result).toMatchObject({
      ok: true,
      value: { echoComplete: true, contacts: [{ idc: 1004, JobTitle: 'CTO' }] },
    });
    expect((await requestLog(sandbox)).filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([500, 200]);
  });

  it('creates a contact, gets its idc back and reads it by idc and by lookup', async () => {
    const { client } = clientFor(sandbox);
    const saved = await client.saveContacts([
      { FirstName: 'Zoé', LastName: 'Tremblay', Email: 'zoe.t@example.com', ContactScript: [{ ids: 201 }] },
    ]);
    expect(saved.ok && saved.value.echoComplete).toBe(true);
    const idc = saved.ok ? saved.value.contacts[0]!.idc : undefined;
    const byId = await client.readContacts({ base: [`C${idc}`], fields: ['Email'] });
    expect(byId).toMatchObject({ ok: true, value: [{ idc, Email: 'zoe.t@example.com' }] });
    const byEmail = await client.readContacts({
      fields: ['Email'],
      filters: anyOf('Email', ['ZOE.T@example.com', 'nobody@example.com']),
    });
    expect(byEmail).toMatchObject({ ok: true, value: [{ idc }] });
  });

  it('sends nested filters the sandbox evaluates as meant', async () => {
    const { client } = clientFor(sandbox);
    const all = await client.readContacts({ fields: ['FirstName', 'Company'] });
    if (!all.ok) throw new Error('read failed');
    const sample = all.value[0]!;
    const filtered = await client.readContacts({
      fields: ['FirstName', 'Company'],
      filters: and(
        where('Company', '=', String(sample['Company'])),
        or(where('FirstName', '=', String(sample['FirstName'])), where('FirstName', '[=', 'no-such-prefix')),
      ),
    });
    const expected = all.value.filter(
      (c) => c['Company'] === sample['Company'] && c['FirstName'] === sample['FirstName'],
    );
    expect(filtered).toMatchObject({ ok: true, value: expected });
  });

  it('learns the English field catalogue and proposes the role mapping', async () => {
    const { client } = clientFor(sandbox);
    const catalogue = await client.readFieldCatalogue();
    if (!catalogue.ok) throw new Error(catalogue.error.message('en'));
    expect(catalogue.value).toMatchObject({ known: true, contactScriptKnown: true });
    expect(catalogue.value.contactFields).toEqual(expect.arrayContaining(['FirstName', 'Email', 'Company']));
    expect(catalogue.value.contactScriptFields).toEqual(expect.arrayContaining(['salesrep1', 'Status']));
    const roles = Object.fromEntries(proposeRoleMapping(catalogue.value.contactFields).map((p) => [p.role, p.field]));
    expect(roles).toMatchObject({
      email: sandbox.fieldName('email'),
      firstName: sandbox.fieldName('firstName'),
      lastName: sandbox.fieldName('lastName'),
      company: sandbox.fieldName('company'),
      jobTitle: sandbox.fieldName('jobTitle'),
      phone: sandbox.fieldName('phone'),
      website: sandbox.fieldName('website'),
      linkedinUrl: sandbox.fieldName('linkedIn'),
    });
  });
});

describe('client against the sandbox (French schema)', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ schema: 'fr', seed: 7 });
  });
  afterAll(() => sandbox.close());

  it('learns French field names and maps them to the same roles', async () => {
    const { client } = clientFor(sandbox, { language: 'FR' });
    const catalogue = await client.readFieldCatalogue();
    if (!catalogue.ok) throw new Error(catalogue.error.message('fr'));
    expect(catalogue.value.contactFields).toEqual(expect.arrayContaining(['Prenom', 'Nom', 'Courriel', 'Entreprise']));
    expect(catalogue.value.contactFields).not.toContain('FirstName');
    expect(catalogue.value.contactScriptFields).toEqual(expect.arrayContaining(['representant1', 'Statut']));
    const roles = Object.fromEntries(proposeRoleMapping(catalogue.value.contactFields).map((p) => [p.role, p.field]));
    expect(roles).toMatchObject({
      email: 'Courriel',
      firstName: 'Prenom',
      lastName: 'Nom',
      company: 'Entreprise',
      jobTitle: 'Titre',
      phone: 'Telephone',
      website: 'SiteWeb',
      linkedinUrl: 'Contact_Custom_ProfilLinkedIn',
    });
  });
});

describe('client against an empty sandbox', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ empty: true });
  });
  afterAll(() => sandbox.close());

  it('says the field catalogue is unknown when the account has no contact', async () => {
    const { client } = clientFor(sandbox);
    const catalogue = await client.readFieldCatalogue();
    expect(catalogue).toMatchObject({ ok: true, value: { known: false, contactFields: [], sampleSize: 0 } });
  });
});
