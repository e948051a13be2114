import { describe, expect, it } from 'vitest';
import { createCentrixClient, createIndexes } from '../../../lib/centrix/client';
import { anyOf } from '../../../lib/centrix/filters';
import type { CentrixClientOptions, CentrixLogEntry } from '../../../lib/centrix/types';

const BASE = 'https://api.centrix.one/API_WEB';
const KEY = 'Test_Key~123';
const ACCOUNT = '55501';
const JSON_TYPE = 'application/json';
const LAST_MODIFIED = 'Fri, 28 Nov 2025 09:00:00 GMT';

type Reply = Response | Error | ((init: RequestInit) => Promise<Response>);

/** A fetch that answers from a script and records every request. */
function scripted(...replies: Reply[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = async (url: string | URL | Request, init: RequestInit = {}) => {
    calls.push({ url: String(url), init });
    const reply = replies.shift();
    if (reply === undefined) throw new Error('no scripted reply left');
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(init);
    return reply;
  };
  return { fetch: fetchImpl as typeof fetch, calls };
}

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': JSON_TYPE, ...headers } });
const contacts = (list: unknown[], headers: Record<string, string> = {}) =>
  json({ Result: 'Success', Contacts: list }, headers);
const status = (code: number, headers: Record<string, string> = {}, text = 'error') =>
  new Response(code === 304 ? null : text, { status: code, headers });

function setup(fetchImpl: typeof fetch, extra: Partial<CentrixClientOptions> = {}) {
  const waits: number[] = [];
  const logs: CentrixLogEntry[] = [];
  const client = createCentrixClient({
    baseUrl: BASE,
    account: ACCOUNT,
    apiKey: KEY,
    language: 'EN',
    fetch: fetchImpl,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    log: (entry) => logs.push(entry),
    ...extra,
  });
  return { client, waits, logs };
}

const header = (init: RequestInit, name: string) => (init.headers as Record<string, string> | undefined)?.[name];

describe('reads', () => {
  it('returns the validated items', async () => {
    const { fetch, calls } = scripted(contacts([{ idc: 1, FirstName: 'Ada' }]));
    const { client } = setup(fetch);
    const result = await client.readContacts({ base: ['C1'], fields: ['FirstName'] });
    expect(result).toEqual({ ok: true, value: [{ idc: 1, FirstName: 'Ada' }], fromCache: false });
    expect(calls[0]!.url).toBe(`${BASE}/EN/Contacts-${ACCOUNT}-${KEY}-C1.awp?fields=FirstName`);
  });

  it('revalidates with the exact Last-Modified string and serves a 304 from the cache', async () => {
    const { fetch, calls } = scripted(contacts([{ idc: 1 }], { 'Last-Modified': LAST_MODIFIED }), status(304));
    const { client } = setup(fetch);
    await client.readContacts();
    const second = await client.readContacts();
    expect(header(calls[1]!.init, 'If-Modified-Since')).toBe(LAST_MODIFIED);
    expect(second).toEqual({ ok: true, value: [{ idc: 1 }], fromCache: true });
  });

  it('stores a new body after a 200 that replaces the kept one', async () => {
    const later = 'Fri, 28 Nov 2025 10:00:00 GMT';
    const { fetch, calls } = scripted(
      contacts([{ idc: 1 }], { 'Last-Modified': LAST_MODIFIED }),
      contacts([{ idc: 2 }], { 'Last-Modified': later }),
      status(304),
    );
    const { client } = setup(fetch);
    await client.readContacts();
    expect((await client.readContacts()).ok).toBe(true);
    const third = await client.readContacts();
    expect(header(calls[2]!.init, 'If-Modified-Since')).toBe(later);
    expect(third).toMatchObject({ value: [{ idc: 2 }], fromCache: true });
  });

  it('drops the kept body when a conditional read gets a 200 without Last-Modified', async () => {
    const { fetch, calls } = scripted(
      contacts([{ idc: 1 }], { 'Last-Modified': LAST_MODIFIED }),
      contacts([{ idc: 2 }]),
      // A server (or proxy) still answering the old validator: the old body must not come back.
      status(304),
      contacts([{ idc: 2 }]),
    );
    const { client } = setup(fetch);
    await client.readContacts();
    expect(await client.readContacts()).toMatchObject({ value: [{ idc: 2 }], fromCache: false });
    const third = await client.readContacts();
    expect(header(calls[2]!.init, 'If-Modified-Since')).toBeUndefined();
    expect(third).toMatchObject({ ok: true, value: [{ idc: 2 }], fromCache: false });
  });

  it('sends no validator with noCache, and caches nothing without Last-Modified', async () => {
    const { fetch, calls } = scripted(contacts([], { 'Last-Modified': LAST_MODIFIED }), contacts([]), contacts([]));
    const { client } = setup(fetch);
    await client.readContacts({}, { noCache: true });
    await client.readUsers();
    await client.readUsers();
    expect(calls.map((c) => header(c.init, 'If-Modified-Since'))).toEqual([undefined, undefined, undefined]);
  });

  it('asks again without a validator when a 304 cannot be answered from the cache', async () => {
    const { fetch, calls } = scripted(status(304), contacts([{ idc: 3 }]));
    const { client } = setup(fetch);
    expect(await client.readContacts()).toMatchObject({ ok: true, value: [{ idc: 3 }], fromCache: false });
    expect(calls).toHaveLength(2);
    expect(calls.map((c) => header(c.init, 'If-Modified-Since'))).toEqual([undefined, undefined]);
  });

  it('fails cleanly when the server keeps answering 304 to a request without validator', async () => {
    const { fetch } = scripted(status(304), status(304));
    const { client } = setup(fetch);
    expect(await client.readContacts()).toMatchObject({ ok: false, error: { kind: 'invalid-response', status: 304 } });
  });

  it('shares one request among identical reads in flight', async () => {
    let release!: (r: Response) => void;
    const { fetch, calls } = scripted(() => new Promise<Response>((resolve) => (release = resolve)));
    const { client, logs } = setup(fetch);
    const reads = [client.readScripts(), client.readScripts(), client.readScripts()];
    while (calls.length === 0) await new Promise((r) => setTimeout(r, 1));
    release(json({ Result: 'Success', Scripts: [{ ids: 1 }] }));
    const results = await Promise.all(reads);
    expect(calls).toHaveLength(1);
    for (const result of results) expect(result).toMatchObject({ ok: true, value: [{ ids: 1 }] });
    expect(logs.filter((l) => l.event === 'coalesced')).toHaveLength(2);
  });

  it('does not share different reads', async () => {
    const { fetch, calls } = scripted(json({ Result: 'Success', Scripts: [] }), json({ Result: 'Success', Users: [] }));
    const { client } = setup(fetch);
    await Promise.all([client.readScripts(), client.readUsers()]);
    expect(calls).toHaveLength(2);
  });

  it.each([
    [0, 'RevenueTypes'],
    [1, 'RevenueTypesSub1'],
    [2, 'RevenueTypesSub2'],
  ] as const)('reads revenue types level %i from %s', async (level, resource) => {
    const { fetch, calls } = scripted(json({ Result: 'Success', [resource]: [{ idrt: 1 }] }));
    const { client } = setup(fetch);
    expect((await client.readRevenueTypes(level)).ok).toBe(true);
    expect(calls[0]!.url).toContain(`/${resource}-`);
  });

  it('refuses an unknown revenue type level without sending', async () => {
    const { fetch, calls } = scripted();
    const { client } = setup(fetch);
    const result = await client.readRevenueTypes(3 as 0);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request', code: 'resource', attempts: 0 } });
    expect(calls).toHaveLength(0);
  });

  it('reads opportunities with a base filter', async () => {
    const { fetch, calls } = scripted(json({ Result: 'Success', Opportunities: [] }));
    const { client } = setup(fetch);
    await client.readOpportunities({ base: ['S9999'] });
    expect(calls[0]!.url).toContain(`Opportunities-${ACCOUNT}-${KEY}-S9999.awp`);
  });
});

describe('retries', () => {
  it('retries 5xx with jittered backoff, then succeeds', async () => {
    const { fetch, calls } = scripted(status(500), status(502), contacts([]));
    const { client, waits } = setup(fetch);
    expect((await client.readContacts()).ok).toBe(true);
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([250, 500]);
  });

  it('gives up after maxAttempts with the last failure and the attempt count', async () => {
    const { fetch } = scripted(status(500), status(500), status(500, {}, 'still broken'));
    const { client } = setup(fetch);
    const result = await client.readContacts();
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'http', status: 500, attempts: 3, serverText: 'still broken', retryable: true },
    });
  });

  it('honours Retry-After (seconds) on 503', async () => {
    const { fetch } = scripted(status(503, { 'Retry-After': '2' }), contacts([]));
    const { client, waits } = setup(fetch);
    expect((await client.readContacts()).ok).toBe(true);
    expect(waits).toEqual([2000]);
  });

  it('does not sleep a Retry-After beyond the cap: unavailable, with the wait', async () => {
    const { fetch, calls } = scripted(status(503, { 'Retry-After': '600' }));
    const { client, waits } = setup(fetch);
    const result = await client.readContacts();
    expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable', retryAfterMs: 600_000, retryable: true } });
    expect(waits).toEqual([]);
    expect(calls).toHaveLength(1);
    if (!result.ok) expect(result.error.message('en')).toContain('10 min');
  });

  it('honours a custom retry policy', async () => {
    const { fetch, calls } = scripted(status(500), status(500));
    const { client } = setup(fetch, { retry: { maxAttempts: 2, baseMs: 100, capMs: 100 } });
    expect((await client.readContacts()).ok).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('gives a retry only what is left before the deadline, and none when too little is left', async () => {
    let clock = 0;
    const { fetch, calls } = scripted(
      async () => {
        clock += 21_000;
        return status(500);
      },
      async () => {
        clock += 3_000;
        return status(500);
      },
    );
    const { client, logs } = setup(fetch, { now: () => clock, timeoutMs: 20_000 });
    expect(await client.readContacts()).toMatchObject({ ok: false, error: { kind: 'http', attempts: 2 } });
    expect(calls).toHaveLength(2);
    expect(logs.filter((l) => l.event === 'request').map((l) => l.timeoutMs)).toEqual([20_000, 4_000]);
    expect(logs.at(-1)).toMatchObject({ event: 'failure', message: 'http (deadline)' });
  });

  it.each([400, 401, 403, 404, 422])('does not retry %i', async (code) => {
    const { fetch, calls } = scripted(status(code));
    const { client } = setup(fetch);
    const result = await client.readContacts();
    expect(result.ok).toBe(false);
    expect(calls).toHaveLength(1);
    if (!result.ok) expect(result.error.kind).toBe(code === 401 || code === 403 ? 'bad-credentials' : 'http');
  });

  it('retries a network error and a non-JSON 200 on reads', async () => {
    const { fetch, calls } = scripted(
      new TypeError('Failed to fetch'),
      new Response('<html>', { headers: { 'Content-Type': 'text/html' } }),
      contacts([]),
    );
    const { client } = setup(fetch);
    expect((await client.readContacts()).ok).toBe(true);
    expect(calls).toHaveLength(3);
  });
});

