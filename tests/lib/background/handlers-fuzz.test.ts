// The real handlers (not stubs) under fast-check: thousands of payloads, valid-looking and broken, from legitimate
// and forged senders. Nothing throws inside the worker, nothing forged gets an answer, nothing forged is stored.
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService } from '../../../lib/background/service';
import { BACKGROUND_REQUESTS, CONTENT_SCRIPT_TYPES, type BackgroundRequestType } from '../../../lib/messaging/contract';
import { FakeCentrix } from './support/fake-centrix';
import { contentSender, fakePlatform, PAGE_SENDER, SELF } from './support/service-harness';

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constant(''), fc.string({ minLength: 300, maxLength: 400 }));
const email = fc.oneof(fc.emailAddress(), text);
const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), text);
const confidence = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double(), fc.constant(2));
const person = fc.record(
  { name: text, email, company: text, title: text, profileUrl: url, source: text, confidence, extra: fc.anything() },
  { requiredKeys: ['source', 'confidence'] },
);
const findings = fc.oneof(
  fc.record({
    people: fc.array(person, { maxLength: 8 }),
    emails: fc.array(fc.record({ address: email, source: text, confidence }), { maxLength: 8 }),
    companies: fc.array(
      fc.record({ name: text, domain: fc.option(fc.domain(), { nil: undefined }), source: text, confidence }),
      {
        maxLength: 4,
      },
    ),
    missing: fc.array(text, { maxLength: 3 }),
  }),
  fc.anything(),
);
// Tab 3 has a scanner that answers (see beforeAll).
const tabId = fc.oneof(fc.constant(3), fc.nat(50), fc.integer(), fc.anything());
const noPayload = (type: string) => fc.constant({ type });

/**
 * One generator per message type of the contract. Typed as a complete record of `BackgroundRequestType`, so a type
 * added to `BACKGROUND_REQUESTS` does not compile here until it is fuzzed too (and the first test checks the keys).
 */
const generators: { [K in BackgroundRequestType]: fc.Arbitrary<Record<string, unknown>> } = {
  'cs/findings': fc.record({
    type: fc.constant('cs/findings'),
    url: fc.oneof(fc.constant('https://www.linkedin.com/in/x'), url),
    findings,
  }),
  'ui/tab-state': fc.record({ type: fc.constant('ui/tab-state'), tabId }),
  'ui/scan-tab': fc.record({ type: fc.constant('ui/scan-tab'), tabId }),
  'ui/lookup': fc.record({
    type: fc.constant('ui/lookup'),
    emails: fc.array(email, { maxLength: 5 }),
    profileUrls: fc.array(url, { maxLength: 5 }),
  }),
  'ui/settings-get': noPayload('ui/settings-get'),
  'ui/settings-save': fc.record({
    type: fc.constant('ui/settings-save'),
    patch: fc.dictionary(fc.constantFrom('uiLanguage', 'sites', 'fieldMapping', 'devApiBaseUrl'), fc.anything()),
  }),
  'ui/credentials-save': fc.record({
    type: fc.constant('ui/credentials-save'),
    account: fc.oneof(fc.stringMatching(/^[0-9]{1,6}$/), text),
    apiKey: fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{8,32}$/), text),
  }),
  'ui/credentials-clear': noPayload('ui/credentials-clear'),
  'ui/test-connection': noPayload('ui/test-connection'),
  'ui/catalogue-get': noPayload('ui/catalogue-get'),
  'ui/catalogue-refresh': noPayload('ui/catalogue-refresh'),
  'ui/lists-get': fc.record({
    type: fc.constant('ui/lists-get'),
    refresh: fc.option(fc.boolean(), { nil: undefined }),
  }),
  'ui/contact-save': fc.oneof(
    // A save the configured mapping accepts, so the type is answered successfully too, not only as junk.
    fc.record({
      type: fc.constant('ui/contact-save'),
      requestId: fc.uuid(),
      values: fc.record({ email: fc.emailAddress(), firstName: fc.constantFrom('Ada', 'Zoé') }),
      listIds: fc.constant([]),
    }),
    fc.record({
      type: fc.constant('ui/contact-save'),
      requestId: fc.oneof(fc.uuid(), text),
      contactId: fc.option(fc.stringMatching(/^[0-9]{1,5}$/), { nil: undefined }),
      values: fc.dictionary(fc.constantFrom('email', 'firstName', 'lastName', 'company', 'phone', 'bogus'), text),
      fields: fc.option(fc.dictionary(text, text), { nil: undefined }),
      listIds: fc.array(fc.oneof(fc.stringMatching(/^[0-9]{1,4}$/), text), { maxLength: 3 }),
    }),
  ),
  'ui/outbox-status': noPayload('ui/outbox-status'),
  'ui/outbox-retry': fc.record({ type: fc.constant('ui/outbox-retry'), id: text }),
  'ui/outbox-discard': fc.record({ type: fc.constant('ui/outbox-discard'), id: text }),
};
const contentTypes: readonly string[] = CONTENT_SCRIPT_TYPES;
const typesFor = (content: boolean) =>
  (Object.keys(generators) as BackgroundRequestType[]).filter((type) => contentTypes.includes(type) === content);
