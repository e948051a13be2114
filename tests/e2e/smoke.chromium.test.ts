// The sandbox build in real Chromium: the background starts, the extension pages load cleanly, and the
// background's fetch reaches a loopback sandbox (proof of the sandbox host permissions). True of any correct build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { launchChromiumWithExtension, type ChromiumExtension } from './harness/chromium';
import { CHROMIUM_SANDBOX_EXT_DIR, PROJECT_ROOT } from './harness/paths';
import { seedExtensionSettings } from './harness/seed-settings';
import { waitFor } from './harness/wait';

// What the service worker exposes, as far as these tests use it (evaluated inside the browser).
declare const chrome: {
  runtime: {
    getManifest(): {
      name: string;
      action?: { default_popup?: string };
      options_ui?: { page?: string };
      content_scripts?: { matches: string[]; js: string[] }[];
    };
  };
  i18n: { getMessage(name: string): string };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  storage: { local: { get(key: string | null): Promise<Record<string, unknown>> } };
};

const messages = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'public/_locales/en/messages.json'), 'utf8')) as {
  extName: { message: string };
};

let sandbox: Sandbox;
let browser: ChromiumExtension;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  browser = await launchChromiumWithExtension(CHROMIUM_SANDBOX_EXT_DIR);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

describe('sandbox build in Chromium', () => {
  it('starts the background service worker of this extension', async () => {
    const worker = await browser.getServiceWorker();
    expect(worker.url()).toBe(`${browser.extensionBaseUrl}/background.js`);
    const names = await worker.evaluate(() => [chrome.runtime.getManifest().name, chrome.i18n.getMessage('extName')]);
    expect(names).toEqual([messages.extName.message, messages.extName.message]);
  });

  it('runs a content script statically on LinkedIn and Gmail only, and ships the one injected elsewhere', async () => {
    const worker = await browser.getServiceWorker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.content_scripts).toEqual([
      { matches: ['https://*.linkedin.com/*', 'https://mail.google.com/*'], js: ['content-scripts/content.js'] },
    ]);
    const shipped = await worker.evaluate(async () => (await fetch('/content-scripts/page.js')).ok);
    expect(shipped).toBe(true);
  });

  it.each([
    ['popup', (m: ReturnType<typeof chrome.runtime.getManifest>) => m.action?.default_popup],
    ['options', (m: ReturnType<typeof chrome.runtime.getManifest>) => m.options_ui?.page],
  ])('loads the %s page without errors', async (_name, pageOf) => {
    const worker = await browser.getServiceWorker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    const pagePath = pageOf(manifest);
    expect(pagePath).toMatch(/\.html$/);

    const { page, response, errors } = await browser.openExtensionPage(`/${pagePath}`);
    try {
      expect(response?.ok()).toBe(true);
      expect((await page.title()).trim()).not.toBe('');
      // The Preact app marks its root once it has left its loading state (whatever state it then shows).
      await page.locator('#app [data-testid="app-ready"]').waitFor({ timeout: 60_000 });
      expect(errors.map(String)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lets the background fetch the sandbox API on loopback', async () => {
    const worker = await browser.getServiceWorker();
    expect(await worker.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(true);

    sandbox.clearRequests();
    const reply = await worker.evaluate(async (url) => {
      const response = await fetch(url, { cache: 'no-store' });
      const body = (await response.json()) as { Result?: unknown; Scripts?: unknown };
      return { status: response.status, result: body.Result, scripts: Array.isArray(body.Scripts) };
    }, sandbox.url('Scripts'));

    expect(reply).toEqual({ status: 200, result: 'Success', scripts: true });
    const requests = sandbox.requests();
    expect(requests).toEqual([expect.objectContaining({ method: 'GET', status: 200 })]);
    expect(requests[0]?.path.startsWith(`/API_WEB/EN/Scripts-${sandbox.account}-`)).toBe(true);
  });

  it('connects to the sandbox with the settings npm start seeds, and keeps the key out of storage.local', async () => {
    sandbox.clearRequests();
    const result = await seedExtensionSettings(browser, {
      apiBase: sandbox.apiBase,
      account: sandbox.account,
      key: sandbox.key,
    });
    expect(result).toMatchObject({ ok: true, saved: true, connection: { result: 'success' } });
    expect(sandbox.requests().some((r) => r.method === 'GET' && r.path.includes('/Scripts-'))).toBe(true);
    const worker = await browser.getServiceWorker();
    const dump = JSON.stringify(await worker.evaluate(() => chrome.storage.local.get(null)));
    expect(dump).toContain(sandbox.apiBase);
    expect(dump).not.toContain(sandbox.key);
  });

  it('reports an uncaught error in an extension page (so the error checks above can fail)', async () => {
    const { page, errors } = await browser.openExtensionPage('/popup.html');
    try {
      await page.evaluate(() => {
        setTimeout(() => {
          throw new Error('harness self-check');
        }, 0);
      });
      const seen = await waitFor(() => errors.length > 0 && errors, { what: 'the page error' });
      expect(seen.map((e) => e.message)).toEqual(['harness self-check']);
    } finally {
      await page.close();
    }
  });
});