describe('saves', () => {
  const echo = (list: unknown[]) => json({ Result: 'Success', Contacts: list });

  it('posts the contacts to the write URL and returns the echo', async () => {
    const { fetch, calls } = scripted(echo([{ idc: 7, FirstName: 'Ada' }]));
    const { client } = setup(fetch);
    const result = await client.saveContacts([{ FirstName: 'Ada', ContactScript: [{ ids: 3 }] }]);
    expect(result).toEqual({
      ok: true,
      value: { contacts: [{ idc: 7, FirstName: 'Ada' }], echoComplete: true },
      fromCache: false,
    });
    expect(calls[0]!.url).toBe(`${BASE}/EN/Contacts-${ACCOUNT}-${KEY}-C.awp`);
    expect(calls[0]!.init.method).toBe('POST');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({
      Contacts: [{ FirstName: 'Ada', ContactScript: [{ ids: 3 }] }],
    });
  });

  it.each<[string, unknown, string]>([
    [
      'a million contacts for one',
      Array.from({ length: 1_000_000 }, () => ({ idc: 9 })),
      '1000000 contacts echoed for 1 sent',
    ],
    ['no echo', undefined, 'no echo of the saved contacts'],
    ['no idc', [{ FirstName: 'Ada' }], 'echo 0 has no idc'],
    ['another value', [{ idc: 9, FirstName: 'Mallory' }], 'echo 0 differs in FirstName'],
    ['not a contact', ['9'], 'echo 0 is not a contact'],
  ])('calls a create whose echo is %s ambiguous, never saved', async (_name, echo, reason) => {
    const { fetch, calls } = scripted(json({ Result: 'Success', ...(echo === undefined ? {} : { Contacts: echo }) }));
    const { client } = setup(fetch);
    const result = await client.saveContacts([{ FirstName: 'Ada', ContactScript: [{ ids: '3' }] }]);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'ambiguous-write', cause: 'invalid-response', problem: 'echo', reason, createIndexes: [0] },
    });
    // Never sent twice blindly: the outbox looks the contact up by its key first.
    expect(calls).toHaveLength(1);
  });

  it.each<[string, unknown]>([
    ['missing', undefined],
    ['of another contact', [{ idc: 8, FirstName: 'A' }]],
  ])(
    'calls an update whose echo is %s an invalid answer the outbox sends again (an update may be repeated)',
    async (_n, echo) => {
      const { fetch, calls } = scripted(json({ Result: 'Success', ...(echo === undefined ? {} : { Contacts: echo }) }));
      const { client } = setup(fetch);
      expect(await client.saveContacts([{ idc: 7, FirstName: 'A' }])).toMatchObject({
        ok: false,
        error: { kind: 'invalid-response', problem: 'echo', retryable: true },
      });
      expect(calls).toHaveLength(1);
    },
  );

  it('takes an echo that writes the values back in another case or spacing', async () => {
    const { fetch } = scripted(contacts([{ idc: 7, FirstName: ' ada  ', Email: 'ADA@example.com', Extra: 'x' }]));
    const { client } = setup(fetch);
    expect(await client.saveContacts([{ idc: 7, FirstName: 'Ada', Email: 'ada@example.com' }])).toMatchObject({
      ok: true,
      value: { echoComplete: true, contacts: [{ idc: 7 }] },
    });
  });

  it('sends nothing for zero contacts', async () => {
    const { fetch, calls } = scripted();
    const { client } = setup(fetch);
    expect(await client.saveContacts([])).toMatchObject({ ok: true, value: { contacts: [] } });
    expect(calls).toHaveLength(0);
  });

  it.each<[string, Reply]>([
    [
      'a timeout',
      (init) =>
        new Promise((_r, reject) =>
          init.signal!.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))),
        ),
    ],
    ['a network error', new TypeError('Failed to fetch')],
    ['a 500', status(500)],
    ['a 503 without Retry-After', status(503)],
    ['a non-JSON 200', new Response('<html>', { headers: { 'Content-Type': 'text/html' } })],
    ['a truncated JSON 200', new Response('{"Result":"Succ', { headers: { 'Content-Type': JSON_TYPE } })],
    ['a JSON 200 that is not Success', json({ Result: 'Error' })],
  ])('never re-sends a create after %s: ambiguous-write', async (_name, reply) => {
    const { fetch, calls } = scripted(reply);
    const { client } = setup(fetch, { timeoutMs: 20 });
    const result = await client.saveContacts([{ idc: 4, FirstName: 'Known' }, { FirstName: 'New' }]);
    expect(calls).toHaveLength(1);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'ambiguous-write', createIndexes: [1], retryable: false, attempts: 1 },
    });
    if (!result.ok) expect(result.error.message('fr')).toContain('On ne sait pas');
  });

  it('re-sends a create the server refused before processing (429, 503 with Retry-After)', async () => {
    const { fetch, calls } = scripted(status(429), status(503, { 'Retry-After': '1' }), echo([{ idc: 9 }]));
    const { client, waits } = setup(fetch);
    expect(await client.saveContacts([{ FirstName: 'New' }])).toMatchObject({
      ok: true,
      value: { echoComplete: true },
    });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([250, 1000]);
  });

  it('retries an update (idc) or an upsert (ExternalID) after an ambiguous outcome', async () => {
    const { fetch, calls } = scripted(status(500), new TypeError('reset'), echo([{ idc: 1 }, { idc: 2 }]));
    const { client } = setup(fetch);
    const result = await client.saveContacts([
      { idc: 1, FirstName: 'A' },
      { ExternalID: 'x1', FirstName: 'B' },
    ]);
    expect(result.ok).toBe(true);
    expect(calls).toHaveLength(3);
  });

  it('finds the creates: contacts without idc and without ExternalID', () => {
    expect(
      createIndexes([{ idc: 1 }, { ExternalID: 'e' }, {}, { idc: '', ExternalID: null as unknown as string }]),
    ).toEqual([2, 3]);
  });

  it.each([
    ['a non-array', 'nope'],
    ['a contact that is not an object', [null]],
    ['ContactScript not an array', [{ ContactScript: {} }]],
    ['a ContactScript entry without ids', [{ ContactScript: [{ Status: 'x' }] }]],
    ['an unserialisable value', [{ n: 10n }]],
  ])('refuses %s without sending', async (_name, body) => {
    const { fetch, calls } = scripted();
    const { client } = setup(fetch);
    const result = await client.saveContacts(body as never);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request', code: 'body', attempts: 0 } });
    expect(calls).toHaveLength(0);
  });
});

