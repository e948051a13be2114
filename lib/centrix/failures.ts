// Failures are values, not exceptions: plain data (so the outbox can store them) plus a non-enumerable `message`
// that renders the user-facing sentence in English or French from the one string catalogue.
import { t, type Locale, type MessageKey } from '../i18n';
import type { CentrixFailure, CentrixFailureData, InvalidRequestCode } from './types';

const INVALID_REQUEST_KEYS: Record<InvalidRequestCode, MessageKey> = {
  'base-url': 'apiInvalidBaseUrl',
  account: 'apiInvalidAccount',
  key: 'apiInvalidKey',
  language: 'apiInvalidLanguage',
  resource: 'apiInvalidResource',
  'base-filter': 'apiInvalidBaseFilter',
  field: 'apiInvalidField',
  'filter-value': 'apiInvalidFilterValue',
  'filter-field': 'apiInvalidFilterField',
  'filter-structure': 'apiInvalidFilterStructure',
  choice: 'apiInvalidChoice',
  body: 'apiInvalidBody',
};

const PROBLEM_KEYS = {
  'not-json': 'apiProblemNotJson',
  truncated: 'apiProblemTruncated',
  unparsable: 'apiProblemUnparsable',
  schema: 'apiProblemSchema',
  'not-success': 'apiProblemNotSuccess',
  'too-large': 'apiProblemTooLarge',
  echo: 'apiProblemEcho',
} as const satisfies Record<NonNullable<CentrixFailureData['problem']>, MessageKey>;

/** `12 s` or `3 min`, rounded up. */
export function formatWait(locale: Locale, ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 90
    ? t(locale, 'apiDurationSeconds', seconds)
    : t(locale, 'apiDurationMinutes', Math.ceil(seconds / 60));
}

/** The user-facing sentence for a failure (also for a failure read back from storage, without its method). */
export function describeFailure(failure: CentrixFailureData, locale: Locale): string {
  const wait = failure.retryAfterMs === undefined ? undefined : formatWait(locale, failure.retryAfterMs);
  switch (failure.kind) {
    case 'bad-credentials':
      return t(locale, 'apiErrorBadCredentials');
    case 'unavailable':
      return wait ? t(locale, 'apiErrorUnavailableWait', wait) : t(locale, 'apiErrorUnavailable');
    case 'rate-limited':
      return wait ? t(locale, 'apiErrorRateLimitedWait', wait) : t(locale, 'apiErrorRateLimited');
    case 'invalid-response':
      return t(locale, 'apiErrorInvalidResponse', t(locale, PROBLEM_KEYS[failure.problem ?? 'unparsable']));
    case 'http':
      return failure.serverText
        ? t(locale, 'apiErrorHttp', failure.status ?? 0, failure.serverText)
        : t(locale, 'apiErrorHttpNoText', failure.status ?? 0);
    case 'network':
      return t(locale, 'apiErrorNetwork');
    case 'timeout':
      return t(locale, 'apiErrorTimeout');
    case 'ambiguous-write':
      return t(locale, 'apiErrorAmbiguousWrite');
    case 'invalid-request':
      return t(locale, INVALID_REQUEST_KEYS[failure.code ?? 'body'], failure.detail ?? '');
    case 'unexpected':
      return t(locale, 'apiErrorUnexpected', failure.reason ?? '');
  }
}

/** Adds the `message` method, non-enumerable so JSON and structured clone carry only the data. */
export function makeFailure(data: CentrixFailureData): CentrixFailure {
  const failure = { ...data } as CentrixFailure;
  Object.defineProperty(failure, 'message', {
    value: (locale: Locale) => describeFailure(failure, locale),
    enumerable: false,
  });
  return failure;
}
