import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, retryDelay, surelyNotApplied, verdictFor } from '../../../../lib/background/outbox/policy';
import type { CentrixFailureData } from '../../../../lib/centrix/types';

const failure = (kind: CentrixFailureData['kind'], status?: number, attempts = 1): CentrixFailureData => ({
  kind,
  status,
  attempts,
  retryable: false,
});

describe('outbox policy', () => {
  it.each([
    [failure('bad-credentials', 401), 1, 'stop'],
    [failure('http', 400), 1, 'stop'],
    [failure('http', 400), 3, 'split'],
    [failure('http', 404), 2, 'split'],
    [failure('invalid-request', undefined, 0), 1, 'stop'],
    [failure('http', 408), 1, 'retry'],
    [failure('http', 425), 1, 'retry'],
    [failure('rate-limited', 429), 1, 'retry'],
    [failure('http', 500), 5, 'retry'],
    [failure('unavailable', 503), 5, 'retry'],
    [failure('ambiguous-write', 500), 5, 'retry'],
    [failure('network'), 1, 'retry'],
    [failure('timeout'), 1, 'retry'],
    [failure('invalid-response', 200), 1, 'retry'],
  ])('%j in a batch of %i: %s', (f, size, verdict) => {
    expect(verdictFor(f, size)).toBe(verdict);
  });

  it.each([
    [failure('bad-credentials', 401), true],
    [failure('rate-limited', 429), true],
    [failure('http', 400), true],
    [failure('network', undefined, 0), true],
    [failure('ambiguous-write', 500), false],
    [failure('unavailable', 503), false],
    [failure('timeout'), false],
    [failure('invalid-response', 200), false],
  ])('%j surely not applied: %s', (f, expected) => {
    expect(surelyNotApplied(f)).toBe(expected);
  });

  it('backs off exponentially with jitter, capped, and never below Retry-After', () => {
    expect(retryDelay(1, undefined, () => 0)).toBe(15_000);
    expect(retryDelay(1, undefined, () => 1)).toBe(30_000);
    expect(retryDelay(3, undefined, () => 1)).toBe(120_000);
    expect(retryDelay(50, undefined, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(retryDelay(1, 600_000, () => 0)).toBe(600_000);
  });
});
