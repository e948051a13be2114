// Public types of the Centrix API client. The background service worker is the only caller; it codes against these
// names, so they stay stable (add, never rename). Nothing here knows a URL, a key or an account number.
import type { Locale } from '../i18n';

export type CentrixLanguage = 'EN' | 'FR';

export const CENTRIX_RESOURCES = [
  'Contacts',
  'Opportunities',
  'Users',
  'Scripts',
  'RevenueTypes',
  'RevenueTypesSub1',
  'RevenueTypesSub2',
] as const;
export type CentrixResource = (typeof CENTRIX_RESOURCES)[number];

/**
 * One base-filter token of the URL path: `C<idc>` (a contact), `E<ExternalID>` (a contact by external id),
 * `S<ids>` (a contact list), or `all` (no base filter). Build them with `baseFilter.*` from `./url`.
 */
export type BaseFilter = `C${string}` | `E${string}` | `S${string}` | 'all';

/** `all`, or field names as Centrix spells them (`cs_` prefix for ContactScript fields; `CC_` etc. accepted). */
export type FieldSpec = 'all' | readonly string[];

/** The nine filter operators. `[=` starts with, `=]` ends with, `[=]` contains (see assumptions.ts). */
export type FilterOperator = '=' | '<>' | '<' | '>' | '<=' | '>=' | '[=' | '=]' | '[=]';

export interface FilterCondition {
  readonly field: string;
  readonly op: FilterOperator;
  readonly value: string;
}

/** Conditions joined by one connective; a nested group is sent in parentheses. */
export interface FilterGroup {
  readonly join: 'AND' | 'OR';
  readonly items: readonly FilterExpr[];
}

export type FilterExpr = FilterCondition | FilterGroup;

/** One line of the wire format: `prefix TAB field TAB op TAB value TAB suffix`. */
export interface FilterRow {
  /** `''` on the first row only; `AND` / `OR` on every other row. */
  readonly join: '' | 'AND' | 'OR';
  /** Number of `(` after the join. */
  readonly open: number;
  readonly field: string;
  readonly op: FilterOperator;
  readonly value: string;
  /** Number of `)` in the suffix. */
  readonly close: number;
}

/** A value Centrix stores in a field. Multiple-choice fields hold their choices joined by `::`. */
export type FieldValue = string | number | boolean | null;

/** A contact's membership of one list, with that list's fields (names without the `cs_` prefix). */
export interface ContactScriptEntry {
  ids: string | number;
  [field: string]: unknown;
}

/** A contact as read from Centrix: known identity fields, every other (custom) field passed through. */
export interface CentrixContact {
  idc?: string | number;
  /** As the server sends it: a string (empty when unset), or a number or null on some accounts. */
  ExternalID?: string | number | null;
  ContactScript?: ContactScriptEntry[];
  [field: string]: unknown;
}

/**
 * A contact to save. With `idc`: an update. Without `idc` but with `ExternalID`: update-or-create by that id.
 * With neither: a create, which the client never re-sends blindly (see `ambiguous-write`).
 */
export interface ContactInput {
  idc?: string | number;
  ExternalID?: string;
  ContactScript?: ContactScriptEntry[];
  [field: string]: unknown;
}

/** Any other record (script, user, opportunity, revenue type): fields pass through. */
export type CentrixRecord = Record<string, unknown>;

export interface SaveContactsResult {
  /** The contacts the server echoed back (assumption: in request order, with their `idc`). */
  contacts: CentrixContact[];
  /**
   * True when the echo was checked against what was sent (SAVE_ECHOES_IN_ORDER): one contact per contact sent, in
   * order, each with its `idc` and no value contradicting the one sent. An echo that does not fit is a failure
   * (`ambiguous-write` for a batch with creates), never a success.
   */
  echoComplete: boolean;
}

export interface FieldCatalogue {
  /** False when the account has no contact to learn field names from: the lists below are then empty. */
  known: boolean;
  /** Contact-level field names (contact and account fields, custom ones included), as the API returns them. */
  contactFields: string[];
  /** One value seen in each contact field (shortened), to show the user what the field holds. */
  samples: Record<string, string>;
  /** Fields of a list membership (`ContactScript`), without the `cs_` prefix (add it to request them). */
  contactScriptFields: string[];
  /**
   * False when no sampled contact belongs to a list: `contactScriptFields` is then empty for want of an example.
   * Optional only so test doubles written before it existed still type-check; the client always sets it.
   */
  contactScriptKnown?: boolean;
  /** How many contacts the names were learned from. */
  sampleSize: number;
}

