// What an outcome means for a record: retry (and when), stop, or split the batch. Pure functions of the failure.
import type { CentrixFailureData } from '../../centrix/types';

/** Retries that are not paced by the server back off from 30 s (the alarm minimum) up to 30 minutes. */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 30 * 60_000;
/**
 * The longest the outbox waits because a server asked (Retry-After): a few minutes, whatever it asked. A server that
 * really needs longer answers again; the user can always send at once.
 */
export const SERVER_WAIT_CAP_MS = 5 * 60_000;
/** After this many sends without a server-given reason to wait, the record stops and asks the user. */
export const MAX_ATTEMPTS = 25;

export type Verdict =
  /** Nothing can make it succeed by waiting: stop, keep it with its reason, let the user retry or discard. */
  | 'stop'
  /** The batch was refused as a whole: send each record alone to find which one is refused. */
  | 'split'
  /** Try again later. */
  | 'retry';

const TRANSIENT_4XX = new Set([408, 425, 429]);

export function verdictFor(failure: CentrixFailureData, batchSize: number): Verdict {
  if (failure.kind === 'bad-credentials') return 'stop';
  const refused =
    failure.kind === 'invalid-request' ||
    (failure.kind === 'http' &&
      failure.status !== undefined &&
      failure.status >= 400 &&
      failure.status < 500 &&
      !TRANSIENT_4XX.has(failure.status));
  if (refused) return batchSize > 1 ? 'split' : 'stop';
  return 'retry';
}

/**
 * True when the server certainly did not apply the write: it refused it (bad key, rate limit, 4xx) or it was never
 * sent. Anything else (timeouts, 5xx, broken 200s, `ambiguous-write`) may have created contacts unseen.
 */
export function surelyNotApplied(failure: CentrixFailureData): boolean {
  if (failure.attempts === 0) return true;
  if (failure.kind === 'bad-credentials' || failure.kind === 'rate-limited' || failure.kind === 'invalid-request')
    return true;
  return failure.kind === 'http' && failure.status !== undefined && failure.status >= 400 && failure.status < 500;
}

/** Full-jitter exponential backoff, never shorter than what the server asked for up to SERVER_WAIT_CAP_MS. */
export function retryDelay(attempts: number, retryAfterMs: number | undefined, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  const jittered = BACKOFF_BASE_MS / 2 + random() * (ceiling - BACKOFF_BASE_MS / 2);
  const asked = retryAfterMs === undefined || Number.isNaN(retryAfterMs) ? 0 : serverWait(retryAfterMs);
  return Math.max(asked, Math.round(jittered));
}

/** What the outbox waits when a server asks for `ms`: between nothing and SERVER_WAIT_CAP_MS. */
export function serverWait(ms: number): number {
  return Math.min(Math.max(0, ms), SERVER_WAIT_CAP_MS);
}

/**
 * When a waiting record is due: its `notBefore`, but never later than the longest wait the outbox sets after its last
 * change, so no stored value (an older version's, a corrupted one) parks a record out of reach.
 */
export function dueAt(record: { notBefore?: number | undefined; updatedAt: number }): number {
  const latest = record.updatedAt + Math.max(BACKOFF_CAP_MS, SERVER_WAIT_CAP_MS);
  const at = record.notBefore;
  return at === undefined || Number.isNaN(at) ? record.updatedAt : Math.min(at, latest);
}
