import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FakeCentrix, type PostFault } from '../support/fake-centrix';
import { outboxHarness } from '../support/outbox-harness';

// Every step runs in a new worker (a drainer built from storage alone); some steps are cut short by a worker that
// is stopped while its POST is in flight. Whatever the sequence, each queued contact ends up in Centrix exactly once.
type Step =
  | { kind: 'queue'; key: 'email' | 'linkedin' | 'external' }
  | { kind: 'drain'; faults: PostFault[]; readFault: boolean }
  | { kind: 'stop-mid-send' }
  | { kind: 'wait' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('queue' as const),
      key: fc.constantFrom('email', 'linkedin', 'external'),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('drain' as const),
      faults: fc.array(
        fc.constantFrom<PostFault>('commit-then-fail', { status: 503 }, { status: 503, retryAfterMs: 90_000 }),
        { maxLength: 3 },
      ),
      readFault: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'stop-mid-send' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'wait' as const }) },
);

describe('outbox across worker restarts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loses and duplicates nothing, whatever the sequence of steps, faults and stopped workers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 40 }), async (steps) => {
        fakeBrowser.reset();
        const fake = new FakeCentrix();
        const h = outboxHarness(() => fake.client(), { batchSize: 5 });
        const queued: { field: string; value: string }[] = [];
        for (const step of steps) {
          if (step.kind === 'queue') {
            const n = queued.length;
            if (step.key === 'email') {
              await h.queue({ email: `person${n}@example.com`, firstName: `P${n}` });
              queued.push({ field: 'Email', value: `person${n}@example.com` });
            } else if (step.key === 'linkedin') {
              await h.queue({ linkedinUrl: `https://www.linkedin.com/in/person-${n}`, firstName: `P${n}` });
              queued.push({ field: 'Contact_Custom_LinkedIn', value: `https://www.linkedin.com/in/person-${n}` });
            } else {
              const record = await h.queue({ firstName: `P${n}` }, { assignExternalIds: true });
              queued.push({ field: 'ExternalID', value: String(record.contact.ExternalID) });
            }
          } else if (step.kind === 'drain') {
            fake.postFaults.push(...step.faults);
            if (step.readFault) fake.readFaults.push('network');
            await h.drainer().drain();
            fake.postFaults.length = 0;
            fake.readFaults.length = 0;
          } else if (step.kind === 'stop-mid-send') {
            fake.postFaults.push('hang-after-commit');
            void h.drainer().drain();
            await new Promise((r) => setTimeout(r, 5));
            fake.postFaults.length = 0;
          } else {
            await h.advanceToNextWake();
          }
        }
        // Then the network stays up: alarms fire until nothing is left to send.
        for (let i = 0; i < 20 && (await h.advanceToNextWake()); i++) await h.drainer().drain();
        await h.drainer().drain();

        const states = await h.byState();
        expect(states).toEqual(queued.length > 0 ? { done: queued.length } : {});
        for (const { field, value } of queued) expect(fake.count(field, value)).toBe(1);
        expect(fake.contacts).toHaveLength(queued.length);
      }),
      { numRuns: 150 },
    );
  });
});
