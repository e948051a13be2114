import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../lib/background/router';
import { BACKGROUND_REQUESTS, CONTENT_SCRIPT_TYPES, type BackgroundRequestType } from '../../../lib/messaging/contract';

const self = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const contentSender = { id: 'ext-id', url: 'https://www.linkedin.com/in/ada', tab: { id: 4 }, frameId: 0 };
const pageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const SECRET = 'PRIVILEGED-ANSWER';

/** Handlers that answer something only a legitimate caller may see, and count their calls. */
function privilegedHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(BACKGROUND_REQUESTS).map((type) => [
      type,
      vi.fn(async () => {
        calls.push(type);
        return { ok: false, error: 'failed', reason: 'test', message: SECRET };
      }),
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

const types = Object.keys(BACKGROUND_REQUESTS) as BackgroundRequestType[];
const anyType = fc.oneof(fc.constantFrom(...types), fc.string(), fc.constant(undefined), fc.integer());
const messageArb = fc.oneof(
  fc.anything(),
  fc.record({ type: anyType }, { requiredKeys: [] }),
  fc.tuple(fc.dictionary(fc.string(), fc.anything()), fc.constantFrom(...types)).map(([d, type]) => ({ ...d, type })),
  fc.record({
    type: fc.constantFrom(...types),
    url: fc.oneof(fc.webUrl(), fc.string()),
    tabId: fc.oneof(fc.integer(), fc.anything()),
    emails: fc.array(fc.oneof(fc.emailAddress(), fc.string())),
    profileUrls: fc.array(fc.webUrl()),
    findings: fc.anything(),
    id: fc.string(),
  }),
);
const forgedSender = fc.oneof(
  fc.anything(),
  fc.record({
    id: fc.oneof(fc.constant('other-ext'), fc.string(), fc.constant(undefined)),
    url: fc.oneof(fc.webUrl(), fc.constant('chrome-extension://ext-id/popup.html')),
    tab: fc.option(fc.record({ id: fc.integer(), url: fc.webUrl() })),
  }),
  fc.record({
    id: fc.constant('ext-id'),
    url: fc.webUrl(),
    frameId: fc.integer({ min: 1 }),
    tab: fc.record({ id: fc.nat() }),
  }),
  fc.record({ id: fc.constant('ext-id'), url: fc.webUrl() }),
  fc.record({
    id: fc.constant('ext-id'),
    url: fc.constant('chrome-extension://ext-id/popup.html'),
    tab: fc.record({ id: fc.nat(), url: fc.webUrl() }),
  }),
);

describe('router', () => {
  it('refuses every message from a forged or foreign sender without running a handler', async () => {
    const { handlers, calls } = privilegedHandlers();
    const route = createRouter(handlers, () => self);
    await fc.assert(
      fc.asyncProperty(messageArb, forgedSender, async (message, sender) => {
        const answer = await route(message, sender);
        expect(answer).toEqual({ ok: false, error: 'refused' });
      }),
      { numRuns: 3000 },
    );
    expect(calls).toEqual([]);
  });

  it('never throws, and runs a handler only for a valid message its sender may send', async () => {
    const { handlers, calls } = privilegedHandlers();
    const route = createRouter(handlers, () => self);
    await fc.assert(
      fc.asyncProperty(messageArb, fc.constantFrom(contentSender, pageSender), async (message, sender) => {
        const before = calls.length;
        const answer = (await route(message, sender)) as { ok: boolean; error?: string };
        expect(answer.ok).toBe(false);
        if (calls.length > before) {
          const type = calls[calls.length - 1] as BackgroundRequestType;
          expect(BACKGROUND_REQUESTS[type].request.safeParse(message).success).toBe(true);
          expect((CONTENT_SCRIPT_TYPES as readonly string[]).includes(type)).toBe(sender === contentSender);
        } else {
          expect(['refused', 'invalid']).toContain(answer.error);
        }
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: some generated messages were valid and reached their handler.
    expect(calls.length).toBeGreaterThan(0);
  });

  it('refuses UI messages from a content script and content messages from a page', async () => {
    const { handlers, calls } = privilegedHandlers();
    const route = createRouter(handlers, () => self);
    expect(await route({ type: 'ui/settings-get' }, contentSender)).toEqual({ ok: false, error: 'refused' });
    expect(await route({ type: 'ui/outbox-status' }, contentSender)).toEqual({ ok: false, error: 'refused' });
    expect(await route({ type: 'cs/findings', url: 'https://acme.test/', findings: {} }, pageSender)).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(calls).toEqual([]);
  });

  it('answers no lookup to a content script: it may send its findings, nothing else', async () => {
    const { handlers, calls } = privilegedHandlers();
    const route = createRouter(handlers, () => self);
    const lookup = { emails: ['ceo@acme.test'], profileUrls: [] };
    expect(await route({ type: 'cs/lookup', ...lookup }, contentSender)).toMatchObject({ ok: false });
    expect(await route({ type: 'ui/lookup', ...lookup }, contentSender)).toEqual({ ok: false, error: 'refused' });
    expect(calls).toEqual([]);
  });

  it('answers a throwing handler with a typed failure and reports it', async () => {
    const { handlers } = privilegedHandlers();
    handlers['ui/settings-get'] = async () => {
      throw new Error('boom');
    };
    const report = vi.fn();
    const route = createRouter(handlers, () => self, report);
    expect(await route({ type: 'ui/settings-get' }, pageSender)).toEqual({
      ok: false,
      error: 'failed',
      reason: 'unexpected',
    });
    expect(report).toHaveBeenCalledOnce();
  });

  it('strips what a handler adds beyond the contract', async () => {
    const { handlers } = privilegedHandlers();
    handlers['ui/lookup'] = async () =>
      ({
        ok: true,
        matches: [{ kind: 'email', key: 'a@b.c', known: true, contactId: '9', apiKey: 'LEAK' }],
        raw: { apiKey: 'LEAK' },
      }) as never;
    const route = createRouter(handlers, () => self);
    const answer = await route({ type: 'ui/lookup', emails: ['a@b.c'], profileUrls: [] }, pageSender);
    expect(JSON.stringify(answer)).not.toContain('LEAK');
    expect(answer).toEqual({ ok: true, matches: [{ kind: 'email', key: 'a@b.c', known: true, contactId: '9' }] });
  });
});
