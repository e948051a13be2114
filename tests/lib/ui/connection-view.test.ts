import { describe, expect, it } from 'vitest';
import { connectionFailure, connectionView } from '../../../lib/ui/connection-view';

describe('connection view', () => {
  it.each([
    [
      { result: 'success', lists: 3 },
      { kind: 'ok', lists: 3 },
    ],
    [{ result: 'success' }, { kind: 'ok' }],
    [
      { result: 'bad-credentials', message: 'Invalid key' },
      { kind: 'bad-credentials', message: 'Invalid key' },
    ],
    [
      { result: 'unavailable', message: 'Wait 2 min' },
      { kind: 'unavailable', message: 'Wait 2 min' },
    ],
    [
      { result: 'error', message: 'Boom' },
      { kind: 'error', message: 'Boom' },
    ],
  ] as const)('%j → %j', (result, view) => {
    expect(connectionView(result)).toEqual(view);
  });

  it('maps an error answer to the matching result', () => {
    expect(connectionFailure('en', { ok: false, error: 'failed', reason: 'bad-credentials' })).toEqual({
      kind: 'bad-credentials',
    });
    expect(connectionFailure('en', { ok: false, error: 'failed', reason: 'unavailable', message: 'later' })).toEqual({
      kind: 'unavailable',
      message: 'later',
    });
    expect(connectionFailure('en', { ok: false, error: 'unavailable' })).toEqual({
      kind: 'error',
      message: 'The extension is not ready; try again in a moment.',
    });
  });
});
