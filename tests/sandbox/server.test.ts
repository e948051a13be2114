import { request as httpRequest, Agent } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './server.ts';
import { get, post, raw } from './test-client.ts';

const KEY = 'top-secret-KEY-123';
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ key: KEY, account: '4321' });
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

describe('startSandbox', () => {
  it('listens on loopback at a random port and exposes its URLs', () => {
    expect(sandbox.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.apiBase).toBe(`${sandbox.origin}/API_WEB`);
    expect(sandbox).toMatchObject({ account: '4321', key: KEY, schema: 'en' });
  });

  it('uses the documented defaults', async () => {
    const plain = await startSandbox();
    try {
      expect(plain).toMatchObject({ account: '1234', key: 'sandbox-key', schema: 'en' });
      const answer = await fetch(`${plain.apiBase}/EN/Contacts-1234-sandbox-key-C1001.awp?fields=idc`);
      expect(answer.status).toBe(200);
      expect(plain.contacts()).toHaveLength(60);
    } finally {
      await plain.close();
    }
  });

  it('two sandboxes get two ports; a taken port is refused', async () => {
    const other = await startSandbox();
    try {
      expect(other.origin).not.toBe(sandbox.origin);
      const port = Number(new URL(other.origin).port);
      await expect(startSandbox({ port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await other.close();
    }
  });

  it('close() ends keep-alive connections, and then nothing answers', async () => {
    const short = await startSandbox();
    const agent = new Agent({ keepAlive: true });
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${short.origin}/API_WEB/EN/Scripts-1234-sandbox-key.awp`, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(200);
    await short.close();
    await short.close();
    await expect(fetch(`${short.origin}/API_WEB/EN/Scripts-1234-sandbox-key.awp`)).rejects.toThrow();
    agent.destroy();
  });

  it('close() does not wait for a delayed answer', async () => {
    const short = await startSandbox();
    short.addFaults([{ type: 'delay', ms: 120_000 }]);
    const pending = fetch(`${short.origin}/API_WEB/EN/Scripts-1234-sandbox-key.awp`).then(
      () => 'answered',
      () => 'cut',
    );
    while (short.requests().length === 0 && short.pendingFaults().queued.length > 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    await short.close();
    expect(await pending).toBe('cut');
  });

  it('url() builds an API URL with the key, encoding query values', () => {
    const url = sandbox.url('Contacts', 'C1,C2', { fields: 'all', filters: '\tcompany\t=\ta b\t' });
    expect(url).toBe(
      `${sandbox.apiBase}/EN/Contacts-4321-${KEY}-C1%2CC2.awp?fields=all&filters=%09company%09%3D%09a%20b%09`,
    );
  });

  it('fieldName() maps schema-neutral keys to names', () => {
    expect(sandbox.fieldName('firstName')).toBe('FirstName');
    expect(() => sandbox.fieldName('nope')).toThrow(/no Contacts field/);
    expect(sandbox.fields('Users').map((field) => field.name)).toEqual([
      'idu',
      'FirstName',
      'LastName',
      'Email',
      'Active',
    ]);
  });
});

describe('request log', () => {
  it('records method, path with the key redacted, status and time', async () => {
    await get(sandbox, 'Contacts', 'C1001', { fields: 'FirstName' });
    await post(sandbox, { Contacts: [{ Colour: 'x' }] });
    const log = sandbox.requests();
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({
      method: 'GET',
      path: '/API_WEB/EN/Contacts-4321-[key]-C1001.awp?fields=FirstName',
      status: 200,
    });
    expect(log[1]).toMatchObject({ method: 'POST', path: '/API_WEB/EN/Contacts-4321-[key]-C.awp', status: 400 });
    for (const entry of log) expect(Number.isNaN(Date.parse(entry.time))).toBe(false);
  });

  it.each([
    ['the right key', `/API_WEB/EN/Contacts-4321-${KEY}-all.awp`, '/API_WEB/EN/Contacts-4321-[key]-all.awp'],
    ['the key without base filter', `/API_WEB/EN/Scripts-4321-${KEY}.awp`, '/API_WEB/EN/Scripts-4321-[key].awp'],
    ['a wrong key', '/API_WEB/EN/Contacts-4321-some-other-secret-all.awp', '/API_WEB/EN/Contacts-4321-[key].awp'],
    ['a wrong account', `/API_WEB/EN/Contacts-1-${KEY}-all.awp`, '/API_WEB/EN/Contacts-1-[key]-all.awp'],
    [
      'an encoded key',
      `/API_WEB/EN/Contacts-4321-${encodeURIComponent(KEY)}-C1.awp`,
      '/API_WEB/EN/Contacts-4321-[key]-C1.awp',
    ],
    [
      'the key in the query',
      `/API_WEB/EN/Contacts-4321-${KEY}-C1.awp?key=${KEY}`,
      '/API_WEB/EN/Contacts-4321-[key]-C1.awp?key=[key]',
    ],
    ['a non-API path with the key', `/x/${KEY}`, '/x/[key]'],
  ])('never holds the key: %s', async (_name, path, logged) => {
    await raw(sandbox, path);
    const entry = sandbox.requests()[0];
    expect(entry?.path).toBe(logged);
    expect(JSON.stringify(sandbox.requests())).not.toContain('secret');
    expect(JSON.stringify(sandbox.requests())).not.toContain(KEY);
  });

  it('GET /__sandbox/requests answers the same log, without logging itself', async () => {
    await get(sandbox, 'Users', 'all');
    const answer = await raw(sandbox, '/__sandbox/requests');
    expect(answer.json).toEqual(sandbox.requests());
    expect(answer.json).toHaveLength(1);
    await raw(sandbox, '/__sandbox/requests', { method: 'DELETE' });
    expect(sandbox.requests()).toEqual([]);
  });
});

describe('control API', () => {
  it('POST /__sandbox/reset puts the seed back and clears faults and log', async () => {
    const seed = sandbox.contacts();
    await post(sandbox, { Contacts: [{ FirstName: 'Temporary' }, { idc: 1001, JobTitle: 'Changed' }] });
    sandbox.addFaults([{ type: 'html' }]);
    const answer = await raw(sandbox, '/__sandbox/reset', { method: 'POST' });
    expect(answer.status).toBe(200);
    expect(sandbox.contacts()).toEqual(seed);
    expect(sandbox.requests()).toEqual([]);
    expect(sandbox.pendingFaults()).toEqual({ queued: [], random: [] });
    expect((await post(sandbox, { Contacts: [{ FirstName: 'Again' }] })).json.Contacts[0].idc).toBe(1061);
  });

  it('GET /__sandbox/contacts dumps every contact', async () => {
    const answer = await raw(sandbox, '/__sandbox/contacts');
    expect(answer.json.Contacts).toEqual(sandbox.contacts());
    expect(answer.json.Contacts).toHaveLength(60);
  });

  it('GET /__sandbox/fields lists the Contacts catalogue', async () => {
    const answer = await raw(sandbox, '/__sandbox/fields');
    expect(answer.json).toEqual(sandbox.fields());
    expect(answer.json).toContainEqual({
      name: 'Company',
      key: 'company',
      level: 'account',
      type: 'text',
      readOnly: false,
    });
  });

  it.each([
    ['GET', '/__sandbox/nothing'],
    ['GET', '/__sandbox/reset'],
    ['PUT', '/__sandbox/faults'],
  ])('%s %s → 404', async (method, path) => {
    expect((await raw(sandbox, path, { method })).status).toBe(404);
  });
});