/** The contact roles the extension fills, each mapped to one of the account's fields by the user. */
export const CONTACT_ROLES = [
  'email',
  'firstName',
  'lastName',
  'fullName',
  'company',
  'jobTitle',
  'phone',
  'website',
  'linkedinUrl',
  'location',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export interface RoleProposal {
  role: ContactRole;
  field: string;
  /** 0..1: 1 for an exact known name, lower for prefixed/partial matches. */
  confidence: number;
}

export type CentrixFailureKind =
  | 'bad-credentials'
  | 'unavailable'
  | 'rate-limited'
  | 'invalid-response'
  | 'http'
  | 'network'
  | 'timeout'
  | 'ambiguous-write'
  | 'invalid-request'
  | 'unexpected';

/** Why a request was refused before sending (`invalid-request`). */
export type InvalidRequestCode =
  | 'base-url'
  | 'account'
  | 'key'
  | 'language'
  | 'resource'
  | 'base-filter'
  | 'field'
  | 'filter-value'
  | 'filter-field'
  | 'filter-structure'
  | 'choice'
  | 'body';

/** What made an answer unusable (`invalid-response`). */
/** `echo`: a save's answer whose echo does not fit the contacts sent (count, idc or values). */
export type ResponseProblem = 'not-json' | 'truncated' | 'unparsable' | 'schema' | 'not-success' | 'too-large' | 'echo';

/** A failure as plain data: survives JSON / structured clone (for the outbox's storage). */
export interface CentrixFailureData {
  kind: CentrixFailureKind;
  /** Worth trying again later (the client has already made its own retries). */
  retryable: boolean;
  /** HTTP status of the last answer, when there was one. */
  status?: number;
  /** How long the server asked us to wait (Retry-After), when it did. */
  retryAfterMs?: number;
  /** The server's error text: redacted (no key, account, URL), whitespace collapsed, at most ~300 characters. */
  serverText?: string;
  /** Short technical reason (redacted), e.g. `truncated JSON` or `Contacts.0.idc: expected string`. */
  reason?: string;
  /** For `invalid-response`: what was wrong with the answer. */
  problem?: ResponseProblem;
  /** For `invalid-request`: which input was refused. */
  code?: InvalidRequestCode;
  /** For `invalid-request`: the offending field name, if any (never a key or account). */
  detail?: string;
  /** For `ambiguous-write`: what happened (`timeout`, `network`, `http`, `invalid-response`, ...). */
  cause?: CentrixFailureKind;
  /** For `ambiguous-write`: indexes (in the request) of the contacts without `idc` and without `ExternalID`. */
  createIndexes?: number[];
  /** How many HTTP attempts were made (0 when refused before sending). */
  attempts: number;
}

export interface CentrixFailure extends CentrixFailureData {
  /** The user-facing sentence, in English or French. Same as `describeFailure(this, locale)`. */
  message(locale: Locale): string;
}

export type CentrixResult<T> = { ok: true; value: T; fromCache: boolean } | { ok: false; error: CentrixFailure };

/** Async key-value storage behind the read cache; the background supplies an extension-storage one. */
export interface CacheStore {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** What the cache keeps per read: the validated value (JSON data) and the exact `Last-Modified` string. */
export interface CacheEntry {
  lastModified: string;
  value: unknown;
  /** Size of the body it came from, for the byte bound. */
  bytes: number;
  /** Last use (ms since epoch, from the client's `now`), for LRU eviction. */
  usedAt: number;
}

export interface RetryPolicy {
  /** Total attempts, first one included. */
  maxAttempts: number;
  /** Backoff base: the wait before retry n (0-based) is random in [0, min(capMs, baseMs * 2^n)]. */
  baseMs: number;
  capMs: number;
  /** A Retry-After longer than this is not slept: the failure comes back with `retryAfterMs`. */
  retryAfterCapMs: number;
  /** No retry starts when it could not end (wait + a minimal attempt) within this time from the first attempt. */
  deadlineMs: number;
}

export interface CentrixLogEntry {
  event: 'request' | 'response' | 'retry' | 'failure' | 'cache-hit' | 'coalesced';
  resource: CentrixResource;
  method: 'GET' | 'POST';
  attempt?: number;
  status?: number;
  waitMs?: number;
  /** For `request`: the time this attempt is given. */
  timeoutMs?: number;
  /** Redacted, never contains a URL, key or account. */
  message?: string;
}

export interface CentrixClientOptions {
  /** `https://api.centrix.one/API_WEB` in production, the sandbox's `apiBase` in development. */
  baseUrl: string;
  account: string;
  apiKey: string;
  language: CentrixLanguage;
  fetch: typeof fetch;
  /** Conditional-read cache storage; omitted = an in-memory store. */
  cache?: CacheStore;
  cacheLimits?: { maxEntries?: number; maxBytes?: number };
  /** Per attempt, headers and body included. Default 20 000 ms. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Bodies larger than this are refused as invalid responses. Default 32 MiB. */
  maxBodyBytes?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Uniform in [0, 1), for backoff jitter. */
  random?: () => number;
  log?: (entry: CentrixLogEntry) => void;
}

export interface ReadOptions {
  /** Skip the conditional cache (no If-Modified-Since, nothing stored). */
  noCache?: boolean;
}

export interface ReadQuery {
  base?: readonly BaseFilter[];
  fields?: FieldSpec;
  filters?: FilterExpr;
}

export type RevenueTypeLevel = 0 | 1 | 2;

export interface CentrixClient {
  readContacts(query?: ReadQuery, options?: ReadOptions): Promise<CentrixResult<CentrixContact[]>>;
  saveContacts(contacts: readonly ContactInput[]): Promise<CentrixResult<SaveContactsResult>>;
  readScripts(query?: ReadQuery, options?: ReadOptions): Promise<CentrixResult<CentrixRecord[]>>;
  readUsers(query?: ReadQuery, options?: ReadOptions): Promise<CentrixResult<CentrixRecord[]>>;
  readOpportunities(query?: ReadQuery, options?: ReadOptions): Promise<CentrixResult<CentrixRecord[]>>;
  /** Level 0 = `RevenueTypes`, 1 = `RevenueTypesSub1`, 2 = `RevenueTypesSub2`. */
  readRevenueTypes(
    level?: RevenueTypeLevel,
    query?: ReadQuery,
    options?: ReadOptions,
  ): Promise<CentrixResult<CentrixRecord[]>>;
  readFieldCatalogue(options?: ReadOptions): Promise<CentrixResult<FieldCatalogue>>;
  /** A cheap uncached read (`Scripts`) that proves the account and key work. */
  testConnection(): Promise<CentrixResult<{ scripts: number }>>;
}
