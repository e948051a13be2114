// Every point the Centrix API guide does not settle, decided once, here. The rest of lib/centrix imports these
// values instead of repeating the decision, so when the real service is found to differ, this is the one file to
// change. Marks "(contract)" point to the (assumption) notes of CENTRIX-API.md (the team's API contract); "(ours)" are ours.

import type { CentrixLanguage, CentrixResource, FilterOperator } from './types';

/** Production endpoint (contract). The base URL is an option so the sandbox can stand in for it. */
export const PRODUCTION_BASE_URL = 'https://api.centrix.one/API_WEB';

/** (contract) Only English and French exist. */
export const LANGUAGES: readonly CentrixLanguage[] = ['EN', 'FR'];

/** (ours) The account and key formats: lib/shared/credential-format.ts, so the options form checks the same. */
export { ACCOUNT_PATTERN, KEY_PATTERN } from '../shared/credential-format';

/**
 * (ours) Every URL carries a base-filter segment, even for `Scripts` (whose example in the guide has none): with
 * `all` there, the server can read the key as everything between the account and the last `-`, whatever dashes the
 * key holds. The guide documents `all` as "no base filter" for every resource.
 */
export const DEFAULT_BASE_FILTER = 'all';

/**
 * (ours) Base-filter ids: `C` and `S` take digits; `E` takes an ExternalID of letters, digits and `_` only, since
 * `,` `-` `.` would break the path. Look up other ExternalIDs with a filter (`ExternalID = value`) instead.
 */
export const BASE_ID_PATTERN = { C: /^[0-9]{1,18}$/, S: /^[0-9]{1,18}$/, E: /^[A-Za-z0-9_]{1,128}$/ } as const;

/** (ours) Tokens are joined with a bare comma; the guide shows `C1234, C125` too, the space is not needed. */
export const BASE_FILTER_SEPARATOR = ',';

/** (contract) A POST ignores the base filter but needs one: we send the bare `C` the guide suggests. */
export const POST_BASE_FILTER = 'C';

/** (ours) A read without `fields` asks for `all`, as every example in the guide does. */
export const DEFAULT_FIELDS = 'all';

/**
 * (ours) The key travels in the URL, so the base URL must be https, except plain http on loopback (the sandbox).
 * No user-info, query or fragment; a trailing `/` is dropped.
 */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * (ours) Field names travel as the caller gives them (full `Contact_Custom_X` or abbreviated `CC_X`); responses use
 * the full names, so comparisons expand abbreviations first. A field name may not contain `,` (the list separator),
 * control characters, or be empty.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const FIELD_NAME_FORBIDDEN = /[,\u0000-\u001f\u007f]/;

/** (contract) Abbreviations the API accepts in `fields`, longest first so `CCS_` wins over `CC_`. */
export const FIELD_ABBREVIATIONS: readonly (readonly [short: string, full: string])[] = [
  ['CCS_', 'Contact_Custom_Script_'],
  ['ACS_', 'Account_Custom_Script_'],
  ['CC_', 'Contact_Custom_'],
  ['AC_', 'Account_Custom_'],
];

/** (contract) ContactScript fields are requested with this prefix and come back without it. */
export const CONTACT_SCRIPT_PREFIX = 'cs_';

/** (contract) `[=` starts with, `=]` ends with, `[=]` contains; values compare case-insensitively. */
export const OPERATOR_MEANING: Readonly<Record<FilterOperator, string>> = {
  '=': 'equals',
  '<>': 'differs from',
  '<': 'less than',
  '>': 'greater than',
  '<=': 'at most',
  '>=': 'at least',
  '[=': 'starts with',
  '=]': 'ends with',
  '[=]': 'contains',
};

/**
 * (ours) Filter values and field names may contain no TAB, LF or CR: TAB and LF are the wire separators and a CR
 * would likely be eaten as part of a CRLF. They are refused, never stripped.
 */
export const FILTER_FORBIDDEN = /[\t\n\r]/;

/**
 * (ours) Query values are percent-encoded with encodeURIComponent (space = %20, never `+`), which any server
 * decodes; the guide's own example encodes TAB as %09 and LF as %0A the same way.
 */
export const QUERY_ENCODE = encodeURIComponent;

/** (contract) The success body's array is named after the resource (`Scripts`, `Users`, `RevenueTypesSub1`...). */
export const resultArrayName = (resource: CentrixResource): string => resource;

/** (contract) Success is a JSON body whose `Result` is exactly this string. */
export const SUCCESS_RESULT = 'Success';

/** (contract) The save answer echoes the saved contacts with their `idc`, in request order. */
export const SAVE_ECHOES_IN_ORDER = true;

/** (ours) The media type must be `application/json` (case-insensitive, parameters such as charset ignored). */
export const JSON_MEDIA_TYPE = 'application/json';

/** (contract) 401 and 403 mean the account or key was refused. */
export const BAD_CREDENTIALS_STATUSES: readonly number[] = [401, 403];

