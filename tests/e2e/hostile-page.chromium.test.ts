// A hostile page cannot stop the scanner or learn that it runs: in real Chromium, a page under www.linkedin.com (the
// static content script) and an ordinary page (the script injected on demand) each listen for the events WXT's
// content scripts used to announce themselves with, dispatch every event name the built script contains (with and
// without the extension id and entrypoint prefix, on document and window, as events, custom events and
// postMessages), and then show a new address: the scanner still reports it by itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumExtension } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { startHttpsHosts, type HttpsHosts } from './harness/https-hosts';
import { CHROMIUM_SANDBOX_EXT_DIR } from './harness/paths';
import { waitFor } from './harness/wait';

const LINKEDIN_URL = 'https://www.linkedin.com/in/hostile-page';
const PAGE_TIMEOUT_MS = 60_000;

/** Every name-like string of a built script: what a page could guess an event name from. */
function eventNamesIn(file: string): string[] {
  const code = readFileSync(path.join(CHROMIUM_SANDBOX_EXT_DIR, 'content-scripts', file), 'utf8');
  const names = new Set<string>(['wxt:content-script-started', 'wxt:locationchange', 'hashchange', 'popstate']);
  for (const match of code.matchAll(/["'`]([A-Za-z][\w:.-]{2,60})["'`]/g)) names.add(match[1]!);
  return [...names];
}

/** A page that records every announcement it can hear, then forges every name it is given. */
const hostileHtml = (extensionId: string, email: string) => `<!doctype html>
<html><head><title>Hostile page</title><script>
  window.__heard = [];
  for (const entry of ['content', 'page']) {
    document.addEventListener('${extensionId}:' + entry + ':wxt:content-script-started', (e) => window.__heard.push(e.type));
  }
  window.addEventListener('message', (e) => {
    if (e.source === window && JSON.stringify(e.data ?? null).includes('content-script-started')) window.__heard.push('message');
  });
  window.__forge = (names, extensionId) => {
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    for (const bare of names) {
      for (const name of [bare, extensionId + ':content:' + bare, extensionId + ':page:' + bare]) {
        for (const target of [document, window]) {
          target.dispatchEvent(new Event(name));
          target.dispatchEvent(new CustomEvent(name, { detail }));
          target.dispatchEvent(new CustomEvent(name, { detail: { ...detail, contentScriptName: 'page' } }));
        }
        window.postMessage({ type: name, ...detail }, '*');
      }
    }
    return names.length;
  };
</script></head>
<body><main><h1>Jane Hostile</h1><p>Write to <a href="mailto:${email}">${email}</a></p></main></body></html>`;

let extension: ChromiumExtension;
let hosts: HttpsHosts;
let ordinary: FixtureServer;
let control: Page;

const send = <T>(message: unknown): Promise<T> =>
  control.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

/** The tab a page was just opened in: the newest one (a page off the host permission shows the extension no URL). */
async function newestTabId(): Promise<number> {
  const tabs = (await control.evaluate(() => chrome.tabs.query({}))) as { id?: number }[];
  return Math.max(...tabs.map((tab) => tab.id ?? -1));
}

/** The addresses the background holds for the tab: what the content script reported by itself. */
async function reported(tabId: number): Promise<string[]> {
  const answer = await send<{ ok: boolean; state?: { findings: { emails: { address: string }[] } } }>({
    type: 'ui/tab-state',
    tabId,
  });
  return (answer.state?.findings.emails ?? []).map((e) => e.address.toLowerCase());
}

async function forgeThenReport(page: Page, tabId: number, script: string, later: string) {
  // What the page heard while the scanner started, before it forges anything itself.
  expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
  const forged = await page.evaluate(
    ([names, id]) => (window as unknown as { __forge(n: string[], i: string): number }).__forge(names, id),
    [eventNamesIn(script), extension.extensionId] as const,
  );
  expect(forged).toBeGreaterThan(50);
  await page.evaluate((address) => {
    const p = document.createElement('p');
    p.textContent = `New colleague: ${address}`;
    document.body.append(p);
  }, later);
  await waitFor(async () => (await reported(tabId)).includes(later), {
    timeoutMs: 20_000,
    what: `the scanner to report ${later} after every forged event`,
  });
}

beforeAll(async () => {
  hosts = await startHttpsHosts({ [LINKEDIN_URL]: '<!doctype html><title>placeholder</title>' });
  ordinary = await startFixtureServer({ pages: {} });
  extension = await launchChromiumWithExtension(CHROMIUM_SANDBOX_EXT_DIR, { extraArgs: hosts.chromiumArgs() });
  hosts.setPage(LINKEDIN_URL, hostileHtml(extension.extensionId, 'jane.hostile@acme-hostile.com'));
  ordinary.setPage('/team', hostileHtml(extension.extensionId, 'jane.ordinary@acme-hostile.com'));
  control = (await extension.openExtensionPage('/options.html')).page;
});

afterAll(async () => {
  try {
    await extension?.close();
  } finally {
    await hosts?.close();
    await ordinary?.close();
  }
});

describe('Chromium: a hostile page', () => {
  it('on www.linkedin.com: hears nothing, and forging every event name stops no reporting', async () => {
    const page = await extension.context.newPage();
    try {
      await page.goto(LINKEDIN_URL, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
      const tabId = await newestTabId();
      await waitFor(async () => (await reported(tabId)).includes('jane.hostile@acme-hostile.com'), {
        what: 'the static content script to report the first address',
      });
      await forgeThenReport(page, tabId, 'content.js', 'omar.later@acme-hostile.com');
    } finally {
      await page.close();
    }
  });

  it('on an ordinary page: the injected scanner hears nothing, and forging every event name stops no reporting', async () => {
    const url = ordinary.url('/team');
    const page = await extension.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
      const tabId = await newestTabId();
      const scanned = await send<{ ok: boolean; state?: { findings: { emails: { address: string }[] } } }>({
        type: 'ui/scan-tab',
        tabId,
      });
      expect(scanned.state?.findings.emails.map((e) => e.address)).toContain('jane.ordinary@acme-hostile.com');
      await forgeThenReport(page, tabId, 'page.js', 'lina.later@acme-hostile.com');
    } finally {
      await page.close();
    }
  });
});
