import { describe, expect, it } from 'vitest';
import { outboxRows } from '../../../lib/ui/outbox-rows';
import { outbox, outboxItem } from './fake-background';

describe('outboxRows', () => {
  it('puts what needs attention first and words the reasons', () => {
    const rows = outboxRows(
      'en',
      outbox([
        outboxItem({ id: 'done', state: 'done', contactId: '9' }),
        outboxItem({ id: 'wait', state: 'waiting', until: 1_700_000_060_000, reason: 'unavailable' }),
        outboxItem({ id: 'fail', state: 'failed', reason: 'bad-credentials' }),
        outboxItem({ id: 'new', state: 'pending' }),
      ]),
    );
    expect(rows.map((r) => r.id)).toEqual(['fail', 'wait', 'new', 'done']);
    expect(rows[0]!.state).toEqual({ kind: 'failed', reason: 'Centrix refused the account number or API key.' });
    expect(rows[1]!.state).toEqual({
      kind: 'waiting',
      until: 1_700_000_060_000,
      reason: 'Centrix is unavailable for now; it will be tried again.',
    });
    expect(rows[3]!.state).toEqual({ kind: 'done', idc: '9' });
  });

  it("prefers the background's message to the reason code", () => {
    const [row] = outboxRows(
      'fr',
      outbox([outboxItem({ id: 'x', state: 'failed', reason: 'http', message: 'Refusé' })]),
    );
    expect(row!.state).toEqual({ kind: 'failed', reason: 'Refusé' });
  });

  it('still explains a failure with no reason at all', () => {
    const [row] = outboxRows('en', outbox([outboxItem({ id: 'x', state: 'failed' })]));
    expect(row!.state).toEqual({ kind: 'failed', reason: 'An unexpected error occurred.' });
  });
});
