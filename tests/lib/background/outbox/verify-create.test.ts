// A create queued while the person's Centrix status was unknown (the lookup failed) is looked up by key before its
// first send: the person Centrix already has is updated, never created a second time.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enqueue } from '../../../../lib/background/outbox/actions';
import { composeRecord } from '../../../../lib/background/outbox/compose';
import { FakeCentrix } from '../support/fake-centrix';
import { MAPPING, outboxHarness } from '../support/outbox-harness';

describe('a create while the status is unknown', () => {
  let fake: FakeCentrix;
  let h: ReturnType<typeof outboxHarness>;
  beforeEach(() => {
    fakeBrowser.reset();
    fake = new FakeCentrix();
    fake.contacts.push({ idc: '7', Email: 'ada@example.com', FirstName: 'Ada' });
    h = outboxHarness(() => fake.client());
  });

  const queue = async (verify: boolean) => {
    const composed = composeRecord(
      {
        type: 'ui/contact-save',
        requestId: `request-verify-${verify}`,
        values: { email: 'Ada@Example.com', lastName: 'Lovelace' },
        listIds: [],
        ...(verify ? { verify } : {}),
      },
      { mapping: MAPPING, assignExternalIds: false, now: h.clock.now },
    );
    if (!composed.ok) throw new Error('unmapped');
    await enqueue(h.store, composed.record);
  };

  it('is looked up first and becomes an update of the contact Centrix has', async () => {
    await queue(true);
    await h.drainer().drain();
    expect(fake.reads).toHaveLength(1);
    expect(fake.posts).toEqual([[expect.objectContaining({ idc: '7', LastName: 'Lovelace' })]]);
    expect(fake.contacts).toHaveLength(1);
  });

  it('without the check (a lookup said "new"), it is sent as a create: what the check prevents', async () => {
    await queue(false);
    await h.drainer().drain();
    expect(fake.reads).toHaveLength(0);
    expect(fake.contacts).toHaveLength(2);
  });
});
