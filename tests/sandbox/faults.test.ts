import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './server.ts';
import { get, post, raw } from './test-client.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 3 });
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const addFaults = (body: unknown) => raw(sandbox, '/__sandbox/faults', { method: 'POST', body: JSON.stringify(body) });
const create = (name: string) => post(sandbox, { Contacts: [{ FirstName: name }] });
const count = () => sandbox.contacts().length;

describe('queued faults', () => {
  it.each<[string, unknown, number, Record<string, string>]>([
    ['503 with Retry-After in seconds', { type: 'status', status: 503, retryAfter: '5' }, 503, { 'retry-after': '5' }],
    [
      '503 with Retry-After as an HTTP-date',
      { type: 'status', status: 503, retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' },
      503,
      { 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' },
    ],
    ['503 without Retry-After', { type: 'status', status: 503 }, 503, {}],
    ['429 with Retry-After as a number', { type: 'status', status: 429, retryAfter: 2 }, 429, { 'retry-after': '2' }],
    ['500', { type: 'status', status: 500 }, 500, {}],
    ['502', { type: 'status', status: 502 }, 502, {}],
  ])('%s: answers that status with a text message, once', async (_name, fault, status, headers) => {
    expect((await addFaults([fault])).status).toBe(200);
    const answer = await get(sandbox, 'Scripts', 'all');
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.text).toMatch(/sandbox fault/);
    for (const [name, value] of Object.entries(headers)) expect(answer.headers.get(name)).toBe(value);
    if (Object.keys(headers).length === 0) expect(answer.headers.get('retry-after')).toBeNull();
    expect((await get(sandbox, 'Scripts', 'all')).status).toBe(200);
  });

  it('a status fault on a POST saves nothing', async () => {
    sandbox.addFaults([{ type: 'status', status: 503, retryAfter: '1' }]);
    expect((await create('Refused')).status).toBe(503);
    expect(count()).toBe(60);
  });

  it.each<[string, unknown, number, (json: any) => void]>([
    [
      'flood, saved',
      { type: 'echo', echo: 'flood', items: 3 },
      61,
      (j) => expect(j.Contacts).toEqual([{ idc: 1 }, { idc: 1 }, { idc: 1 }]),
    ],
    [
      'flood, nothing saved',
      { type: 'echo', echo: 'flood', commit: false },
      60,
      (j) => expect(j.Contacts).toHaveLength(1_000_000),
    ],
    ['missing', { type: 'echo', echo: 'missing' }, 61, (j) => expect(j).toEqual({ Result: 'Success' })],
    [
      'foreign',
      { type: 'echo', echo: 'foreign', commit: false },
      60,
      (j) => expect(j.Contacts).toEqual([{ FirstName: 'Echo (someone else)', idc: 900000 }]),
    ],
  ])('echo %s: 200 Success whose echo does not fit the request', async (_name, fault, contactsAfter, check) => {
    expect((await addFaults([fault])).status).toBe(200);
    const answer = await create('Echo');
    expect(answer.status).toBe(200);
    check(answer.json);
    expect(count()).toBe(contactsAfter);
  });

  it.each([
    [{ type: 'echo', echo: 'all' }, /echo must be one of flood, missing, foreign/],
    [{ type: 'echo', echo: 'flood', commit: 'no' }, /commit must be true or false/],
    [{ type: 'echo', echo: 'flood', items: 3_000_000 }, /items must be an integer/],
  ])('refuses an echo fault it cannot play: %j', async (fault, message) => {
    const answer = await addFaults([fault]);
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(message);
  });

  it('html: 200 text/html, nothing saved', async () => {
    sandbox.addFaults([{ type: 'html' }]);
    const answer = await create('Html');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.text).toMatch(/^<!DOCTYPE html>/);
    expect(count()).toBe(60);
  });

  it('truncated: 200 application/json whose body does not parse', async () => {
    sandbox.addFaults([{ type: 'truncated' }]);
    const answer = await get(sandbox, 'Contacts', 'all');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(answer.text)).toThrow();
  });

  it('truncated on a POST: the write happened', async () => {
    sandbox.addFaults([{ type: 'truncated' }]);
    const answer = await create('Cut');
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(/^\{"Result":"Success","Contacts":\[\{"idc":1061/);
    expect(answer.json).toBeUndefined();
    expect(count()).toBe(61);
  });

  it('delay: then answers normally', async () => {
    sandbox.addFaults([{ type: 'delay', ms: 50 }]);
    const answer = await get(sandbox, 'Contacts', 'C1001');
    expect(answer.status).toBe(200);
    expect(answer.json.Contacts[0].idc).toBe(1001);
    expect(sandbox.requests().at(-1)).toMatchObject({ status: 200, fault: 'delay' });
  });

  it('commit-then-fail: the write is applied, the answer is a 500', async () => {
    sandbox.addFaults([{ type: 'commit-then-fail' }]);
    const answer = await create('Committed');
    expect(answer.status).toBe(500);
    expect(answer.text).toMatch(/sandbox fault/);
    expect(sandbox.contacts().filter((contact) => contact.FirstName === 'Committed')).toHaveLength(1);
  });

  it('reset: the connection is destroyed without an answer, nothing saved', async () => {
    sandbox.addFaults([{ type: 'reset' }]);
    await expect(create('Lost')).rejects.toThrow();
    expect(count()).toBe(60);
    expect(sandbox.requests().at(-1)).toMatchObject({ status: 0, fault: 'reset' });
    expect((await get(sandbox, 'Scripts', 'all')).status).toBe(200);
  });

  it('faults are consumed in order, one per API request; control requests do not consume them', async () => {
    await addFaults([{ type: 'status', status: 503 }, { type: 'status', status: 429 }, { type: 'html' }]);
    expect((await raw(sandbox, '/__sandbox/faults')).json.queued).toHaveLength(3);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(sandbox, 'Users', 'all')).status);
    expect(statuses).toEqual([503, 429, 200, 200]);
    expect(sandbox.requests().map((entry) => entry.fault)).toEqual(['status', 'status', 'html', undefined]);
  });

  it('count repeats a fault: a run of three 503s', async () => {
    sandbox.addFaults([{ type: 'status', status: 503, count: 3 }]);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(sandbox, 'Users', 'all')).status);
    expect(statuses).toEqual([503, 503, 503, 200]);
  });

  it.each<[string, unknown, RegExp]>([
    ['not JSON', 'nope', /Invalid faults/],
    ['not an array', { type: 'html' }, /expected a JSON array/],
    ['unknown type', [{ type: 'explode' }], /fault 0: unknown type "explode"/],
    ['status out of range', [{ type: 'status', status: 200 }], /fault 0: status must be an integer from 400 to 599/],
    ['bad retryAfter', [{ type: 'status', status: 503, retryAfter: [] }], /retryAfter/],
    ['delay too long', [{ type: 'html' }, { type: 'delay', ms: 10_000_000 }], /fault 1: ms must be/],
    ['probability above 1', [{ type: 'html', probability: 2 }], /probability must be between 0 and 1/],
    ['count of zero', [{ type: 'html', count: 0 }], /count must be a positive integer/],
    ['seed not an integer', { seed: 'x', faults: [] }, /seed must be an integer/],
  ])('a bad fault list (%s) is refused with 400 and nothing is queued', async (_name, body, message) => {
    const answer = await raw(sandbox, '/__sandbox/faults', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(message);
    expect(sandbox.pendingFaults()).toEqual({ queued: [], random: [] });
  });

  it('DELETE /__sandbox/faults and reset clear pending faults', async () => {
    await addFaults([{ type: 'html' }, { type: 'html', probability: 0.5 }]);
    expect((await raw(sandbox, '/__sandbox/faults', { method: 'DELETE' })).json).toEqual({ queued: [], random: [] });
    sandbox.addFaults([{ type: 'html' }]);
    await raw(sandbox, '/__sandbox/reset', { method: 'POST' });
    expect(sandbox.pendingFaults()).toEqual({ queued: [], random: [] });
  });
});

