import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, RETRY_AFTER_MAX_MS } from '../../../lib/centrix/assumptions';
import { backoffDelay, decideRetry, isTransient, parseHttpDate, parseRetryAfter } from '../../../lib/centrix/retry';
import type { AttemptFailure } from '../../../lib/centrix/retry';
import type { CentrixFailureData, RetryPolicy } from '../../../lib/centrix/types';

const NOW = Date.UTC(2025, 10, 28, 10, 0, 0);
const IMF = 'Fri, 28 Nov 2025 10:00:30 GMT';

describe('parseHttpDate', () => {
  it.each([
    ['IMF-fixdate', 'Sun, 06 Nov 1994 08:49:37 GMT'],
    ['obsolete RFC 850', 'Sunday, 06-Nov-94 08:49:37 GMT'],
    ['asctime', 'Sun Nov  6 08:49:37 1994'],
  ])('reads the %s form', (_name, text) => {
    expect(parseHttpDate(text, NOW)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
  });

  it('reads an RFC 850 year more than 50 years ahead as the previous century, else this one', () => {
    expect(parseHttpDate('Monday, 01-Jan-80 00:00:00 GMT', NOW)).toBe(Date.UTC(1980, 0, 1));
    expect(parseHttpDate('Thursday, 01-Jan-26 00:00:00 GMT', NOW)).toBe(Date.UTC(2026, 0, 1));
  });

  it.each([
    'Sun, 6 Nov 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 08:49:37 UTC',
    'Sun, 31 Feb 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 25:49:37 GMT',
    '1994-11-06T08:49:37Z',
    'tomorrow',
    '',
  ])('refuses %j', (text) => {
    expect(parseHttpDate(text, NOW)).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('2', null, NOW)).toBe(2000);
    expect(parseRetryAfter(' 0 ', null, NOW)).toBe(0);
  });

  it('measures an HTTP-date against the local clock when there is no Date header', () => {
    expect(parseRetryAfter(IMF, null, NOW)).toBe(30_000);
  });

  it("measures an HTTP-date against the answer's Date header when present (clock skew does not matter)", () => {
    const serverNow = 'Fri, 28 Nov 2025 09:00:00 GMT';
    expect(parseRetryAfter('Fri, 28 Nov 2025 09:00:45 GMT', serverNow, NOW)).toBe(45_000);
    expect(parseRetryAfter('Friday, 28-Nov-25 09:00:45 GMT', serverNow, NOW)).toBe(45_000);
    expect(parseRetryAfter('Fri Nov 28 09:00:45 2025', serverNow, NOW)).toBe(45_000);
  });

  it('falls back to the local clock when the Date header is unreadable', () => {
    expect(parseRetryAfter(IMF, 'garbage', NOW)).toBe(30_000);
  });

  it('treats a date in the past as no wait, and garbage as no header', () => {
    expect(parseRetryAfter('Fri, 28 Nov 2025 09:00:00 GMT', null, NOW)).toBe(0);
    expect(parseRetryAfter('-5', null, NOW)).toBeUndefined();
    expect(parseRetryAfter('1.5', null, NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', null, NOW)).toBeUndefined();
    expect(parseRetryAfter(null, null, NOW)).toBeUndefined();
  });

  it('reads a wait longer than a day, or one no date can hold, as a day', () => {
    expect(parseRetryAfter('99999999999999999999', null, NOW)).toBe(RETRY_AFTER_MAX_MS);
    expect(parseRetryAfter('9'.repeat(400), null, NOW)).toBe(RETRY_AFTER_MAX_MS);
    expect(parseRetryAfter(String(10 * 365 * 86_400), null, NOW)).toBe(RETRY_AFTER_MAX_MS);
    expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', null, NOW)).toBe(RETRY_AFTER_MAX_MS);
    expect(parseRetryAfter('86400', null, NOW)).toBe(RETRY_AFTER_MAX_MS);
    expect(parseRetryAfter('86399', null, NOW)).toBe(86_399_000);
  });

  it('gives a finite wait from zero to a day, or nothing, for any header and any Date header', () => {
    const header = fc.oneof(
      fc.string(),
      fc.stringMatching(/^\s*\d{1,400}\s*$/),
      fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid' : d.toUTCString())),
    );
    fc.assert(
      fc.property(header, fc.option(header), fc.integer({ min: 0, max: 8.64e15 }), (value, date, now) => {
        const ms = parseRetryAfter(value, date, now);
        if (ms === undefined) return;
        expect(Number.isFinite(ms)).toBe(true);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(RETRY_AFTER_MAX_MS);
      }),
    );
  });
});

describe('backoffDelay', () => {
  const policy = { baseMs: 500, capMs: 4000 };
  it('spans [0, min(cap, base * 2^n)] with full jitter', () => {
    expect(backoffDelay(0, policy, () => 0)).toBe(0);
    expect(backoffDelay(0, policy, () => 0.999999)).toBe(500);
    expect(backoffDelay(1, policy, () => 0.999999)).toBe(1000);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(1000);
    expect(backoffDelay(10, policy, () => 0.999999)).toBe(4000);
  });

  it('stays within bounds for any random value and retry index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
        const wait = backoffDelay(n, policy, () => r);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThanOrEqual(Math.min(policy.capMs, policy.baseMs * 2 ** n));
        expect(Number.isInteger(wait)).toBe(true);
      }),
    );
  });
});

