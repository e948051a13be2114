import { describe, expect, it } from 'vitest';
import { isError, request } from '../../../lib/ui/client';

describe('request', () => {
  it('returns a valid answer as parsed data', async () => {
    const answer = await request(async () => ({ ok: true, lists: [{ id: '1', name: 'Prospects' }] }), {
      type: 'ui/lists-get',
    });
    expect(answer).toEqual({ ok: true, lists: [{ id: '1', name: 'Prospects' }] });
    expect(isError(answer)).toBe(false);
  });

  it('passes the background error answer through', async () => {
    const answer = await request(async () => ({ ok: false, error: 'failed', reason: 'bad-credentials' }), {
      type: 'ui/test-connection',
    });
    expect(answer).toEqual({ ok: false, error: 'failed', reason: 'bad-credentials' });
  });

  it('turns a malformed answer into an `invalid` error instead of trusting it', async () => {
    const answer = await request(async () => ({ ok: true, lists: [{ id: 1 }] }), { type: 'ui/lists-get' });
    expect(answer).toEqual({ ok: false, error: 'invalid' });
  });

  it('turns a missing background (sendMessage rejects) into `unavailable`', async () => {
    const answer = await request(
      async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      { type: 'ui/outbox-status' },
    );
    expect(answer).toEqual({ ok: false, error: 'unavailable' });
  });

  it('sends the message it is given, unchanged', async () => {
    const seen: unknown[] = [];
    await request(
      async (message) => {
        seen.push(message);
        return {
          ok: true,
          outbox: { paused: null, items: [], counts: { pending: 0, sending: 0, waiting: 0, failed: 0, done: 0 } },
        };
      },
      { type: 'ui/outbox-retry', id: 'abc' },
    );
    expect(seen).toEqual([{ type: 'ui/outbox-retry', id: 'abc' }]);
  });
});
