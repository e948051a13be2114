import { describe, expect, it } from 'vitest';
import { errorText, reasonText } from '../../../lib/ui/reason-text';

describe('reason texts', () => {
  it('words Centrix failure kinds', () => {
    expect(reasonText('en', 'bad-credentials')).toBe('Centrix refused the account number or API key.');
    expect(reasonText('fr', 'timeout')).toBe('Centrix a mis trop de temps à répondre.');
    expect(reasonText('en', 'mystery')).toBe('Something went wrong (mystery).');
  });

  it("prefers the background's own sentence", () => {
    expect(errorText('en', { ok: false, error: 'failed', reason: 'http', message: 'Field X is read-only' })).toBe(
      'Field X is read-only',
    );
  });

  it('uses the failure kind for `failed`, and tells the extension apart from the service for `unavailable`', () => {
    expect(errorText('en', { ok: false, error: 'failed', reason: 'network' })).toBe(
      'Centrix could not be reached (network).',
    );
    expect(errorText('en', { ok: false, error: 'unavailable' })).toBe(
      'The extension is not ready; try again in a moment.',
    );
    expect(errorText('en', { ok: false, error: 'not-configured' })).toMatch(/account number and API key/);
  });
});