describe('random faults', () => {
  async function createMany(n: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < n; i++) statuses.push((await create(`Random ${i}`)).status);
    return statuses;
  }

  const runsOf = (statuses: number[], status: number): number[] => {
    const runs: number[] = [];
    let length = 0;
    for (const s of [...statuses, -1]) {
      if (s === status) length++;
      else if (length > 0) {
        runs.push(length);
        length = 0;
      }
    }
    return runs;
  };

  it('commit-then-fail at 30% and runs of 503s: every 500 saved its contact, no 503 did', async () => {
    sandbox.addFaults({
      seed: 42,
      faults: [
        { type: 'status', status: 503, retryAfter: '1', probability: 0.05, run: 3, count: 300 },
        { type: 'commit-then-fail', probability: 0.3, count: 300 },
      ],
    });
    const statuses = await createMany(300);
    const failed = statuses.filter((s) => s === 500).length;
    const unavailable = statuses.filter((s) => s === 503).length;
    const ok = statuses.filter((s) => s === 200).length;
    expect(ok + failed + unavailable).toBe(300);
    expect(failed).toBeGreaterThan(40);
    expect(failed).toBeLessThan(120);
    expect(unavailable).toBeGreaterThan(0);
    for (const run of runsOf(statuses, 503)) expect(run).toBeGreaterThanOrEqual(3);
    expect(count()).toBe(60 + ok + failed);
    expect(sandbox.pendingFaults().random).toEqual([]);
  });

  it('the same seed gives the same sequence', async () => {
    const plan = { seed: 9, faults: [{ type: 'status', status: 503, probability: 0.4, count: 40 }] };
    sandbox.addFaults(plan);
    const first = await createMany(40);
    sandbox.reset();
    sandbox.addFaults(plan);
    expect(await createMany(40)).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 503]));
  });

  it('a rule without count stays until cleared; probability 0 never strikes', async () => {
    sandbox.addFaults([{ type: 'html', probability: 0 }]);
    expect(await createMany(5)).toEqual([200, 200, 200, 200, 200]);
    expect(sandbox.pendingFaults().random).toEqual([
      { fault: { type: 'html' }, probability: 0, remaining: null, run: 1 },
    ]);
    sandbox.clearFaults();
    expect(sandbox.pendingFaults().random).toEqual([]);
  });

  it('queued faults go before random ones', async () => {
    sandbox.addFaults([
      { type: 'html', probability: 1, count: 2 },
      { type: 'status', status: 500 },
    ]);
    const first = await get(sandbox, 'Users', 'all');
    const second = await get(sandbox, 'Users', 'all');
    const third = await get(sandbox, 'Users', 'all');
    expect([first.status, second.headers.get('content-type'), third.headers.get('content-type')]).toEqual([
      500,
      'text/html; charset=utf-8',
      'text/html; charset=utf-8',
    ]);
    expect((await get(sandbox, 'Users', 'all')).json.Result).toBe('Success');
  });
});