const fail = (failure: Partial<CentrixFailureData>, mayHaveProcessed = true): AttemptFailure => ({
  failure: { kind: 'http', retryable: true, ...failure },
  mayHaveProcessed,
});
const policy: RetryPolicy = { ...DEFAULT_RETRY };
const ctx = { attemptsMade: 1, elapsedMs: 0, idempotent: true };
const half = () => 0.5;

describe('isTransient', () => {
  it.each<[Partial<CentrixFailureData>, boolean]>([
    [{ kind: 'unavailable', status: 503 }, true],
    [{ kind: 'rate-limited', status: 429 }, true],
    [{ kind: 'network' }, true],
    [{ kind: 'timeout' }, true],
    [{ kind: 'http', status: 408 }, true],
    [{ kind: 'http', status: 425 }, true],
    [{ kind: 'http', status: 500 }, true],
    [{ kind: 'http', status: 502 }, true],
    [{ kind: 'http', status: 400 }, false],
    [{ kind: 'http', status: 404 }, false],
    [{ kind: 'http', status: 422 }, false],
    [{ kind: 'bad-credentials', status: 401 }, false],
    [{ kind: 'bad-credentials', status: 403 }, false],
    [{ kind: 'invalid-response', problem: 'not-json' }, true],
    [{ kind: 'invalid-response', problem: 'truncated' }, true],
    [{ kind: 'invalid-response', problem: 'unparsable' }, true],
    [{ kind: 'invalid-response', problem: 'schema' }, false],
    [{ kind: 'invalid-response', problem: 'not-success' }, false],
    [{ kind: 'invalid-response', problem: 'too-large' }, false],
    [{ kind: 'invalid-request' }, false],
  ])('%j → %s', (failure, expected) => {
    expect(isTransient({ kind: 'http', ...failure })).toBe(expected);
  });
});

describe('decideRetry', () => {
  it('retries a transient failure after a jittered backoff', () => {
    expect(decideRetry(fail({ status: 500 }), ctx, policy, half)).toEqual({ retry: true, waitMs: 250 });
    expect(decideRetry(fail({ status: 500 }), { ...ctx, attemptsMade: 2 }, policy, half)).toEqual({
      retry: true,
      waitMs: 500,
    });
  });

  it('honours Retry-After instead of the backoff, up to the cap', () => {
    const asked = fail({ kind: 'unavailable', status: 503, retryAfterMs: 2000 }, false);
    expect(decideRetry(asked, ctx, policy, half)).toEqual({ retry: true, waitMs: 2000 });
    const tooLong = fail({ kind: 'unavailable', status: 503, retryAfterMs: policy.retryAfterCapMs + 1 }, false);
    expect(decideRetry(tooLong, ctx, policy, half)).toEqual({ retry: false, why: 'wait-too-long' });
  });

  it('does not retry what cannot succeed (400, 401, 403, 404, 422)', () => {
    for (const status of [400, 404, 422]) {
      expect(decideRetry(fail({ status }, false), ctx, policy, half)).toEqual({ retry: false, why: 'permanent' });
    }
    expect(decideRetry(fail({ kind: 'bad-credentials', status: 401 }, false), ctx, policy, half)).toEqual({
      retry: false,
      why: 'permanent',
    });
  });

  it('stops after maxAttempts', () => {
    expect(decideRetry(fail({ status: 500 }), { ...ctx, attemptsMade: 3 }, policy, half)).toEqual({
      retry: false,
      why: 'attempts',
    });
  });

  it('stops when the retry could not end before the deadline', () => {
    expect(decideRetry(fail({ status: 500 }), { ...ctx, elapsedMs: 23_000 }, policy, half)).toEqual({
      retry: false,
      why: 'deadline',
    });
  });

  it('never re-sends a create that may have been processed', () => {
    const create = { ...ctx, idempotent: false };
    for (const failure of [
      fail({ kind: 'timeout' }),
      fail({ kind: 'network' }),
      fail({ status: 500 }),
      fail({ kind: 'unavailable', status: 503 }),
      fail({ kind: 'invalid-response', problem: 'not-json' }),
      fail({ kind: 'invalid-response', problem: 'truncated' }),
      fail({ kind: 'invalid-response', problem: 'not-success' }),
    ]) {
      expect(decideRetry(failure, create, policy, half)).toEqual({ retry: false, why: 'unsafe-create' });
    }
  });

  it('re-sends a create the server refused up front (429, 503 with Retry-After)', () => {
    const create = { ...ctx, idempotent: false };
    expect(decideRetry(fail({ kind: 'rate-limited', status: 429 }, false), create, policy, half).retry).toBe(true);
    expect(
      decideRetry(fail({ kind: 'unavailable', status: 503, retryAfterMs: 1000 }, false), create, policy, half),
    ).toEqual({ retry: true, waitMs: 1000 });
  });

  it('retries an update (idempotent) after an ambiguous outcome', () => {
    expect(decideRetry(fail({ kind: 'timeout' }), ctx, policy, half).retry).toBe(true);
  });
});
