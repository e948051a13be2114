// A loopback HTTP server for the pages the browser tests (and `npm start`) open: files under `tests/fixtures/`
// plus inline pages registered by a test.
//
// Exports:
//   startFixtureServer({ root?, pages?, port?, host? }) → Promise<FixtureServer>
//     root   directory served as-is (default tests/fixtures); nothing outside it is reachable
//     pages  inline responses by path, e.g. { '/contact': '<html>…' } (HTML unless `setPage` says otherwise)
//     port   default 0 (any free port); host default 127.0.0.1
//   FixtureServer.origin            `http://127.0.0.1:PORT`
//   FixtureServer.url(pathname)     absolute URL of a path on this server
//   FixtureServer.setPage(pathname, body, contentType?)   add or replace an inline page
//   FixtureServer.requests          paths requested so far, in order
//   FixtureServer.log               every request so far as received: { method, url (path and query), headers }
//   FixtureServer.close()           stops listening and drops open connections
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURES_DIR } from './paths';

export interface FixtureServerOptions {
  root?: string;
  pages?: Record<string, string>;
  port?: number;
  host?: string;
}

export interface FixtureRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FixtureServer {
  origin: string;
  url(pathname: string): string;
  setPage(pathname: string, body: string, contentType?: string): void;
  readonly requests: readonly string[];
  readonly log: readonly FixtureRequest[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

async function readFixture(root: string, pathname: string): Promise<{ body: Buffer; type: string } | undefined> {
  const resolved = path.resolve(root, '.' + pathname);
  // Saved pages are third-party HTML: never let a crafted path climb out of the fixture folder.
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return undefined;
  try {
    const info = await stat(resolved);
    const file = info.isDirectory() ? path.join(resolved, 'index.html') : resolved;
    const body = await readFile(file);
    return { body, type: CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

export async function startFixtureServer({
  root = FIXTURES_DIR,
  pages = {},
  port = 0,
  host = '127.0.0.1',
}: FixtureServerOptions = {}): Promise<FixtureServer> {
  const absoluteRoot = path.resolve(root);
  const inline = new Map<string, { body: string; type: string }>(
    Object.entries(pages).map(([p, body]) => [p, { body, type: CONTENT_TYPES['.html']! }]),
  );
  const requests: string[] = [];
  const log: FixtureRequest[] = [];

  const server = http.createServer((req, res) => {
    log.push({ method: req.method ?? 'GET', url: req.url ?? '', headers: { ...req.headers } });
    void (async () => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://fixture.invalid').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      requests.push(pathname);
      const page = inline.get(pathname) ?? (await readFixture(absoluteRoot, pathname));
      if (!page) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : page.body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    setPage(pathname, body, contentType = CONTENT_TYPES['.html']!) {
      inline.set(pathname, { body, type: contentType });
    },
    requests,
    log,
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
