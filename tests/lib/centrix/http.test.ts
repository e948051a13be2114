import { describe, expect, it } from 'vitest';
import { attempt, classifyResponse, cleanServerText, looksTruncated, type AttemptEnv } from '../../../lib/centrix/http';
import { redact } from '../../../lib/centrix/redact';
import { readResponseSchema, saveResponseSchema } from '../../../lib/centrix/schemas';

const KEY = 'Sec_ret-Key9';
const NOW = Date.UTC(2025, 10, 28, 10, 0, 0);
const env = { now: () => NOW, redact: (s: string) => redact(s, { apiKey: KEY, account: '4242' }) };
const schema = readResponseSchema('Contacts');
const JSON_TYPE = 'application/json; charset=utf-8';

const classify = (status: number, headers: Record<string, string>, text: string) =>
  classifyResponse(status, new Headers(headers), { text, bytes: text.length }, schema, env);

const failureOf = (outcome: ReturnType<typeof classify>) => {
  if (outcome.type !== 'failure') throw new Error(`expected a failure, got ${outcome.type}`);
  return outcome;
};

describe('classifyResponse', () => {
  it('accepts a JSON 200 with Result Success and its array, keeping Last-Modified', () => {
    const outcome = classify(
      200,
      { 'Content-Type': JSON_TYPE, 'Last-Modified': 'Fri, 28 Nov 2025 09:00:00 GMT' },
      '{"Result":"Success","Contacts":[{"idc":1}]}',
    );
    expect(outcome).toMatchObject({ type: 'success', status: 200, lastModified: 'Fri, 28 Nov 2025 09:00:00 GMT' });
    expect(outcome.type === 'success' && outcome.value).toEqual({ Result: 'Success', Contacts: [{ idc: 1 }] });
  });

  it('accepts the JSON media type in any case', () => {
    expect(classify(200, { 'Content-Type': 'Application/JSON' }, '{"Result":"Success","Contacts":[]}').type).toBe(
      'success',
    );
  });

  it('reports 304 as not modified', () => {
    expect(classify(304, {}, '')).toEqual({ type: 'not-modified' });
  });

  it.each<[string, number, Record<string, string>, string, object]>([
    [
      'HTML 200',
      200,
      { 'Content-Type': 'text/html' },
      '<html>maintenance</html>',
      { kind: 'invalid-response', problem: 'not-json', retryable: true },
    ],
    [
      '200 without content type',
      200,
      {},
      '{"Result":"Success","Contacts":[]}',
      { kind: 'invalid-response', problem: 'not-json' },
    ],
    ['application/jsonp', 200, { 'Content-Type': 'application/jsonp' }, '{}', { problem: 'not-json' }],
    [
      'truncated JSON',
      200,
      { 'Content-Type': JSON_TYPE },
      '{"Result":"Success","Contacts":[{"idc":1',
      { problem: 'truncated', retryable: true },
    ],
    [
      'malformed JSON',
      200,
      { 'Content-Type': JSON_TYPE },
      '{"Result":Success}',
      { problem: 'unparsable', retryable: true },
    ],
    [
      'Result not Success',
      200,
      { 'Content-Type': JSON_TYPE },
      '{"Result":"Error","Message":"x"}',
      { problem: 'not-success', retryable: false },
    ],
    ['Result missing', 200, { 'Content-Type': JSON_TYPE }, '[]', { problem: 'not-success' }],
    [
      'array missing',
      200,
      { 'Content-Type': JSON_TYPE },
      '{"Result":"Success"}',
      { problem: 'schema', retryable: false },
    ],
    [
      'wrong idc type',
      200,
      { 'Content-Type': JSON_TYPE },
      '{"Result":"Success","Contacts":[{"idc":true}]}',
      { problem: 'schema' },
    ],
    [
      '401',
      401,
      {},
      'Unauthorized',
      { kind: 'bad-credentials', status: 401, retryable: false, serverText: 'Unauthorized' },
    ],
    ['403', 403, {}, 'Forbidden', { kind: 'bad-credentials', status: 403 }],
    ['429', 429, { 'Retry-After': '3' }, 'slow down', { kind: 'rate-limited', retryAfterMs: 3000, retryable: true }],
    [
      '503 with seconds',
      503,
      { 'Retry-After': '2' },
      'busy',
      { kind: 'unavailable', retryAfterMs: 2000, retryable: true },
    ],
    [
      '503 with a date',
      503,
      { 'Retry-After': 'Fri, 28 Nov 2025 10:01:00 GMT' },
      '',
      { kind: 'unavailable', retryAfterMs: 60_000 },
    ],
    [
      '500',
      500,
      { 'Content-Type': 'text/plain' },
      'Internal error',
      { kind: 'http', status: 500, retryable: true, serverText: 'Internal error' },
    ],
    ['400', 400, {}, 'Unknown field "Foo"', { kind: 'http', status: 400, retryable: false }],
    ['404', 404, {}, 'Not found', { kind: 'http', status: 404, retryable: false }],
    ['408', 408, {}, '', { kind: 'http', status: 408, retryable: true }],
  ])('%s', (_name, status, headers, text, expected) => {
    expect(failureOf(classify(status, headers, text)).failure).toMatchObject(expected);
  });

  it.each<[number, Record<string, string>, boolean]>([
    [400, {}, false],
    [429, {}, false],
    [503, { 'Retry-After': '1' }, false],
    [503, {}, true],
    [500, {}, true],
    [502, {}, true],
  ])('status %i %j: may have been processed = %s', (status, headers, expected) => {
    expect(failureOf(classify(status, headers, '')).mayHaveProcessed).toBe(expected);
  });

  it('treats any unusable 200 as possibly processed', () => {
    expect(failureOf(classify(200, { 'Content-Type': 'text/html' }, '<p>')).mayHaveProcessed).toBe(true);
    expect(failureOf(classify(200, { 'Content-Type': JSON_TYPE }, '{"Result":"No"}')).mayHaveProcessed).toBe(true);
  });

  it('redacts and shortens server text', () => {
    const long = `Bad request for /EN/Contacts-4242-${KEY}-all.awp ${'x'.repeat(400)}`;
    const { failure } = failureOf(classify(400, { 'Content-Type': 'text/plain' }, long));
    expect(failure.serverText).not.toContain(KEY);
    expect(failure.serverText).not.toContain('4242');
    expect(failure.serverText!.length).toBeLessThanOrEqual(300);
    expect(failure.serverText!.endsWith('…')).toBe(true);
  });

  it('names a schema mismatch by path, briefly', () => {
    const { failure } = failureOf(
      classify(200, { 'Content-Type': JSON_TYPE }, '{"Result":"Success","Contacts":[{"idc":true}]}'),
    );
    expect(failure.reason).toMatch(/^Contacts\.0\.idc/);
  });

  it('checks only Result for a save', () => {
    const outcome = classifyResponse(
      200,
      new Headers({ 'Content-Type': JSON_TYPE }),
      { text: '{"Result":"Success","Contacts":"odd"}', bytes: 1 },
      saveResponseSchema,
      env,
    );
    expect(outcome.type).toBe('success');
  });

  it('reports a body over the limit or cut off', () => {
    const headers = new Headers({ 'Content-Type': JSON_TYPE });
    expect(failureOf(classifyResponse(200, headers, { error: 'too-large' }, schema, env)).failure).toMatchObject({
      problem: 'too-large',
      retryable: false,
    });
    expect(failureOf(classifyResponse(200, headers, { error: 'cut' }, schema, env)).failure).toMatchObject({
      problem: 'truncated',
      retryable: true,
    });
  });
});