const csMessage = fc.oneof(...typesFor(true).map((type) => generators[type]), fc.anything());
const uiMessage = fc.oneof(...typesFor(false).map((type) => generators[type]), fc.anything());
const forged = fc.oneof(
  fc.record({ id: fc.constant('another-extension'), url: fc.webUrl(), tab: fc.record({ id: fc.nat() }) }),
  fc.record({
    id: fc.constant(SELF.id),
    url: fc.webUrl(),
    tab: fc.record({ id: fc.nat() }),
    frameId: fc.integer({ min: 1 }),
  }),
  fc.record({
    id: fc.constant(SELF.id),
    url: fc.constant(`${SELF.baseUrl}popup.html`),
    tab: fc.record({ id: fc.nat(), url: fc.webUrl() }),
  }),
  fc.anything(),
);

describe('handlers under fuzzing', () => {
  const reported: unknown[] = [];
  let stored: { account: string; apiKey: string } | null = null;
  let service: ReturnType<typeof createBackgroundService>;
  let fake: FakeCentrix;

  beforeAll(async () => {
    fakeBrowser.reset();
    fake = new FakeCentrix();
    const { platform, state } = fakePlatform();
    state.scanners.set(3, () => ({
      ok: true,
      url: 'https://example.com/',
      findings: { people: [], emails: [], companies: [], missing: [] },
    }));
    service = createBackgroundService({
      platform,
      self: () => SELF,
      fetch: () => Promise.reject(new Error('no network in this test')),
      indexedDB: new IDBFactory(),
      hasSessionStorage: true,
      sandboxBuild: false,
      createClient: () => fake.client(),
      credentials: {
        get: async () => stored,
        set: async (c) => void (stored = c),
        clear: async () => void (stored = null),
      },
      report: (e) => reported.push(e),
    });
    await configure();
  });

  /**
   * Credentials and a working field mapping: a fuzzed message may have cleared or replaced them, and every message
   * should meet a configured background.
   */
  const configure = () => {
    stored = { account: '1', apiKey: 'k' };
    return service.router(
      { type: 'ui/settings-save', patch: { fieldMapping: { email: 'Email', firstName: 'FirstName' } } },
      PAGE_SENDER,
    );
  };

  it('fuzzes every message type of the contract', () => {
    expect(Object.keys(generators).sort()).toEqual(Object.keys(BACKGROUND_REQUESTS).sort());
    expect([...typesFor(true), ...typesFor(false)].sort()).toEqual(Object.keys(BACKGROUND_REQUESTS).sort());
  });

  it('answers every message from a legitimate sender without an unexpected failure', async () => {
    const answered: Record<string, number> = {};
    const handled = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          csMessage.map((m) => [m, contentSender(3, 'https://www.linkedin.com/in/x')] as const),
          uiMessage.map((m) => [m, PAGE_SENDER] as const),
        ),
        async ([message, sender]) => {
          await configure();
          const answer = (await service.router(message, sender)) as { ok: boolean; error?: string; reason?: string };
          expect(typeof answer.ok).toBe('boolean');
          expect(answer.reason).not.toBe('unexpected');
          const key = answer.ok ? 'ok' : String(answer.error);
          answered[key] = (answered[key] ?? 0) + 1;
          const type = (message as { type?: unknown } | null)?.type;
          if (typeof type === 'string' && answer.error !== 'refused') handled.add(type);
        },
      ),
      { numRuns: 1500 },
    );
    await service.drainer.drain();
    expect(reported).toEqual([]);
    // Not vacuous: many messages were valid and handled, many were refused as invalid.
    expect(answered.ok).toBeGreaterThan(100);
    expect(answered.invalid).toBeGreaterThan(100);
    expect(fake.posts.length + fake.reads.length).toBeGreaterThan(0);
    // Every type of the contract reached its handler's validation from its legitimate sender.
    expect([...handled].sort()).toEqual(Object.keys(BACKGROUND_REQUESTS).sort());
  });

  it('refuses every message from a forged sender and stores nothing for it', async () => {
    const before = JSON.stringify([
      await fakeBrowser.storage.local.get(null),
      await fakeBrowser.storage.session.get(null),
    ]);
    await fc.assert(
      fc.asyncProperty(fc.oneof(csMessage, uiMessage), forged, async (message, sender) => {
        expect(await service.router(message, sender)).toEqual({ ok: false, error: 'refused' });
      }),
      { numRuns: 1500 },
    );
    const after = JSON.stringify([
      await fakeBrowser.storage.local.get(null),
      await fakeBrowser.storage.session.get(null),
    ]);
    expect(after).toBe(before);
  });
});