describe('failures as values', () => {
  it('refuses bad credentials before sending', async () => {
    const { fetch, calls } = scripted();
    const { client } = setup(fetch, { apiKey: 'has/slash' });
    const result = await client.readContacts();
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request', code: 'key', retryable: false } });
    expect(calls).toHaveLength(0);
  });

  it('refuses a filter value with a tab before sending', async () => {
    const { fetch, calls } = scripted();
    const { client } = setup(fetch);
    const result = await client.readContacts({ filters: { field: 'Email', op: '=', value: 'a\tb' } });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid-request', code: 'filter-value', detail: 'Email' },
    });
    expect(calls).toHaveLength(0);
  });

  it('turns a fetch that throws synchronously into a redacted network failure', async () => {
    const throwing = (() => {
      throw new RangeError(`sync boom ${KEY}`);
    }) as unknown as typeof fetch;
    const { client } = setup(throwing, { retry: { maxAttempts: 1 } });
    const result = await client.readContacts();
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(JSON.stringify(result)).not.toContain(KEY);
  });

  it('returns a weird fetch result as an unexpected failure', async () => {
    const { client } = setup((async () => 'not a response') as unknown as typeof fetch);
    const result = await client.readContacts();
    expect(result).toMatchObject({ ok: false, error: { kind: 'unexpected', retryable: false } });
  });

  it('survives a logger that throws', async () => {
    const { fetch } = scripted(contacts([]));
    const { client } = setup(fetch, {
      log: () => {
        throw new Error('logger down');
      },
    });
    expect((await client.readContacts()).ok).toBe(true);
  });

  it('logs each step without secrets', async () => {
    const { fetch } = scripted(status(500, {}, `oops ${KEY} ${ACCOUNT}`), contacts([]));
    const { client, logs } = setup(fetch);
    await client.readContacts();
    expect(logs.map((l) => l.event)).toEqual(['request', 'retry', 'request', 'response']);
    expect(JSON.stringify(logs)).not.toContain(KEY);
  });
});

