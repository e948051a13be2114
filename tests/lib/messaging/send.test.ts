import { describe, expect, it } from 'vitest';
import { sendFromContentScript, sendToBackground } from '../../../lib/messaging/send';

describe('typed senders', () => {
  it('pass the answer through', async () => {
    const answer = await sendToBackground({ type: 'ui/outbox-status' }, async () => ({ ok: true, outbox: {} }));
    expect(answer).toEqual({ ok: true, outbox: {} });
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('Could not establish connection'))],
    ['answers nothing', () => Promise.resolve(undefined)],
    ['answers junk', () => Promise.resolve('junk')],
  ])('say "unavailable" when the background %s', async (_label, send) => {
    const answer = await sendFromContentScript({ type: 'cs/lookup', emails: [], profileUrls: [] }, send);
    expect(answer).toEqual({ ok: false, error: 'unavailable' });
  });
});
