import { describe, expect, it } from 'vitest';
import {
  BACKOFF_CAP_MS,
  retryDelay,
  surelyNotApplied,
  verdictFor,
  SERVER_WAIT_CAP_MS,
  dueAt,
} from '../../../../lib/background/outbox/policy';
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

  it('backs off exponentially with jitter, capped, and never below Retry-After up to a few minutes', () => {
    expect(retryDelay(1, undefined, () => 0)).toBe(15_000);
    expect(retryDelay(1, undefined, () => 1)).toBe(30_000);
    expect(retryDelay(3, undefined, () => 1)).toBe(120_000);
    expect(retryDelay(50, undefined, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(retryDelay(1, 200_000, () => 0)).toBe(200_000);
    for (const asked of [600_000, 1e23, Infinity]) expect(retryDelay(1, asked, () => 0)).toBe(SERVER_WAIT_CAP_MS);
    expect(retryDelay(1, Number.NaN, () => 0)).toBe(15_000);
    expect(retryDelay(1, -5, () => 0)).toBe(15_000);
  });

  it('never lets a stored wait park a record beyond the longest wait after its last change', () => {
    const updatedAt = 1_700_000_000_000;
    expect(dueAt({ updatedAt, notBefore: updatedAt + 60_000 })).toBe(updatedAt + 60_000);
    for (const notBefore of [updatedAt + 1e23, Infinity]) {
      expect(dueAt({ updatedAt, notBefore })).toBe(updatedAt + BACKOFF_CAP_MS);
    }
    expect(dueAt({ updatedAt, notBefore: Number.NaN })).toBe(updatedAt);
    expect(dueAt({ updatedAt })).toBe(updatedAt);
  });
});
