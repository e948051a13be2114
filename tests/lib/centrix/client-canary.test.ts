// A hostile or careless server echoes the request URL (hence the key) everywhere it can: in error texts, HTML
// pages, JSON results, thrown errors. Driven with a random canary key, no failure path may let it out.
import { describe, expect, it } from 'vitest';
import { createCentrixClient } from '../../../lib/centrix/client';
import type { CentrixResult } from '../../../lib/centrix/types';

const KEY = `canary-${crypto.randomUUID().replace(/-/g, '')}`;
const ACCOUNT = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
const SECRETS = [KEY, encodeURIComponent(KEY), ACCOUNT, KEY.toUpperCase()];

type Echo = (url: string, init: RequestInit) => Promise<Response> | Response;

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain', ...headers } });
const jsonBody = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/json' } });

const paths: [string, Echo][] = [
  ['400 echoing the URL', (url) => text(400, `Bad request: ${url}`)],
  ['400 echoing the path without scheme', (url) => text(400, `Bad request: ${new URL(url).pathname}`)],
  ['401 echoing the key', () => text(401, `Key ${KEY} for account ${ACCOUNT} refused`)],
  [
    '403 echoing the encoded key',
    () => text(403, `Denied ${encodeURIComponent(KEY)} / %${KEY.charCodeAt(0).toString(16)}${KEY.slice(1)}`),
  ],
  [
    '404 HTML echoing the URL',
    (url) =>
      text(404, `<html><body>No page <a href="${url}">${url}</a></body></html>`, { 'Content-Type': 'text/html' }),
  ],
  ['429 echoing the key', () => text(429, `slow down ${KEY}`, { 'Retry-After': '999' })],
  ['500 echoing the key', () => text(500, `crash in handler for ${KEY}`)],
  ['502 echoing the upper-cased URL', (url) => text(502, `BAD GATEWAY ${url.toUpperCase()}`)],
  ['503 echoing the URL', (url) => text(503, `maintenance ${url}`, { 'Retry-After': '99999' })],
  ['HTML 200 echoing the key', () => new Response(`<p>${KEY}</p>`, { headers: { 'Content-Type': 'text/html' } })],
  ['JSON 200 whose Result names the key', () => jsonBody(`{"Result":"Error: bad key ${KEY}"}`)],
  ['truncated JSON with the key', () => jsonBody(`{"Result":"Success","Contacts":[{"idc":"${KEY}`)],
  ['schema mismatch with the key', () => jsonBody(`{"Result":"Success","Contacts":[{"idc":{"${KEY}":1}}]}`)],
  ['content type naming the key', () => new Response('{}', { headers: { 'Content-Type': `text/${KEY}` } })],
  [
    'network error naming the URL',
    (url) => {
      throw new TypeError(`fetch failed: ${url}`, { cause: new Error(`connect ECONNREFUSED ${KEY}`) });
    },
  ],
  [
    'timeout',
    (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal!.addEventListener('abort', () => reject(new DOMException(`aborted ${KEY}`, 'AbortError'))),
      ),
  ],
  [
    'a broken response object',
    () =>
      ({
        get status(): number {
          throw new Error(`status unavailable for ${KEY} ${ACCOUNT}`);
        },
      }) as unknown as Response,
  ],
];

async function drive(echo: Echo): Promise<string[]> {
  const out: string[] = [];
  const client = createCentrixClient({
    baseUrl: 'https://api.centrix.one/API_WEB',
    account: ACCOUNT,
    apiKey: KEY,
    language: 'FR',
    fetch: (async (url: string, init: RequestInit) => echo(String(url), init)) as typeof fetch,
    timeoutMs: 20,
    retry: { maxAttempts: 2 },
    sleep: async () => undefined,
    log: (entry) => out.push(JSON.stringify(entry)),
  });
  const collect = (result: CentrixResult<unknown>) => {
    out.push(JSON.stringify(result));
    if (!result.ok) out.push(result.error.message('en'), result.error.message('fr'), String(result.error.reason));
  };
  const calls: (() => Promise<CentrixResult<unknown>>)[] = [
    () => client.readContacts({ base: ['C1'] }),
    () => client.saveContacts([{ FirstName: 'New' }]),
    () => client.saveContacts([{ idc: 1, FirstName: 'Old' }]),
    () => client.readFieldCatalogue(),
    () => client.testConnection(),
  ];
  for (const call of calls) {
    try {
      collect(await call());
    } catch (error) {
      out.push(`THREW ${String(error)} ${(error as Error).stack ?? ''}`);
    }
  }
  return out;
}

describe('canary key', () => {
  it.each(paths)('never lets the key or account out: %s', async (_name, echo) => {
    const out = await drive(echo);
    expect(out.length).toBeGreaterThan(5);
    expect(out.filter((line) => line.startsWith('THREW'))).toEqual([]);
    for (const line of out) for (const secret of SECRETS) expect(line).not.toContain(secret);
  });

  it('also refuses input failures without echoing the key', async () => {
    const badKey = `${KEY}/x`;
    const client = createCentrixClient({
      baseUrl: 'https://api.centrix.one/API_WEB',
      account: ACCOUNT,
      apiKey: badKey,
      language: 'EN',
      fetch: (() => Promise.reject(new Error('must not be called'))) as typeof fetch,
    });
    const result = await client.readContacts();
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request', code: 'key' } });
    const all = [JSON.stringify(result), !result.ok ? result.error.message('en') : ''];
    for (const line of all) expect(line).not.toContain(KEY);
  });
});
