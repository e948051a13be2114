// The background end to end through its message router: options page, content script, popup, outbox, with the
// real client against the sandbox. The last test is the canary: the API key must be nowhere but the credential store.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLORS } from '../../../lib/background/badge';
import { onMenuClick } from '../../../lib/background/context-menu';
import { openIdbKv } from '../../../lib/storage/idb';
import { CREDENTIALS_STORE, EXTENSION_DB } from '../../../lib/storage/items';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { backgroundFor, contentSender } from './support/service-harness';

const CANARY_KEY = 'CanaryKey_5f3a9c1e7b';
const CANARY_ACCOUNT = 'CanaryAcct42';
const PAGE = 'https://www.linkedin.com/in/someone';
/** Measured figures go to stdout directly: console is captured for the canary check. */
const figure = (line: string) => process.stdout.write(`${line}\n`);

type RequestLogEntry = { method: string; path: string; status: number };
const requestLog = async (sandbox: Sandbox): Promise<RequestLogEntry[]> =>
  (await fetch(`${sandbox.origin}/__sandbox/requests`)).json();
const clearLog = async (sandbox: Sandbox) => {
  await fetch(`${sandbox.origin}/__sandbox/requests`, { method: 'DELETE' });
};

const findings = (emails: string[], extra: Record<string, unknown> = {}) => ({
  people: emails.slice(0, 1).map((email) => ({ name: 'Ada Lovelace', email, source: 'test', confidence: 0.9 })),
  emails: emails.map((address) => ({ address, source: 'text', confidence: 0.8 })),
  companies: [],
  missing: [],
  ...extra,
});