describe('cleanServerText and looksTruncated', () => {
  it('drops HTML tags and collapses whitespace', () => {
    expect(cleanServerText('<h1>Error</h1>\n<p>Try   later</p>', 'text/html', (s) => s)).toBe('Error Try later');
  });

  it.each([
    ['{"a":[1,2', true],
    ['{"a":"unterminated', true],
    ['', true],
    ['{"a":1}}', false],
    ['<html>', false],
    ['{"a":"}"', true],
  ])('%j truncated = %s', (text, expected) => {
    expect(looksTruncated(text)).toBe(expected);
  });
});

const okBody = '{"Result":"Success","Contacts":[]}';

function fakeEnv(
  fetchImpl: (url: string, init: RequestInit) => Promise<Response>,
  extra: Partial<AttemptEnv> = {},
): AttemptEnv {
  return { fetch: fetchImpl as typeof fetch, timeoutMs: 5_000, maxBodyBytes: 1_000_000, ...env, ...extra };
}

describe('attempt', () => {
  it('sends with no-store, no credentials, no redirects, a signal, and the validator', async () => {
    const seen: RequestInit[] = [];
    const outcome = await attempt(
      { url: 'https://h/x', method: 'GET', ifModifiedSince: 'Fri, 28 Nov 2025 09:00:00 GMT' },
      schema,
      fakeEnv(async (_url, init) => {
        seen.push(init);
        return new Response(okBody, { headers: { 'Content-Type': JSON_TYPE } });
      }),
    );
    expect(outcome.type).toBe('success');
    expect(seen[0]).toMatchObject({ method: 'GET', cache: 'no-store', credentials: 'omit', redirect: 'error' });
    expect(seen[0]!.signal).toBeInstanceOf(AbortSignal);
    expect((seen[0]!.headers as Record<string, string>)['If-Modified-Since']).toBe('Fri, 28 Nov 2025 09:00:00 GMT');
  });

  it('sends a POST body as JSON', async () => {
    let init: RequestInit | undefined;
    await attempt(
      { url: 'https://h/x', method: 'POST', body: '{"Contacts":[]}' },
      saveResponseSchema,
      fakeEnv(async (_u, i) => {
        init = i;
        return new Response('{"Result":"Success"}', { headers: { 'Content-Type': JSON_TYPE } });
      }),
    );
    expect(init!.body).toBe('{"Contacts":[]}');
    expect((init!.headers as Record<string, string>)['Content-Type']).toMatch(/^application\/json/);
  });

  it('turns a hung request into a timeout', async () => {
    const hang = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const outcome = await attempt({ url: 'https://h/x', method: 'GET' }, schema, fakeEnv(hang, { timeoutMs: 10 }));
    expect(outcome).toMatchObject({
      type: 'failure',
      failure: { kind: 'timeout', retryable: true },
      mayHaveProcessed: true,
    });
  });

  it('turns a body that stalls after the headers into a timeout', async () => {
    const stalled = async (_url: string, init: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"Result":'));
          init.signal!.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body, { headers: { 'Content-Type': JSON_TYPE } });
    };
    const outcome = await attempt({ url: 'https://h/x', method: 'GET' }, schema, fakeEnv(stalled, { timeoutMs: 10 }));
    expect(outcome).toMatchObject({ type: 'failure', failure: { kind: 'timeout' } });
  });

  it('turns a body cut by the network into a truncated answer', async () => {
    const cut = async () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"Result":"Success","Con'));
          controller.error(new TypeError('terminated'));
        },
      });
      return new Response(body, { headers: { 'Content-Type': JSON_TYPE } });
    };
    const outcome = await attempt({ url: 'https://h/x', method: 'GET' }, schema, fakeEnv(cut));
    expect(outcome).toMatchObject({ type: 'failure', failure: { kind: 'invalid-response', problem: 'truncated' } });
  });

  it('refuses a body over the size limit', async () => {
    const big = async () => new Response(okBody, { headers: { 'Content-Type': JSON_TYPE } });
    const outcome = await attempt({ url: 'https://h/x', method: 'GET' }, schema, fakeEnv(big, { maxBodyBytes: 10 }));
    expect(outcome).toMatchObject({ type: 'failure', failure: { problem: 'too-large' } });
  });

  it('keeps the start of a long error text', async () => {
    const long = async () => new Response('E'.repeat(100_000), { status: 500 });
    const outcome = await attempt({ url: 'https://h/x', method: 'GET' }, schema, fakeEnv(long));
    expect(outcome.type === 'failure' && outcome.failure.serverText?.startsWith('EEE')).toBe(true);
  });

  it('turns a network error into a redacted failure that may have been sent', async () => {
    const broken = async () => {
      throw new TypeError(`fetch failed for https://h/EN/Contacts-4242-${KEY}-all.awp`, {
        cause: new Error(`ECONNRESET ${KEY}`),
      });
    };
    const outcome = await attempt({ url: 'https://h/x', method: 'GET' }, schema, fakeEnv(broken));
    expect(outcome).toMatchObject({
      type: 'failure',
      failure: { kind: 'network', retryable: true },
      mayHaveProcessed: true,
    });
    expect(JSON.stringify(outcome)).not.toContain(KEY);
  });
});
