import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './server.ts';
import { raw } from './test-client.ts';

const KEY = 'k3y-Very-Secret-42';
const ACCOUNT = '5678';
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ account: ACCOUNT, key: KEY });
});
afterAll(() => sandbox.close());

const path = (name: string, language = 'EN') => `/API_WEB/${language}/${name}`;

describe('URL, account and key', () => {
  it.each<[string, string, number, RegExp]>([
    ['wrong key', path(`Contacts-${ACCOUNT}-wrong-key-all.awp`), 401, /^Unauthorized: invalid API key\.$/],
    ['key with one character changed', path(`Contacts-${ACCOUNT}-k3y-Very-Secret-43-all.awp`), 401, /Unauthorized/],
    ['key prefix only', path(`Contacts-${ACCOUNT}-k3y-Very-all.awp`), 401, /Unauthorized/],
    ['no key at all', path(`Contacts-${ACCOUNT}-.awp`), 401, /Unauthorized/],
    ['right key, wrong account', path(`Contacts-9999-${KEY}-all.awp`), 403, /^Forbidden: this API key does not belong/],
    ['wrong key and wrong account', path('Contacts-9999-nope-all.awp'), 401, /Unauthorized/],
    ['unknown resource', path(`Companies-${ACCOUNT}-${KEY}-all.awp`), 404, /^Unknown resource "Companies"\.$/],
    ['not .awp', path(`Contacts-${ACCOUNT}-${KEY}-all.json`), 404, /Not found/],
    ['no page', '/API_WEB/EN/', 404, /Not found/],
    ['outside /API_WEB', '/favicon.ico', 404, /Not found/],
    ['root', '/', 404, /Not found/],
    ['unknown language', path(`Contacts-${ACCOUNT}-${KEY}-all.awp`, 'DE'), 400, /language segment must be EN or FR/],
    ['missing language', `/API_WEB/Contacts-${ACCOUNT}-${KEY}-all.awp`, 400, /^Malformed URL: expected/],
    ['extra segment', `/API_WEB/EN/x/Contacts-${ACCOUNT}-${KEY}-all.awp`, 400, /^Malformed URL: expected/],
    ['no dashes', path('Contacts.awp'), 400, /^Malformed URL: expected/],
    ['only resource and account', path(`Contacts-${ACCOUNT}.awp`), 400, /^Malformed URL: expected/],
    ['bad percent-encoding', path(`Contacts-${ACCOUNT}-${KEY}-C%E0%A4%A.awp`), 400, /invalid percent-encoding/],
    ['empty base filter', path(`Contacts-${ACCOUNT}-${KEY}-.awp`), 400, /empty base filter/],
  ])('%s → %i', async (_name, url, status, message) => {
    const answer = await raw(sandbox, url);
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.text).toMatch(message);
    expect(answer.text).not.toContain(KEY);
    expect(answer.text).not.toContain('Secret');
    expect(answer.text).not.toContain(ACCOUNT);
  });

  it.each([
    ['EN', 'Contacts'],
    ['FR', 'Contacts'],
    ['en', 'contacts'],
  ])('language %s and resource %s are accepted', async (language, resource) => {
    const answer = await raw(sandbox, path(`${resource}-${ACCOUNT}-${KEY}-C1001.awp`, language));
    expect(answer.status).toBe(200);
    expect(answer.json.Contacts[0].idc).toBe(1001);
  });

  it('a percent-encoded base filter (C1001,%20C1002) is decoded', async () => {
    const answer = await raw(sandbox, path(`Contacts-${ACCOUNT}-${KEY}-C1001,%20C1002.awp`));
    expect(answer.json.Contacts.map((c: any) => c.idc)).toEqual([1001, 1002]);
  });

  it('the key may contain dashes and the base filter follows it', async () => {
    expect(KEY.split('-').length).toBeGreaterThan(2);
    const answer = await raw(sandbox, path(`Scripts-${ACCOUNT}-${KEY}.awp`));
    expect(answer.status).toBe(200);
    expect(answer.json.Scripts).toHaveLength(5);
  });

  it.each([['PUT'], ['DELETE'], ['PATCH'], ['OPTIONS']])('%s → 405 with Allow', async (method) => {
    const answer = await raw(sandbox, path(`Contacts-${ACCOUNT}-${KEY}-all.awp`), { method });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, POST');
    expect(answer.text).toMatch(/not allowed/);
  });

  it('a wrong method on a path that does not exist is a 404', async () => {
    expect((await raw(sandbox, '/nothing', { method: 'DELETE' })).status).toBe(404);
  });
});