/**
 * (ours) Statuses worth retrying: request timeout, too early, rate limited, and every 5xx. Other 4xx (400, 401, 403,
 * 404, 422...) are not retried at all, not even once: the same request gets the same answer, and hammering a refused
 * key helps nobody. The vendor's "retry any 4xx" advice is read as "later, once a person has fixed something".
 */
export const RETRYABLE_STATUS = (status: number): boolean =>
  status === 408 || status === 425 || status === 429 || (status >= 500 && status <= 599);

/**
 * (ours) Any 4xx (429 included), or a 503 carrying Retry-After, is taken to mean the request was NOT processed (the
 * server refused it up front): a create that got a retryable one (408, 425, 429, 503) may be sent again. A 503
 * without Retry-After, any other 5xx, a timeout, a network error, a non-JSON or truncated 200, or a JSON 200 whose
 * Result is not Success may have saved something: a create is then never re-sent; the caller gets `ambiguous-write`.
 */
export const NOT_PROCESSED = (status: number, hasRetryAfter: boolean): boolean =>
  (status >= 400 && status <= 499) || (status === 503 && hasRetryAfter);

/**
 * (ours) fetch() cannot tell a connection refused before sending from one cut after: every network error is
 * treated as "may have been sent".
 */
export const NETWORK_ERROR_MAY_HAVE_SENT = true;

/**
 * (ours) A JSON 200 whose `Result` is not `Success` is reported as an invalid response and not retried (the server
 * said no on purpose); non-JSON and truncated 200s are retried, as the vendor advises.
 */
export const RETRY_RESULT_NOT_SUCCESS = false;

/** (ours) A 2xx body that parses but fails its schema is not retried: the same body would come back. */
export const RETRY_SCHEMA_MISMATCH = false;

/**
 * (ours) Per attempt, headers and body. Chrome stops an extension service worker whose fetch() has waited 30 s, so
 * the default stays well under it.
 */
export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * (ours) Retry numbers. 3 attempts; full-jitter backoff in [0, min(4 s, 500 ms * 2^n)]; a Retry-After above 10 s is
 * not slept (a service worker may be stopped while it sleeps): the failure comes back with retryAfterMs so the
 * outbox schedules an alarm. No retry starts unless it can finish within 25 s of the first attempt, and a retry's
 * timeout is cut to what is left of those 25 s (never below MIN_ATTEMPT_MS), so a call ends within about 25 s.
 */
export const DEFAULT_RETRY = {
  maxAttempts: 3,
  baseMs: 500,
  capMs: 4_000,
  retryAfterCapMs: 10_000,
  deadlineMs: 25_000,
} as const;

/**
 * (ours) The longest wait a Retry-After is read as: a server asking for more (ten years, or a number of seconds no
 * date can hold) is read as asking for this. What the outbox actually waits is shorter still (its own cap).
 */
export const RETRY_AFTER_MAX_MS = 24 * 3600_000;

/** (ours) A retry is not started with less than this left before the deadline. */
export const MIN_ATTEMPT_MS = 2_000;

/** (ours) Bodies above 32 MiB are refused: a broken or hostile server must not exhaust the worker's memory. */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

/** (ours) Server error text kept for display. */
export const SERVER_TEXT_MAX_CHARS = 300;

/** (ours) Read cache bounds (entries and bytes of the bodies the values came from); least recently used goes first. */
export const DEFAULT_CACHE_LIMITS = { maxEntries: 200, maxBytes: 8 * 1024 * 1024 } as const;

/**
 * (contract) Reads answer with Last-Modified, and If-Modified-Since with that exact string gives 304 when nothing
 * changed. (ours) A 304 the cache cannot answer (sent without If-Modified-Since, or its entry vanished meanwhile) is
 * followed by this many more requests without a validator.
 */
export const UNANSWERABLE_304_REASKS = 1;

/**
 * (ours) The field catalogue is learned from contacts read with `fields=all`, on the assumption that `fields=all`
 * lists every field of the account on every contact, empty ones included. To stay small it first reads only the
 * ids (`fields=idc`), then `fields=all` for a few of them (the most recent, highest idc, first). An account with no
 * contact has no known catalogue. ContactScript fields are known only if a sampled contact belongs to a list.
 */
export const CATALOGUE_SAMPLE_SIZE = 5;

/**
 * (contract) Fields that identify records rather than hold a detail: the server sets `idc` and `ida`, `ExternalID`
 * names a contact for upserts (the outbox assigns it when the user enabled that), `ContactScript` holds the list
 * memberships. None of them is offered as the target of a detail, and a save may not write them as free fields.
 */
export const SYSTEM_FIELDS: ReadonlySet<string> = new Set(['idc', 'ida', 'ExternalID', 'ContactScript']);

/** (ours) A field's sample value, shown beside the mapping so the user sees what the field holds, is this long. */
export const SAMPLE_VALUE_LENGTH = 60;

/** (ours) `::` separates the choices of a multiple-choice field; a choice containing `::` is refused. */
export const MULTI_CHOICE_SEPARATOR = '::';
