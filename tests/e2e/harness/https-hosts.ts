// Pages served over HTTPS under their real host names (www.linkedin.com, ca.linkedin.com, mail.google.com …) from
// one loopback server, so that the extension's static content scripts match exactly as they do for a user. The
// certificate is made at start (openssl, one day); the browsers are told to accept it and where the names resolve:
// Chromium through `chromiumArgs` (host-resolver rules that also send every other name nowhere), Firefox through
// `firefoxPrefs` (the names resolve to loopback; URLs then carry the server's port).
//
// Exports:
//   startHttpsHosts(pages?) → Promise<HttpsHosts>
//     pages   { 'https://ca.linkedin.com/in/x': '<html>…' } (the full URL; query and hash are ignored)
//   HttpsHosts.port                  the loopback port
//   HttpsHosts.setPage(url, html)    add or replace a page
//   HttpsHosts.chromiumArgs()        launch flags: host-resolver rules for every host with a page, cert errors off
//   HttpsHosts.firefoxPrefs()        prefs: those hosts resolve to loopback
//   HttpsHosts.urlFor(url, browser)  the URL to open: as is in Chromium, with the port in Firefox
//   HttpsHosts.close()
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface HttpsHosts {
  port: number;
  setPage(url: string, html: string): void;
  chromiumArgs(): string[];
  firefoxPrefs(): Record<string, string>;
  urlFor(url: string, browser: 'chromium' | 'firefox'): string;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'centrix-cert-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=test',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pageKey = (host: string, pathname: string) => `${host.toLowerCase()}${pathname}`;

export async function startHttpsHosts(pages: Record<string, string> = {}): Promise<HttpsHosts> {
  const byKey = new Map<string, string>();
  const hosts = new Set<string>();
  const setPage = (url: string, html: string) => {
    const u = new URL(url);
    hosts.add(u.hostname);
    byKey.set(pageKey(u.hostname, u.pathname), html);
  };
  for (const [url, html] of Object.entries(pages)) setPage(url, html);

  const server = https.createServer(selfSignedCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'https://fixture.invalid').pathname;
    } catch {
      res.writeHead(400).end();
      return;
    }
    const html = byKey.get(pageKey(host, pathname));
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    setPage,
    chromiumArgs: () => [
      `--host-resolver-rules=${[...hosts].map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
      '--ignore-certificate-errors',
    ],
    firefoxPrefs: () => ({ 'network.dns.localDomains': [...hosts].join(',') }),
    urlFor(url, browser) {
      if (browser === 'chromium') return url;
      const u = new URL(url);
      u.port = String(port);
      return u.href;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