describe('background service', () => {
  let sandbox: Sandbox;
  let known: string[];
  const consoleLines: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, key: CANARY_KEY, account: CANARY_ACCOUNT });
    const emailField = sandbox.fieldName('email');
    known = sandbox
      .contacts()
      .map((c) => String(c[emailField] ?? ''))
      .filter((e) => e.includes('@'));
  });
  afterAll(async () => {
    await sandbox.close();
  });
  beforeEach(async () => {
    fakeBrowser.reset();
    sandbox.reset();
    consoleLines.length = 0;
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        consoleLines.push(
          args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}\n${a.stack}` : String(a))).join(' '),
        );
      });
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses wrong credentials without storing them, and stores good ones after testing them', async () => {
    const bg = backgroundFor(sandbox);
    expect(await bg.send({ type: 'ui/settings-get' })).toMatchObject({ ok: true, credentialsConfigured: false });

    const wrong = await bg.configure({ account: CANARY_ACCOUNT, apiKey: 'WrongKey_1234' });
    expect(wrong).toMatchObject({ ok: true, saved: false, connection: { result: 'bad-credentials' } });
    expect(await bg.send({ type: 'ui/settings-get' })).toMatchObject({ credentialsConfigured: false });

    const good = await bg.configure();
    expect(good).toMatchObject({ ok: true, saved: true, connection: { result: 'success' } });
    expect(await bg.send({ type: 'ui/settings-get' })).toMatchObject({ credentialsConfigured: true });
    // The first successful save learned the fields and mapped the sure roles.
    const catalogue = await bg.send({ type: 'ui/catalogue-get' });
    expect(catalogue).toMatchObject({ ok: true, catalogue: { known: true } });
    const settings = (await bg.send({ type: 'ui/settings-get' })) as {
      settings: { fieldMapping: Record<string, string> };
    };
    expect(settings.settings.fieldMapping.email).toBe(sandbox.fieldName('email'));
  });

  it('says "unavailable" when the service is down during a connection test', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    sandbox.addFaults([{ type: 'status', status: 503, count: 5 }]);
    expect(await bg.send({ type: 'ui/test-connection' })).toMatchObject({
      ok: true,
      connection: { result: 'unavailable' },
    });
    sandbox.clearFaults();
    expect(await bg.send({ type: 'ui/test-connection' })).toMatchObject({
      ok: true,
      connection: { result: 'success' },
    });
  });

  it('looks up what a page found in one request, keeps it per tab, and badges the tab', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    await clearLog(sandbox);
    const emails = [...known.slice(0, 18), ...Array.from({ length: 6 }, (_, i) => `nobody${i}@example.org`)];
    const answer = await bg.send(
      { type: 'cs/findings', url: PAGE, findings: findings(emails) },
      contentSender(3, PAGE),
    );
    expect(answer).toEqual({ ok: true });
    const gets = (await requestLog(sandbox)).filter((e) => e.method === 'GET');
    figure(`[lookup figures] ${emails.length} emails looked up in ${gets.length} request(s)`);
    expect(gets, JSON.stringify(gets)).toHaveLength(1);

    const state = (await bg.send({ type: 'ui/tab-state', tabId: 3 })) as {
      state: { lookup: { status: string; matches: { key: string; known: boolean; contactId?: string }[] } };
    };
    expect(state.state.lookup.status).toBe('done');
    const byKey = new Map(state.state.lookup.matches.map((m) => [m.key, m]));
    for (const email of known.slice(0, 18)) expect(byKey.get(email.toLowerCase())).toMatchObject({ known: true });
    expect(byKey.get('nobody3@example.org')).toEqual({ kind: 'email', key: 'nobody3@example.org', known: false });
    expect(bg.state.badges.get(3)).toEqual({ text: '24', color: BADGE_COLORS.someNew });

    // The same page again: the conditional cache answers (304), no body is downloaded twice.
    await clearLog(sandbox);
    await bg.send({ type: 'cs/findings', url: PAGE, findings: findings(emails) }, contentSender(3, PAGE));
    expect((await requestLog(sandbox)).map((e) => e.status)).toEqual([304]);

    await bg.service.onTabRemoved(3);
    expect(await bg.send({ type: 'ui/tab-state', tabId: 3 })).toEqual({ ok: true, state: null });
  });

  it('splits a lookup only when one URL would grow too long', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    await clearLog(sandbox);
    const emails = Array.from({ length: 150 }, (_, i) => `a.rather.long.address.${i}@some-company-domain.example.com`);
    const answer = await bg.send({ type: 'ui/lookup', emails, profileUrls: [] });
    expect(answer).toMatchObject({ ok: true });
    expect((answer as unknown as { matches: unknown[] }).matches).toHaveLength(150);
    const gets = (await requestLog(sandbox)).filter((e) => e.method === 'GET');
    figure(`[lookup figures] 150 long emails looked up in ${gets.length} requests`);
    expect(gets.length).toBeGreaterThan(1);
    expect(gets.length).toBeLessThanOrEqual(12);
    // The log masks the key with a marker of about its length, so path + origin is close to the real URL length.
    for (const get of gets) expect(sandbox.origin.length + get.path.length).toBeLessThanOrEqual(1800);
  });

  it('looks up nothing for a content script, and answers it nothing of the settings', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    const before = (await requestLog(sandbox)).length;
    const lookup = { emails: [known[0]!], profileUrls: [] };
    expect(await bg.send({ type: 'cs/lookup', ...lookup }, contentSender(5, PAGE))).toMatchObject({ ok: false });
    expect(await bg.send({ type: 'ui/lookup', ...lookup }, contentSender(5, PAGE))).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(await bg.send({ type: 'ui/settings-get' }, contentSender(5, PAGE))).toEqual({ ok: false, error: 'refused' });
    // Centrix was not asked.
    expect((await requestLog(sandbox)).length).toBe(before);
  });

  it('ignores findings from a site the user switched off', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    await bg.send({ type: 'ui/settings-save', patch: { sites: { linkedin: false, gmail: true, others: true } } });
    await bg.send({ type: 'cs/findings', url: PAGE, findings: findings(['x@example.com']) }, contentSender(8, PAGE));
    expect(await bg.send({ type: 'ui/tab-state', tabId: 8 })).toEqual({ ok: true, state: null });
  });

  it('refuses findings that claim another origin than the page they come from', async () => {
    const bg = backgroundFor(sandbox);
    const forged = await bg.send(
      { type: 'cs/findings', url: 'https://mail.google.com/mail/u/0', findings: findings([]) },
      contentSender(9, 'https://evil.example/'),
    );
    expect(forged).toEqual({ ok: false, error: 'invalid' });
  });

  it('scans a tab on demand, injecting the scanner where no content script answers', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    const url = 'https://www.example.com/team';
    bg.state.onDemand.add(11);
    bg.state.tabUrls.set(11, url);
    bg.state.scanners.set(11, () => ({ ok: true, url, findings: findings(['team@example.com']) }));
    const answer = await bg.send({ type: 'ui/scan-tab', tabId: 11 });
    expect(bg.state.injected).toEqual([11]);
    expect(bg.state.injectedFiles).toEqual(['/content-scripts/page.js']);
    expect(answer).toMatchObject({ ok: true, state: { url, lookup: { status: 'done' } } });
    expect(await bg.send({ type: 'ui/scan-tab', tabId: 12 })).toMatchObject({ ok: false, error: 'unavailable' });
  });

  it('injects the script with the site adapters on LinkedIn, where the static one may already run', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    const url = 'https://www.linkedin.com/in/jane-doe';
    bg.state.onDemand.add(13);
    bg.state.tabUrls.set(13, url);
    bg.state.scanners.set(13, () => ({ ok: true, url, findings: findings([]) }));
    await bg.send({ type: 'ui/scan-tab', tabId: 13 });
    expect(bg.state.injectedFiles).toEqual(['/content-scripts/content.js']);
  });

  it('queues a save, sends it, and shows it done in the outbox', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    const saved = await bg.send({
      type: 'ui/contact-save',
      requestId: 'popup-save-0001',
      values: { email: 'New.Person@Example.com', firstName: 'New', lastName: 'Person' },
      listIds: [],
    });
    expect(saved).toMatchObject({ ok: true, itemId: 'popup-save-0001', state: 'pending' });
    await bg.service.drainer.drain();
    const status = await bg.send({ type: 'ui/outbox-status' });
    expect(status).toMatchObject({
      ok: true,
      outbox: { paused: null, counts: { done: 1 }, items: [{ state: 'done', label: 'New Person' }] },
    });
    const emailField = sandbox.fieldName('email');
    expect(sandbox.contacts().filter((c) => c[emailField] === 'new.person@example.com')).toHaveLength(1);
    expect(bg.state.alarms.length).toBeGreaterThan(0);
  });

  it('a completed save turns the person "known" on every tab that shows them', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    const email = 'fresh.prospect@example.org';
    await bg.send({ type: 'cs/findings', url: PAGE, findings: findings([email]) }, contentSender(7, PAGE));
    const before = (await bg.send({ type: 'ui/tab-state', tabId: 7 })) as any;
    expect(before.state.lookup.matches).toEqual([{ kind: 'email', key: email, known: false }]);

    await bg.send({
      type: 'ui/contact-save',
      requestId: 'popup-save-0002',
      values: { email, firstName: 'Fresh', lastName: 'Prospect' },
      listIds: [],
    });
    await bg.service.drainer.drain();

    const after = (await bg.send({ type: 'ui/tab-state', tabId: 7 })) as any;
    const emailField = sandbox.fieldName('email');
    const created = sandbox.contacts().filter((c) => String(c[emailField]).toLowerCase() === email);
    expect(created).toHaveLength(1);
    expect(after.state.lookup.status).toBe('done');
    expect(after.state.lookup.matches).toEqual([
      expect.objectContaining({ key: email, known: true, contactId: String(created[0]!.idc) }),
    ]);
  });

  it('refuses a save with a role that has no field mapped', async () => {
    const bg = backgroundFor(sandbox);
    const answer = await bg.send({
      type: 'ui/contact-save',
      requestId: 'popup-save-0002',
      values: { email: 'a@b.co' },
      listIds: [],
    });
    expect(answer).toMatchObject({ ok: false, error: 'invalid', reason: 'unmapped' });
  });

  it('"Add to Centrix" on a selected email queues a create only when Centrix does not know it', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    const url = 'https://blog.example.net/post';
    bg.state.onDemand.add(20);
    bg.state.scanners.set(20, () => ({ ok: true, url, findings: findings([]) }));
    const menu = (selectionText: string) =>
      onMenuClick(bg.service.deps, { menuItemId: 'centrix-add-selection', selectionText }, 20);
    expect(await menu(`Write to ${known[0]} today`)).toBe('known');
    expect(await menu('Write to Fresh.Lead@Example.net today')).toBe('queued');
    // A second click finds it queued (same request id) or already created: never a second create.
    expect(['queued', 'known']).toContain(await menu('Write to Fresh.Lead@Example.net today'));
    expect(await menu('no address here')).toBe('scanned');
    await bg.service.drainer.drain();
    const emailField = sandbox.fieldName('email');
    expect(sandbox.contacts().filter((c) => c[emailField] === 'fresh.lead@example.net')).toHaveLength(1);
    expect(await bg.send({ type: 'ui/tab-state', tabId: 20 })).toMatchObject({
      state: { selection: 'no address here' },
    });
  });

  it('"Add to Centrix" names the person the page shows, with the one name-splitting rule', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    const url = 'https://fontaine.example.net/equipe';
    const page = {
      ...findings([]),
      people: [{ name: 'Jean-Pierre de la Fontaine', email: 'jp@fontaine.net', source: 'test', confidence: 0.9 }],
    };
    bg.state.onDemand.add(21);
    bg.state.scanners.set(21, () => ({ ok: true, url, findings: page }));
    const outcome = await onMenuClick(
      bg.service.deps,
      { menuItemId: 'centrix-add-selection', selectionText: 'jp@fontaine.net' },
      21,
    );
    expect(outcome).toBe('queued');
    await bg.service.drainer.drain();
    const [created] = sandbox.contacts().filter((c) => c[sandbox.fieldName('email')] === 'jp@fontaine.net');
    expect(created?.[sandbox.fieldName('firstName')]).toBe('Jean-Pierre');
    expect(created?.[sandbox.fieldName('lastName')]).toBe('de la Fontaine');
  });

  it('lists the account lists, and keeps them for the popup', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    const lists = (await bg.send({ type: 'ui/lists-get' })) as unknown as {
      ok: true;
      lists: { id: string; name: string }[];
    };
    expect(lists.ok).toBe(true);
    expect(lists.lists.length).toBeGreaterThan(0);
    expect(lists.lists.every((l) => /^\d+$/.test(l.id) && l.name.length > 0)).toBe(true);
    await clearLog(sandbox);
    expect(await bg.send({ type: 'ui/lists-get' })).toEqual(lists);
    expect(await requestLog(sandbox)).toEqual([]);
  });

  it('pauses on rejected credentials and resumes once a connection test shows they work again', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    sandbox.addFaults([{ type: 'status', status: 401 }]);
    await bg.send({
      type: 'ui/contact-save',
      requestId: 'resume-000001',
      values: { email: 'resume@example.com' },
      listIds: [],
    });
    await bg.service.drainer.drain();
    expect(await bg.send({ type: 'ui/outbox-status' })).toMatchObject({
      outbox: { paused: 'bad-credentials', counts: { failed: 1 }, items: [{ reason: 'bad-credentials' }] },
    });
    expect(await bg.send({ type: 'ui/test-connection' })).toMatchObject({ connection: { result: 'success' } });
    await bg.service.drainer.drain();
    expect(await bg.send({ type: 'ui/outbox-status' })).toMatchObject({
      outbox: { paused: null, counts: { done: 1 } },
    });
  });

  it("forgets a tab's findings and badge when it loads another page", async () => {
    const bg = backgroundFor(sandbox);
    await bg.send({ type: 'cs/findings', url: PAGE, findings: findings(['a@example.com']) }, contentSender(6, PAGE));
    expect(bg.state.badges.get(6)).toEqual({ text: '1', color: BADGE_COLORS.unchecked });
    await bg.service.onTabLoading(6);
    expect(bg.state.badges.get(6)).toEqual({ text: '', color: BADGE_COLORS.unchecked });
    expect(await bg.send({ type: 'ui/tab-state', tabId: 6 })).toEqual({ ok: true, state: null });
  });

  it('clearing the credentials pauses the outbox', async () => {
    const bg = backgroundFor(sandbox);
    await bg.configure();
    expect(await bg.send({ type: 'ui/credentials-clear' })).toEqual({ ok: true });
    expect(await bg.send({ type: 'ui/outbox-status' })).toMatchObject({ outbox: { paused: 'no-credentials' } });
    expect(await bg.send({ type: 'ui/settings-get' })).toMatchObject({ credentialsConfigured: false });
  });

  it('keeps the API key and account only in the credential store (canary)', async () => {
    const reported: unknown[] = [];
    const bg = backgroundFor(sandbox, { report: (e) => reported.push(e) });
    await bg.configure();
    // Exercise every path that touches the API, including failures that carry server texts.
    await bg.send(
      { type: 'cs/findings', url: PAGE, findings: findings([known[0]!, 'nobody@example.org']) },
      contentSender(3, PAGE),
    );
    await bg.send({ type: 'ui/lookup', emails: [known[1]!], profileUrls: ['https://www.linkedin.com/in/ada'] });
    await bg.send({ type: 'ui/catalogue-refresh' });
    await bg.send({ type: 'ui/lists-get', refresh: true });
    sandbox.addFaults([
      { type: 'status', status: 500 },
      { type: 'commit-then-fail' },
      { type: 'html' },
      { type: 'status', status: 400 },
    ]);
    await bg.send({
      type: 'ui/contact-save',
      requestId: 'canary-save-01',
      values: { email: 'c1@example.com' },
      listIds: [],
    });
    await bg.service.drainer.drain();
    await bg.send({ type: 'ui/test-connection' });
    await bg.send({ type: 'ui/test-connection' });
    await bg.send({ type: 'ui/outbox-status' });
    sandbox.addFaults([{ type: 'status', status: 401 }]);
    await bg.send({ type: 'ui/test-connection' });

    const everything = JSON.stringify({
      local: await fakeBrowser.storage.local.get(null),
      session: await fakeBrowser.storage.session.get(null),
      sync: await fakeBrowser.storage.sync.get(null),
      // Every message but the one that brings the credentials in (options page → background).
      messages: bg.exchanges.filter((m) => (m as { type?: string }).type !== 'ui/credentials-save'),
      console: consoleLines,
      reported: reported.map((e) => (e instanceof Error ? `${e.name} ${e.message} ${e.stack}` : String(e))),
      badges: [...bg.state.badges.entries()],
      apiCache: await Promise.all(
        (await openIdbKv(bg.indexedDB, EXTENSION_DB).keys('api-cache')).map(async (key) => [
          key,
          await openIdbKv(bg.indexedDB, EXTENSION_DB).get('api-cache', key),
        ]),
      ),
    });
    expect(everything.length).toBeGreaterThan(1000);
    expect(everything).not.toContain(CANARY_KEY);
    expect(everything).not.toContain(encodeURIComponent(CANARY_KEY));
    expect(everything).not.toContain(CANARY_ACCOUNT);
    // No API URL either (they carry both): the dev base URL setting alone may appear, never a resource path.
    expect(everything).not.toMatch(/\.awp/);
    // …and it is where it should be.
    expect(await openIdbKv(bg.indexedDB, EXTENSION_DB).get(CREDENTIALS_STORE, 'centrix')).toEqual({
      account: CANARY_ACCOUNT,
      apiKey: CANARY_KEY,
    });
  });
});
