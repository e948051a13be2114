// The product as a user meets it, in a real browser: one suite, run by flow.chromium.test.ts and
// flow.firefox.test.ts with their own FlowBrowser. A sandbox with demo data and a company page on loopback listing
// one person the sandbox has and one it has not; the built extension is connected, scans the page on demand, looks
// both people up in one request, shows them in the popup, saves the new one (once, even when asked twice), keeps
// a create whose answer was lost from becoming a duplicate, and keeps the credentials out of every page's reach.
//
// Exports:
//   describeProductFlow(label, launch)   the suite; `launch()` starts the browser with the sandbox build loaded
//   FlowBrowser, FlowTab                  what a browser driver provides
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { t, type Locale } from '../../../lib/i18n';
import type {
  ContactSaveResponseSchema,
  ListsResponseSchema,
  OutboxItemView,
  OutboxResponseSchema,
  PublicSettingsResponseSchema,
  TabStateResponseSchema,
  CatalogueResponseSchema,
} from '../../../lib/messaging/contract';
import type { z } from 'zod';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { contactPageHtml, fullName, type PagePerson } from './contact-page';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { seedSettingsWith, type SeedResult } from './seed-settings';
import { waitFor } from './wait';

export interface FlowTab {
  /** Evaluates a JavaScript expression in the page's main world, awaiting a promise; answers its value. */
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export interface FlowBrowser {
  /** An extension page that stays open: the background answers `ui/*` messages only from extension pages. */
  extensionPage: FlowTab;
  /** A new ordinary tab, once the page has loaded. */
  openTab(url: string): Promise<FlowTab>;
  /** A new tab showing an extension page (path and query), once it has loaded. */
  openExtensionPage(pathname: string): Promise<FlowTab>;
  /** Uncaught script errors of the extension's own pages (and of its background, where the browser tells). */
  extensionErrors(): Promise<string[]>;
  close(): Promise<void>;
}

type Answer<S extends z.ZodType> = z.infer<S>;
type Contact = Record<string, unknown>;

/** The loopback pattern of the sandbox build's manifest: the scan and the API calls both need it. */
const LOOPBACK = 'http://127.0.0.1/*';
/** Longer than a retry of the outbox can take: backoff up to 30 s, then an alarm no sooner than 30 s. */
const RETRY_WAIT_MS = 110_000;

// The value goes through JSON both ways: the drivers return only what JSON can say, the same in both browsers.
async function evaluateJson<T>(tab: FlowTab, expression: string): Promise<T> {
  const text = await tab.evaluate(`Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`);
  if (typeof text !== 'string') throw new Error(`the page answered ${String(text)} instead of JSON`);
  return JSON.parse(text) as T;
}

const EXTENSION_API = '(globalThis.browser ?? globalThis.chrome)';

const ok = <T extends { ok: boolean }>(answer: T, what: string): Extract<T, { ok: true }> => {
  if (!answer.ok) throw new Error(`${what} answered ${JSON.stringify(answer)}`);
  return answer as Extract<T, { ok: true }>;
};

/** `Thériault` → `theriault`: letters and digits an address's local part takes anywhere. */
const asciiLocalPart = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();

/** The extension's IndexedDB name, from lib/storage (its storage items need a browser: replaced here by stubs). */
async function extensionDbName(): Promise<string> {
  vi.doMock('wxt/utils/storage', () => ({ storage: { defineItem: () => ({}) } }));
  try {
    const { EXTENSION_DB } = await import('../../../lib/storage/items');
    return EXTENSION_DB.name;
  } finally {
    vi.doUnmock('wxt/utils/storage');
  }
}

export function describeProductFlow(label: string, launch: () => Promise<FlowBrowser>): void {
  describe(`${label}: product flow against the sandbox`, () => {
    // Canaries: a key and an account found nowhere else, so finding them anywhere is a leak.
    const key = `flow-${randomBytes(12).toString('hex')}`;
    const account = `E2E${randomBytes(5).toString('hex').toUpperCase()}`;
    const suffix = randomBytes(3).toString('hex');

    let sandbox: Sandbox;
    let pages: FixtureServer;
    let browser: FlowBrowser;
    let known: Contact;
    let knownPerson: PagePerson;
    let newcomer: PagePerson;
    let pageUrl: string;
    let page: FlowTab | undefined;
    let tabId: number;
    let locale: Locale = 'en';
    let doubtful: { itemId: string; email: string } | undefined;

    const send = <T>(message: Record<string, unknown>) =>
      evaluateJson<T>(browser.extensionPage, `${EXTENSION_API}.runtime.sendMessage(${JSON.stringify(message)})`);
    const field = (role: string) => sandbox.fieldName(role);
    const contactsWithEmail = (email: string) =>
      sandbox.contacts().filter((c) => String(c[field('email')]).toLowerCase() === email.toLowerCase());
    const outboxItem = async (id: string): Promise<OutboxItemView | undefined> => {
      const answer = ok(await send<Answer<typeof OutboxResponseSchema>>({ type: 'ui/outbox-status' }), 'outbox');
      return answer.outbox.items.find((item) => item.id === id);
    };
    /** Polls the outbox until the item is `state` or has failed (said at once, with its reason). */
    const settled = async (id: string, state: OutboxItemView['state'], timeoutMs = 30_000) => {
      const item = await waitFor(
        async () => {
          const current = await outboxItem(id);
          return current && (current.state === state || current.state === 'failed') && current;
        },
        { timeoutMs, intervalMs: 250, what: `outbox item ${id} to be ${state}` },
      );
      expect(item, JSON.stringify(item)).toMatchObject({ state });
      return item;
    };
    /** The sandbox's log of Contacts requests (reads and writes, whatever the API language). */
    const contactsRequests = () => {
      const prefix = new RegExp(`^/API_WEB/[A-Za-z]{2}/Contacts-${account}-`);
      return sandbox.requests().filter((r) => prefix.test(r.path));
    };
    const queryText = (path: string) => [...new URL(path, sandbox.origin).searchParams.values()].join('\n');

    beforeAll(async () => {
      sandbox = await startSandbox({ port: 0, account, key });
      // A contact the demo data has, with everything a team page shows.
      const found = sandbox
        .contacts()
        .find((c) =>
          ['email', 'firstName', 'lastName', 'jobTitle', 'company'].every((r) => String(c[field(r)]) !== ''),
        );
      if (!found) throw new Error('the sandbox demo data has no contact with email, names, title and company');
      // Demo addresses end in `.example`, which the page scanner rightly refuses as a documentation domain (a page
      // showing one finds no address): give this contact one on a real top-level domain, through the API.
      const firstName = String(found[field('firstName')]);
      const lastName = String(found[field('lastName')]);
      const email = `${asciiLocalPart(firstName)}.${asciiLocalPart(lastName)}.${suffix}@flow-e2e-logistics.ca`;
      const readdressed = await fetch(sandbox.url('Contacts', `C${String(found.idc)}`), {
        method: 'POST',
        body: JSON.stringify({ Contacts: [{ idc: found.idc, [field('email')]: email }] }),
      });
      if (!readdressed.ok) throw new Error(`the sandbox refused the new address: ${readdressed.status}`);
      known = contactsWithEmail(email)[0] ?? {};
      expect(known.idc).toBe(found.idc);
      knownPerson = { firstName, lastName, title: String(found[field('jobTitle')]), email };
      newcomer = {
        firstName: 'Noémie',
        lastName: `Lavoie-${suffix}`,
        title: 'Head of Partnerships',
        email: `noemie.lavoie.${suffix}@flow-e2e-logistics.ca`,
      };
      const company = String(known[field('company')]);
      const website = 'https://www.flow-e2e-logistics.ca/';
      pages = await startFixtureServer({
        pages: { '/team': contactPageHtml({ company, website, people: [knownPerson, newcomer] }) },
      });
      pageUrl = pages.url('/team');
      browser = await launch();
    });

    afterAll(async () => {
      // Each one closes even when the one before failed to: no browser or server outlives the run.
      try {
        await browser?.close();
      } finally {
        try {
          await pages?.close();
        } finally {
          await sandbox?.close();
        }
      }
    });

    it('holds the loopback host permission the sandbox build asks for', async () => {
      const granted = await evaluateJson<boolean>(
        browser.extensionPage,
        `${EXTENSION_API}.permissions.contains({ origins: [${JSON.stringify(LOOPBACK)}] })`,
      );
      expect(granted).toBe(true);
    });

    it('connects to the sandbox with the seeded settings and credentials, and maps the contact fields', async () => {
      const seeded: SeedResult = await seedSettingsWith((message) => send(message as Record<string, unknown>), {
        apiBase: sandbox.apiBase,
        account,
        key,
      });
      expect(seeded).toMatchObject({ ok: true, saved: true, connection: { result: 'success' } });

      const connection = await send<{ ok: boolean; connection?: { result: string } }>({ type: 'ui/test-connection' });
      expect(connection).toMatchObject({ ok: true, connection: { result: 'success' } });

      const current = ok(
        await send<Answer<typeof PublicSettingsResponseSchema>>({ type: 'ui/settings-get' }),
        'ui/settings-get',
      );
      expect(current.credentialsConfigured).toBe(true);
      locale = current.settings.uiLanguage;
      // The catalogue read at connection proposed these; the test saves by role, so each must reach its field.
      expect(current.settings.fieldMapping).toMatchObject({
        email: field('email'),
        firstName: field('firstName'),
        lastName: field('lastName'),
        company: field('company'),
      });
      const catalogue = ok(
        await send<Answer<typeof CatalogueResponseSchema>>({ type: 'ui/catalogue-get' }),
        'ui/catalogue-get',
      ).catalogue;
      expect(catalogue?.contactFields).toEqual(expect.arrayContaining([field('email'), field('company')]));
    });

    it('scans the page on demand and looks both people up in one request', async () => {
      page = await browser.openTab(pageUrl);
      tabId = await waitFor(
        async () => {
          const tabs = await evaluateJson<{ id?: number; url?: string }[]>(
            browser.extensionPage,
            `${EXTENSION_API}.tabs.query({})`,
          );
          return tabs.find((tab) => tab.url === pageUrl)?.id;
        },
        { what: `the tab showing ${pageUrl}` },
      );
      expect(contactsWithEmail(newcomer.email)).toEqual([]);
      sandbox.clearRequests();

      const scanned = ok(
        await send<Answer<typeof TabStateResponseSchema>>({ type: 'ui/scan-tab', tabId }),
        'ui/scan-tab',
      ).state;
      expect(scanned?.url).toBe(pageUrl);
      const people = scanned?.findings.people ?? [];
      for (const person of [knownPerson, newcomer]) {
        expect(people, fullName(person)).toContainEqual(
          expect.objectContaining({ name: fullName(person), email: person.email.toLowerCase() }),
        );
      }

      const state = ok(
        await send<Answer<typeof TabStateResponseSchema>>({ type: 'ui/tab-state', tabId }),
        'ui/tab-state',
      ).state;
      expect(state?.lookup.status).toBe('done');
      const matches = state?.lookup.matches ?? [];
      expect(matches).toContainEqual(
        expect.objectContaining({
          kind: 'email',
          key: knownPerson.email.toLowerCase(),
          known: true,
          contactId: String(known.idc),
        }),
      );
      expect(matches).toContainEqual(
        expect.objectContaining({ kind: 'email', key: newcomer.email.toLowerCase(), known: false }),
      );

      const lookups = contactsRequests().filter((r) => r.method === 'GET');
      expect(lookups, JSON.stringify(lookups)).toHaveLength(1);
      const asked = queryText(lookups[0]!.path).toLowerCase();
      expect(asked).toContain(knownPerson.email.toLowerCase());
      expect(asked).toContain(newcomer.email.toLowerCase());
    });

    it('shows the page people in the popup opened for that tab, with their Centrix status', async () => {
      const state = ok(
        await send<Answer<typeof TabStateResponseSchema>>({ type: 'ui/tab-state', tabId }),
        'ui/tab-state',
      ).state;
      const match = state?.lookup.matches.find((m) => m.key === knownPerson.email.toLowerCase());
      const idc = String(known.idc);
      const knownText = match?.name
        ? t(locale, 'popupLookupKnownNamed', match.name, idc)
        : t(locale, 'popupLookupKnown', idc);
      const pending = t(locale, 'popupLookupPending');

      const popup = await browser.openExtensionPage(`/popup.html?tabId=${tabId}`);
      try {
        const rows = await waitFor(
          async () => {
            const seen = await evaluateJson<{ name: string; status: string }[]>(
              popup,
              `[...document.querySelectorAll('#app [data-testid="app-ready"] section[aria-labelledby="people-heading"] li')]
                .map((li) => ({
                  name: li.querySelector('label')?.textContent?.trim() ?? '',
                  status: li.querySelector('[id$="-status"]')?.textContent?.trim() ?? '',
                }))`,
            );
            return seen.length >= 2 && seen.every((row) => row.status !== pending) && seen;
          },
          { timeoutMs: 60_000, what: 'the popup to list the people with their status' },
        ).catch(async (error: Error) => {
          const shown = await evaluateJson<string>(popup, 'document.body.innerText').catch(() => '(unreadable)');
          throw new Error(`${error.message}; the popup shows:\n${shown}`);
        });
        const statusesOf = (person: PagePerson) =>
          rows.filter((row) => row.name === fullName(person)).map((row) => row.status);
        expect(statusesOf(knownPerson), JSON.stringify(rows)).toEqual([knownText]);
        expect(statusesOf(newcomer), JSON.stringify(rows)).toEqual([t(locale, 'popupLookupNew')]);
        expect(await browser.extensionErrors()).toEqual([]);
      } finally {
        await popup.close();
      }
    });

    it('saves the new person into a list once, even when the same save arrives twice', async () => {
      const lists = ok(await send<Answer<typeof ListsResponseSchema>>({ type: 'ui/lists-get' }), 'ui/lists-get').lists;
      const list = lists[0];
      expect(list, 'the sandbox has contact lists').toBeDefined();
      sandbox.clearRequests();

      // The contract: a requestId names one save, so a double click (the same message twice) queues one item.
      const save = {
        type: 'ui/contact-save',
        requestId: randomUUID(),
        values: {
          email: newcomer.email,
          firstName: newcomer.firstName,
          lastName: newcomer.lastName,
          company: String(known[field('company')]),
        },
        listIds: [list!.id],
      };
      const [first, second] = await Promise.all([
        send<Answer<typeof ContactSaveResponseSchema>>(save),
        send<Answer<typeof ContactSaveResponseSchema>>(save),
      ]);
      const itemId = ok(first, 'ui/contact-save').itemId;
      expect(ok(second, 'the same ui/contact-save again').itemId).toBe(itemId);

      const item = await settled(itemId, 'done');
      const saved = contactsWithEmail(newcomer.email);
      expect(saved).toHaveLength(1);
      const contact = saved[0]!;
      expect(contact[field('email')]).toBe(newcomer.email.toLowerCase());
      expect(contact).toMatchObject({
        [field('firstName')]: newcomer.firstName,
        [field('lastName')]: newcomer.lastName,
      });
      expect(contact.ContactScript).toContainEqual(expect.objectContaining({ ids: Number(list!.id) }));
      expect(item.contactId).toBe(String(contact.idc));
      expect(contactsRequests().filter((r) => r.method === 'POST')).toHaveLength(1);

      // Sent again after it was saved: the outbox still knows that request, and queues nothing.
      const again = ok(await send<Answer<typeof ContactSaveResponseSchema>>(save), 'ui/contact-save after the drain');
      expect(again).toMatchObject({ itemId, state: 'done' });
      expect(contactsWithEmail(newcomer.email)).toHaveLength(1);
    });

    it('keeps a create whose answer was lost (saved, then 500) in doubt instead of failing it', async () => {
      const email = `lost.answer.${suffix}@flow-e2e-logistics.ca`;
      expect(contactsWithEmail(email)).toEqual([]);
      sandbox.clearRequests();
      sandbox.addFaults([{ type: 'commit-then-fail' }]);

      const answer = await send<Answer<typeof ContactSaveResponseSchema>>({
        type: 'ui/contact-save',
        requestId: randomUUID(),
        values: { email, firstName: 'Lost', lastName: `Answer-${suffix}` },
        listIds: [],
      });
      const itemId = ok(answer, 'ui/contact-save').itemId;
      doubtful = { itemId, email };

      await settled(itemId, 'waiting');
      const posts = contactsRequests().filter((r) => r.method === 'POST');
      expect(posts).toEqual([expect.objectContaining({ status: 500, fault: 'commit-then-fail' })]);
      // The sandbox did save it: whatever happens next must not make a second one.
      expect(contactsWithEmail(email)).toHaveLength(1);
    });

    it('keeps the credentials out of storage, out of the page, and out of every request', async () => {
      const dbName = await extensionDbName();
      const dumps = await evaluateJson<Record<'local' | 'session' | 'sync', Record<string, unknown>>>(
        browser.extensionPage,
        `Promise.all(['local', 'session', 'sync'].map((area) => ${EXTENSION_API}.storage[area].get(null)))
          .then(([local, session, sync]) => ({ local, session, sync }))`,
      );
      // What is there is what the flow wrote (settings, outbox, tab findings): the dump is not empty by mistake.
      expect(JSON.stringify(dumps.local)).toContain(sandbox.apiBase);
      expect(JSON.stringify(dumps.session)).toContain(newcomer.email.toLowerCase());
      for (const [area, dump] of Object.entries(dumps)) {
        const text = JSON.stringify(dump);
        expect(text.includes(key), `storage.${area} holds the key`).toBe(false);
        expect(text.includes(account), `storage.${area} holds the account`).toBe(false);
      }

      // The credentials live in the extension origin's IndexedDB…
      const extensionDbs = await evaluateJson<{ name: string }[]>(browser.extensionPage, 'indexedDB.databases()');
      expect(extensionDbs.map((db) => db.name)).toContain(dbName);
      // …which the page's origin, where the injected scanner ran, has no copy of.
      const inPage = await evaluateJson<{ dbs: { name: string }[]; html: string; local: string; cookie: string }>(
        page!,
        `indexedDB.databases().then((dbs) => ({
          dbs,
          html: document.documentElement.outerHTML,
          local: JSON.stringify({ ...localStorage }),
          cookie: document.cookie,
        }))`,
      );
      expect(inPage.dbs.map((db) => db.name)).not.toContain(dbName);
      for (const part of [inPage.html, inPage.local, inPage.cookie]) {
        expect(part.includes(key)).toBe(false);
        expect(part.includes(account)).toBe(false);
      }

      // The sandbox log replaces the key only in its place in the path: a key anywhere else would show here.
      expect(sandbox.requests().length).toBeGreaterThan(0);
      expect(JSON.stringify(sandbox.requests()).includes(key)).toBe(false);
      // The page's own server saw the page load and nothing that names the credentials.
      expect(pages.log.some((r) => r.url === '/team')).toBe(true);
      const pageServerSaw = JSON.stringify(pages.log);
      expect(pageServerSaw.includes(key)).toBe(false);
      expect(pageServerSaw.includes(account)).toBe(false);
    });

    it(
      'reconciles the in-doubt create on its retry: one contact, no duplicate',
      async () => {
        if (!doubtful) throw new Error('the lost-answer test did not queue its create');
        const { itemId, email } = doubtful;
        // The retry waits for its backoff and the outbox alarm (no sooner than 30 s): real time, polled.
        const item = await settled(itemId, 'done', RETRY_WAIT_MS);
        const saved = contactsWithEmail(email);
        expect(saved).toHaveLength(1);
        expect(item.contactId).toBe(String(saved[0]!.idc));

        const requests = contactsRequests();
        const posts = requests.filter((r) => r.method === 'POST');
        expect(posts.map((r) => r.status)).toEqual([500, 200]);
        // Between the two POSTs, one lookup by the contact's email found the contact the first one created.
        const firstPost = requests.indexOf(posts[0]!);
        const secondPost = requests.indexOf(posts[1]!);
        const lookups = requests
          .slice(firstPost + 1, secondPost)
          .filter((r) => r.method === 'GET' && queryText(r.path).toLowerCase().includes(email.toLowerCase()));
        expect(lookups).toHaveLength(1);
      },
      RETRY_WAIT_MS + 30_000,
    );
  });
}
