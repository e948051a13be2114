// @vitest-environment happy-dom
// Whatever a server writes in Retry-After, and whatever storage holds, goes through the real client, the outbox and
// the popup's outbox list without an invalid date, a save parked out of reach, or a view that throws.
import { cleanup, render, screen } from '@testing-library/preact';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OutboxSection } from '../../../../components/popup/outbox-section';
import { LocaleProvider } from '../../../../components/shared/i18n';
import { toOutboxView } from '../../../../lib/background/outbox/view';
import { BACKOFF_CAP_MS, SERVER_WAIT_CAP_MS } from '../../../../lib/background/outbox/policy';
import { createCentrixClient } from '../../../../lib/centrix/client';
import { OutboxViewSchema } from '../../../../lib/messaging/contract';
import { outboxItem } from '../../../../lib/storage/items';
import { outboxRows } from '../../../../lib/ui/outbox-rows';
import { outboxHarness } from '../support/outbox-harness';
import { wholeText } from '../../../components/support/whole-text';

/** Any text a Headers object accepts as a value (the rest never reaches the client: fetch refuses it first). */
const headerValue = (text: string) => {
  try {
    new Headers({ 'Retry-After': text });
    return true;
  } catch {
    return false;
  }
};

const retryAfter = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
  fc.constantFrom('99999999999999999999', '9'.repeat(400), '315360000', '-1', '1e9', ' 120 ', '0x10'),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.integer({ min: -100_000, max: 10 ** 7 }).map((year) => `Fri, 01 Jan ${year} 00:00:00 GMT`),
  fc.string({ maxLength: 40 }).filter(headerValue),
);

function renderOutbox(items: ReturnType<typeof outboxRows>, now: number) {
  render(
    <LocaleProvider locale="en">
      <OutboxSection items={items} onRetry={() => undefined} onDiscard={() => undefined} now={now} />
    </LocaleProvider>,
  );
}

describe('Retry-After, from the server to the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('always leaves a save waiting a few minutes at most, with a readable time and send now / discard', async () => {
    await fc.assert(
      fc.asyncProperty(retryAfter, async (value) => {
        fakeBrowser.reset();
        cleanup();
        const client = () =>
          createCentrixClient({
            baseUrl: 'https://api.centrix.one/API_WEB',
            account: '55501',
            apiKey: 'Test_Key~123',
            language: 'EN',
            sleep: async () => undefined,
            now: () => h.clock.now,
            fetch: (async () =>
              new Response('busy', { status: 503, headers: { 'Retry-After': value } })) as typeof fetch,
          });
        const h = outboxHarness(client);
        await h.queue({ email: 'ada@example.com', firstName: 'Ada' });
        await h.drainer().drain();

        const [record] = await h.records();
        expect(record?.state, JSON.stringify(record)).toBe('waiting');
        const wait = record!.notBefore! - h.clock.now;
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThanOrEqual(Math.max(SERVER_WAIT_CAP_MS, BACKOFF_CAP_MS));
        expect(h.scheduled.at(-1)).toBe(record!.notBefore);

        const view = toOutboxView(await h.store.read(), null, 'en');
        expect(OutboxViewSchema.safeParse(view).success).toBe(true);
        renderOutbox(outboxRows('en', view), h.clock.now);
        expect(screen.getByText(wholeText(/^Will try again at \d/)).textContent).not.toMatch(/Invalid|NaN/);
        expect(screen.getByRole('button', { name: 'Send Ada now' })).toBeTruthy();
        expect(screen.getByRole('button', { name: 'Discard Ada' })).toBeTruthy();
      }),
      { numRuns: 80 },
    );
  });

  it('shows the rest of the outbox whatever storage holds, and never throws', async () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.constantFrom(1e23, -1, Number.MAX_VALUE, '', null));
    const recordLike = fc.record(
      {
        id: fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), anyValue),
        action: fc.oneof(fc.constantFrom('create', 'update'), anyValue),
        contact: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), anyValue),
        keys: fc.oneof(fc.constant({}), anyValue),
        label: fc.oneof(fc.string(), anyValue),
        state: fc.oneof(fc.constantFrom('pending', 'sending', 'waiting', 'failed', 'done'), anyValue),
        attempts: fc.oneof(fc.nat(), anyValue),
        createdAt: fc.oneof(fc.nat(), anyValue),
        updatedAt: fc.oneof(fc.nat(), anyValue),
        notBefore: fc.oneof(fc.double(), anyValue),
        inDoubt: fc.oneof(fc.boolean(), anyValue),
        failure: fc.oneof(
          fc.record({ kind: fc.string(), retryAfterMs: fc.double(), serverText: fc.string() }, { requiredKeys: [] }),
          anyValue,
        ),
        contactId: fc.oneof(fc.string(), anyValue),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(recordLike, anyValue), { maxLength: 6 }), async (stored) => {
        fakeBrowser.reset();
        cleanup();
        await outboxItem.setValue(stored);
        const h = outboxHarness(() => {
          throw new Error('nothing is sent in this test');
        });
        const view = toOutboxView(await h.store.read(), null, 'fr');
        expect(OutboxViewSchema.safeParse(view).success).toBe(true);
        expect(view.items).toHaveLength(stored.length);
        const rows = outboxRows('fr', view);
        renderOutbox(rows, h.clock.now);
        if (rows.length > 0) expect(screen.getAllByRole('listitem')).toHaveLength(rows.length);
        expect(document.body.textContent).not.toMatch(/Invalid Date|NaN/);
      }),
      { numRuns: 150 },
    );
  });
});