describe('testConnection and the field catalogue', () => {
  it('tests the connection with an uncached Scripts read', async () => {
    const { fetch, calls } = scripted(
      json({ Result: 'Success', Scripts: [{ ids: 1 }, { ids: 2 }] }, { 'Last-Modified': LAST_MODIFIED }),
    );
    const { client } = setup(fetch);
    expect(await client.testConnection()).toEqual({ ok: true, value: { scripts: 2 }, fromCache: false });
    expect(calls[0]!.url).toContain(`/Scripts-${ACCOUNT}-${KEY}-all.awp?fields=all`);
    expect(header(calls[0]!.init, 'If-Modified-Since')).toBeUndefined();
  });

  it('reports bad credentials from testConnection', async () => {
    const { fetch } = scripted(status(401, {}, 'Unauthorized: invalid API key.'));
    const { client } = setup(fetch);
    expect(await client.testConnection()).toMatchObject({ ok: false, error: { kind: 'bad-credentials' } });
  });

  it('learns fields from the ids, then a sample of the most recent contacts', async () => {
    const { fetch, calls } = scripted(
      contacts([{ idc: 3 }, { idc: 10 }, { idc: 2 }]),
      contacts([
        { idc: 10, Prenom: 'A', Courriel: 'a@x', ContactScript: [] },
        { idc: 3, Prenom: 'B', Nom: 'C', ContactScript: [{ ids: 1, Statut: 'x', representant1: '2' }] },
      ]),
    );
    const { client } = setup(fetch, { retry: { maxAttempts: 1 } });
    const result = await client.readFieldCatalogue();
    expect(calls[0]!.url).toContain('-all.awp?fields=idc');
    expect(calls[1]!.url).toContain('-C10,C3,C2.awp?fields=all');
    expect(result).toEqual({
      ok: true,
      fromCache: false,
      value: {
        known: true,
        contactFields: ['Prenom', 'Courriel', 'Nom'],
        samples: { Prenom: 'A', Courriel: 'a@x', Nom: 'C' },
        contactScriptFields: ['Statut', 'representant1'],
        contactScriptKnown: true,
        sampleSize: 2,
      },
    });
  });

  it('looks up non-numeric ids with a filter', async () => {
    const { fetch, calls } = scripted(contacts([{ idc: 'A7' }]), contacts([{ idc: 'A7', Email: '' }]));
    const { client } = setup(fetch);
    expect((await client.readFieldCatalogue()).ok).toBe(true);
    expect(calls[1]!.url).toContain(`-all.awp?fields=all&filters=${encodeURIComponent('\tidc\t=\tA7\t')}`);
  });

  it('says the catalogue is unknown for an account without contacts', async () => {
    const { fetch, calls } = scripted(contacts([]));
    const { client } = setup(fetch);
    expect(await client.readFieldCatalogue()).toMatchObject({
      ok: true,
      value: { known: false, contactFields: [], sampleSize: 0 },
    });
    expect(calls).toHaveLength(1);
  });

  it('passes a read failure through', async () => {
    const { fetch } = scripted(status(403));
    const { client } = setup(fetch);
    expect(await client.readFieldCatalogue()).toMatchObject({ ok: false, error: { kind: 'bad-credentials' } });
  });

  it('builds lookups with anyOf', async () => {
    const { fetch, calls } = scripted(contacts([]));
    const { client } = setup(fetch);
    await client.readContacts({ fields: ['idc', 'Email'], filters: anyOf('Email', ['a@x.com', 'b@x.com']) });
    expect(decodeURIComponent(calls[0]!.url.split('filters=')[1]!)).toBe(
      '\tEmail\t=\ta@x.com\t\nOR\tEmail\t=\tb@x.com\t',
    );
  });
});
