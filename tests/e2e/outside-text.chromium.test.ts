// Values from outside shown as written, in real Chromium: a contact whose name ends in U+202E (RIGHT-TO-LEFT
// OVERRIDE) no longer turns its own id "#1065" into "(5601#)" in the popup. The characters' positions on screen are
// read back, and a screenshot is kept in tests/output/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { launchChromiumWithExtension, type ChromiumExtension } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { CHROMIUM_SANDBOX_EXT_DIR, PROJECT_ROOT } from './harness/paths';
import { seedExtensionSettings } from './harness/seed-settings';
import { waitFor } from './harness/wait';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const EMAIL = 'mallory.bidi@bidi-e2e-example.ca';
const OUTPUT = path.join(PROJECT_ROOT, 'tests/output');
/** A list name of 300 characters without a space: it must wrap, not stretch the options page. */
const LONG_LIST = `Q${'uarterlyProspects'.repeat(17)}`.slice(0, 300);

let sandbox: Sandbox;
let pages: FixtureServer;
let extension: ChromiumExtension;
let idc: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  sandbox.addList(LONG_LIST);
  const created = await fetch(sandbox.url('Contacts', 'C'), {
    method: 'POST',
    body: JSON.stringify({
      Contacts: [
        {
          [sandbox.fieldName('firstName')]: 'Mallory\u202e',
          [sandbox.fieldName('lastName')]: 'Spoof\u202e',
          [sandbox.fieldName('email')]: EMAIL,
        },
      ],
    }),
  });
  idc = String(((await created.json()) as { Contacts: { idc: number }[] }).Contacts[0]!.idc);
  pages = await startFixtureServer({
    pages: { '/team': `<!doctype html><title>Team</title><main><p>Write to ${EMAIL}</p></main>` },
  });
  extension = await launchChromiumWithExtension(CHROMIUM_SANDBOX_EXT_DIR);
  const seeded = await seedExtensionSettings(extension, {
    apiBase: sandbox.apiBase,
    account: sandbox.account,
    key: sandbox.key,
  });
  expect(seeded).toMatchObject({ ok: true, saved: true });
});

afterAll(async () => {
  try {
    await extension?.close();
  } finally {
    await pages?.close();
    await sandbox?.close();
  }
});

describe('Chromium: values from outside', () => {
  it('shows a name ending in U+202E without reversing its own #id', async () => {
    const url = pages.url('/team');
    const tab = await extension.context.newPage();
    const { page: control } = await extension.openExtensionPage('/options.html');
    await tab.goto(url, { waitUntil: 'load' });
    const tabs = (await control.evaluate(() =>
      (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }
      ).chrome.tabs.query({}),
    )) as { id: number; url?: string }[];
    const tabId = tabs.find((t) => t.url === url)!.id;
    await control.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'ui/scan-tab', tabId });

    const { page: popup } = await extension.openExtensionPage(`/popup.html?tabId=${tabId}`);
    const badge = popup.locator('[id$="-status"] .badge.known').first();
    await waitFor(async () => (await badge.count()) > 0 && (await badge.textContent())?.includes(idc), {
      timeoutMs: 60_000,
      what: 'the popup to show the contact as known',
    });
    // The text as written: the override is gone from what is shown.
    expect(await badge.textContent()).toBe(`In Centrix: Mallory Spoof (#${idc})`);
    // And as drawn: "(", "#" and the digits of the id from left to right, each after the one before.
    const lefts = await badge.evaluate((element, id) => {
      const text = element.textContent ?? '';
      const start = text.lastIndexOf('(');
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const positions: number[] = [];
      let offset = 0;
      for (const node of nodes) {
        for (let i = 0; i < node.data.length; i++, offset++) {
          if (offset < start || offset > start + id.length + 2) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          positions.push(range.getBoundingClientRect().left);
        }
      }
      return positions;
    }, idc);
    expect(lefts.length).toBe(idc.length + 3);
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    mkdirSync(OUTPUT, { recursive: true });
    await popup.screenshot({ path: path.join(OUTPUT, 'popup-bidi-name.png') });
    await popup.close();
    await control.close();
    await tab.close();
  });

  it('wraps a 300-character list name on the options page instead of stretching it', async () => {
    const { page } = await extension.openExtensionPage('/options.html');
    await page.setViewportSize({ width: 900, height: 900 });
    const label = page.locator('bdi', { hasText: LONG_LIST.slice(0, 40) }).first();
    await label.waitFor({ timeout: 60_000 });
    expect(await label.textContent()).toBe(LONG_LIST);
    expect(await label.getAttribute('title')).toBe(LONG_LIST);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      form: document.querySelector('.options')!.getBoundingClientRect().width,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.form).toBeLessThanOrEqual(720);
    const box = await label.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(720);
    expect(box!.height).toBeGreaterThan(30);
    mkdirSync(OUTPUT, { recursive: true });
    await label.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUTPUT, 'options-long-list-name.png') });
    await page.close();
  });
});
