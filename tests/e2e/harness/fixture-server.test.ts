import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';

let root: string;
let server: FixtureServer;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'centrix-fixtures-'));
  await mkdir(path.join(root, 'site'));
  await writeFile(path.join(root, 'site/index.html'), '<p>index</p>');
  await writeFile(path.join(root, 'site/data.json'), '{"a":1}');
  await writeFile(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), 'secret');
  server = await startFixtureServer({ root, pages: { '/inline': '<p>inline</p>' } });
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
  await rm(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), { force: true });
});

async function get(pathname: string) {
  const response = await fetch(server.url(pathname));
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('startFixtureServer', () => {
  it('listens on loopback', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves files under the root with their content type, and index.html for a folder', async () => {
    expect(await get('/site/data.json')).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: '{"a":1}',
    });
    expect(await get('/site/')).toMatchObject({ status: 200, body: '<p>index</p>' });
  });

  it('serves inline pages, including ones added later', async () => {
    expect(await get('/inline')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<p>inline</p>',
    });
    server.setPage('/later.txt', 'later', 'text/plain');
    expect(await get('/later.txt')).toEqual({ status: 200, type: 'text/plain', body: 'later' });
  });

  it('answers 404 for a missing file and for any path that climbs out of the root', async () => {
    expect((await get('/nope.html')).status).toBe(404);
    const escape = `/..%2f${path.basename(root)}-secret.txt`;
    expect(await get(escape)).toEqual({ status: 404, type: 'text/plain', body: 'not found' });
  });

  it('records the paths requested', () => {
    expect(server.requests).toContain('/site/data.json');
    expect(server.requests).toContain('/inline');
  });
});

describe('startFixtureServer log', () => {
  it('keeps each request as received: method, path with query, headers', async () => {
    await fetch(server.url('/inline?who=me&x=%20y'), { headers: { 'x-probe': 'one' } });
    expect(server.log.at(-1)).toMatchObject({
      method: 'GET',
      url: '/inline?who=me&x=%20y',
      headers: expect.objectContaining({ 'x-probe': 'one' }) as unknown,
    });
  });
});
