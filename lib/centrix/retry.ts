// When to try again, and how long to wait: full-jitter exponential backoff, Retry-After honoured (delta-seconds or
// any of the three HTTP-date formats of RFC 9110 §5.6.7, measured against the answer's own Date header), and never
// a blind second send of a request that may have created a contact.
import {
  MIN_ATTEMPT_MS,
  RETRY_AFTER_MAX_MS,
  RETRYABLE_STATUS,
  RETRY_RESULT_NOT_SUCCESS,
  RETRY_SCHEMA_MISMATCH,
} from './assumptions';
import type { CentrixFailureData, RetryPolicy } from './types';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';

const IMF_FIXDATE = new RegExp(`^(?:${DAYS.join('|')}), (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC_850 = new RegExp(`^(?:${LONG_DAYS.join('|')}), (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
const ASCTIME = new RegExp(`^(?:${DAYS.join('|')}) ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

function utc(year: number, month: string, day: number, h: string, m: string, s: string): number | undefined {
  const monthIndex = MONTHS.indexOf(month);
  const [hours, minutes, seconds] = [Number(h), Number(m), Number(s)];
  if (hours > 23 || minutes > 59 || seconds > 60) return undefined;
  const ms = Date.UTC(year, monthIndex, day, hours, minutes, Math.min(seconds, 59));
  const date = new Date(ms);
  // Date.UTC rolls 31 Feb over into March: a date that does not exist is not a date.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== monthIndex || date.getUTCDate() !== day) {
    return undefined;
  }
  return ms;
}

/**
 * Milliseconds since the epoch of an HTTP-date in IMF-fixdate, obsolete RFC 850 or asctime form; undefined for
 * anything else. An RFC 850 two-digit year more than 50 years ahead of `nowMs` is read as the century before.
 */
export function parseHttpDate(value: string, nowMs: number = Date.now()): number | undefined {
  const text = value.trim();
  let match = IMF_FIXDATE.exec(text);
  if (match) return utc(Number(match[3]), match[2]!, Number(match[1]), match[4]!, match[5]!, match[6]!);
  match = RFC_850.exec(text);
  if (match) {
    const currentYear = new Date(nowMs).getUTCFullYear();
    let year = Math.floor(currentYear / 100) * 100 + Number(match[3]);
    if (year > currentYear + 50) year -= 100;
    return utc(year, match[2]!, Number(match[1]), match[4]!, match[5]!, match[6]!);
  }
  match = ASCTIME.exec(text);
  if (match) return utc(Number(match[6]), match[1]!, Number(match[2]!.trim()), match[3]!, match[4]!, match[5]!);
  return undefined;
}

/**
 * How long a Retry-After asks to wait, in ms, at most RETRY_AFTER_MAX_MS; undefined when absent or unreadable. An
 * HTTP-date is measured from the answer's own `Date` header when it has a readable one (the server's clock against
 * the server's clock), else from the local clock. A date in the past means no wait.
 */
export function parseRetryAfter(
  retryAfter: string | null | undefined,
  dateHeader: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (retryAfter === null || retryAfter === undefined) return undefined;
  const text = retryAfter.trim();
  // Digits only: `Number` of twenty nines is 1e20 and of four hundred is Infinity, both finite-checked by the cap.
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, RETRY_AFTER_MAX_MS);
  const at = parseHttpDate(text, nowMs);
  if (at === undefined) return undefined;
  const reference = (dateHeader ? parseHttpDate(dateHeader, nowMs) : undefined) ?? nowMs;
  return Math.min(Math.max(0, at - reference), RETRY_AFTER_MAX_MS);
}

/** Full jitter: uniform in [0, min(cap, base * 2^retryIndex)], whole milliseconds. */
export function backoffDelay(retryIndex: number, policy: Pick<RetryPolicy, 'baseMs' | 'capMs'>, random: () => number) {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** retryIndex);
  const r = Math.min(Math.max(random(), 0), 1 - Number.EPSILON);
  return Math.floor(r * (ceiling + 1));
}

/** Can the same request succeed later? (Before considering whether sending it again is safe.) */
export function isTransient(failure: Pick<CentrixFailureData, 'kind' | 'status' | 'problem'>): boolean {
  switch (failure.kind) {
    case 'unavailable':
    case 'rate-limited':
    case 'network':
    case 'timeout':
      return true;
    case 'http':
      return failure.status !== undefined && RETRYABLE_STATUS(failure.status);
    case 'invalid-response':
      if (failure.problem === 'not-success') return RETRY_RESULT_NOT_SUCCESS;
      if (failure.problem === 'schema') return RETRY_SCHEMA_MISMATCH;
      return failure.problem !== 'too-large';
    default:
      return false;
  }
}

/** One failed attempt, as the retry loop sees it. */
export interface AttemptFailure {
  failure: Omit<CentrixFailureData, 'attempts'>;
  /** Whether the server may have acted on the request (see NOT_PROCESSED in assumptions.ts). */
  mayHaveProcessed: boolean;
}

export type RetryDecision =
  | { retry: true; waitMs: number }
  | { retry: false; why: 'permanent' | 'unsafe-create' | 'wait-too-long' | 'attempts' | 'deadline' };

/**
 * Decides what follows a failed attempt. `attemptsMade` counts the attempt that just failed; `elapsedMs` runs from
 * the start of the first one. `idempotent` is false for a POST holding a contact without idc and ExternalID.
 */
export function decideRetry(
  attempt: AttemptFailure,
  context: { attemptsMade: number; elapsedMs: number; idempotent: boolean },
  policy: RetryPolicy,
  random: () => number,
): RetryDecision {
  // First: a create that may have been saved is never re-sent, whatever else is true (even a permanent failure
  // such as a JSON 200 whose Result is not Success may have saved part of a batch).
  if (!context.idempotent && attempt.mayHaveProcessed) return { retry: false, why: 'unsafe-create' };
  if (!isTransient(attempt.failure)) return { retry: false, why: 'permanent' };
  const asked = attempt.failure.retryAfterMs;
  if (asked !== undefined && asked > policy.retryAfterCapMs) return { retry: false, why: 'wait-too-long' };
  if (context.attemptsMade >= policy.maxAttempts) return { retry: false, why: 'attempts' };
  const waitMs = asked ?? backoffDelay(context.attemptsMade - 1, policy, random);
  if (context.elapsedMs + waitMs + MIN_ATTEMPT_MS > policy.deadlineMs) return { retry: false, why: 'deadline' };
  return { retry: true, waitMs };
}
