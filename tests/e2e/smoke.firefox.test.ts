// The sandbox build in real Firefox ESR (WebDriver BiDi): the add-on installs and its background page runs, the
// extension pages load cleanly, and the background's fetch reaches a loopback sandbox. True of any correct build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { launchFirefoxWithExtension, type FirefoxExtension } from './harness/firefox';
import { FIREFOX_SANDBOX_EXT_DIR, PROJECT_ROOT } from './harness/paths';
import { waitFor } from './harness/wait';

const messages = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'public/_locales/en/messages.json'), 'utf8')) as {
  extName: { message: string };
};
const manifest = JSON.parse(readFileSync(path.join(FIREFOX_SANDBOX_EXT_DIR, 'manifest.json'), 'utf8')) as {
  action?: { default_popup?: string };
  options_ui?: { page?: string };
};

let sandbox: Sandbox;
let browser: FirefoxExtension;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  browser = await launchFirefoxWithExtension(FIREFOX_SANDBOX_EXT_DIR);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

describe('sandbox build in Firefox', () => {
  it('installs the add-on and runs its background page', async () => {
    const background = await browser.evaluateInBackground<{ url: string; state: string; scripts: string[] }>(
      `(bg) => ({
        url: bg.location.href,
        state: bg.document.readyState,
        scripts: [...bg.document.scripts].map((s) => s.src),
      })`,
    );
    expect(background.url.startsWith(`${browser.extensionBaseUrl}/`)).toBe(true);
    expect(background.state).toBe('complete');
    expect(background.scripts).toContain(`${browser.extensionBaseUrl}/background.js`);
    const name = await browser.evaluateInBackground('(bg) => bg.browser.runtime.getManifest().name');
    expect(name).toBe(messages.extName.message);
  });

  it.each([
    ['popup', manifest.action?.default_popup],
    ['options', manifest.options_ui?.page],
  ])('loads the %s page without errors', async (_name, pagePath) => {
    expect(pagePath).toMatch(/\.html$/);
    const context = await browser.openExtensionPage(`/${pagePath}`);
    const page = await browser.evaluate<{ url: string; title: string }>(
      context,
      `({ url: document.documentURI, title: document.title })`,
    );
    // An error page would show an about: URL instead of the extension's own.
    expect(page.url).toBe(`${browser.extensionBaseUrl}/${pagePath}`);
    expect(page.title.trim()).not.toBe('');
    // The Preact app marks its root once it has left its loading state (whatever state it then shows).
    await waitFor(
      () => browser.evaluate<boolean>(context, `document.querySelector('#app [data-testid="app-ready"]') !== null`),
      { timeoutMs: 60_000, what: `${pagePath} to render` },
    );
    expect(await browser.extensionErrors()).toEqual([]);
  });

  it('lets the background fetch the sandbox API on loopback', async () => {
    const granted = await browser.evaluateInBackground(
      `(bg) => bg.browser.permissions.contains({ origins: ['http://127.0.0.1/*'] })`,
    );
    expect(granted).toBe(true);

    sandbox.clearRequests();
    const reply = await browser.evaluateInBackground(
      `(bg) => bg.fetch(${JSON.stringify(sandbox.url('Scripts'))}, { cache: 'no-store' }).then(async (response) => {
        const body = await response.json();
        return { status: response.status, result: body.Result, scripts: Array.isArray(body.Scripts) };
      })`,
    );

    expect(reply).toEqual({ status: 200, result: 'Success', scripts: true });
    const requests = sandbox.requests();
    expect(requests).toEqual([expect.objectContaining({ method: 'GET', status: 200 })]);
    expect(requests[0]?.path.startsWith(`/API_WEB/EN/Scripts-${sandbox.account}-`)).toBe(true);
    expect(await browser.extensionErrors()).toEqual([]);
  });

  it('reports an uncaught error in an extension page (so the error checks above can fail)', async () => {
    const context = await browser.openExtensionPage(`/${manifest.action?.default_popup ?? 'popup.html'}`);
    await browser.evaluate(context, `setTimeout(() => { throw new Error('harness self-check'); }, 0); true`);
    const errors = await waitFor(
      async () => {
        const seen = await browser.extensionErrors();
        return seen.length > 0 && seen;
      },
      { what: 'the extension error' },
    );
    expect(errors).toEqual([expect.stringContaining('harness self-check')]);
  });
});
