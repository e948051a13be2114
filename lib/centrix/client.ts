// The Centrix client: URL, attempt, retries, conditional cache and coalescing put together. Every method returns a
// CentrixResult; expected failures are values, and anything unexpected is caught, redacted and returned too.
import {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  MIN_ATTEMPT_MS,
  SAVE_ECHOES_IN_ORDER,
  UNANSWERABLE_304_REASKS,
} from './assumptions';
import { ReadCache, MemoryCacheStore, accountFingerprint, readCacheKey } from './cache';
import { echoMismatch } from './echo';
import { makeFailure } from './failures';
import { learnFieldCatalogue } from './field-catalogue';
import { attempt, type AttemptEnv, type AttemptOutcome, type AttemptRequest } from './http';
import { redactError, type Secrets, redact } from './redact';
import { CentrixRequestError } from './request-error';
import { decideRetry } from './retry';
import { itemsOf, readResponseSchema, saveEchoSchema, saveResponseSchema, type ReadItem } from './schemas';
import { buildUrl, normalizeBaseUrl, type UrlRequest } from './url';
import type {
  CentrixClient,
  CentrixClientOptions,
  CentrixContact,
  CentrixFailureData,
  CentrixLogEntry,
  CentrixResource,
  CentrixResult,
  ContactInput,
  ReadOptions,
  ReadQuery,
  RetryPolicy,
  SaveContactsResult,
} from './types';
import type { z } from './zod';

type Failure = Extract<CentrixResult<never>, { ok: false }>;
const fail = (data: CentrixFailureData): Failure => ({ ok: false, error: makeFailure(data) });
const ok = <T>(value: T, fromCache: boolean): CentrixResult<T> => ({ ok: true, value, fromCache });

const REVENUE_RESOURCES = ['RevenueTypes', 'RevenueTypesSub1', 'RevenueTypesSub2'] as const;

const blank = (value: unknown): boolean => value === undefined || value === null || value === '';

/** Indexes of contacts with neither idc nor ExternalID: creates, which must never be sent twice blindly. */
export function createIndexes(contacts: readonly ContactInput[]): number[] {
  return contacts.flatMap((contact, i) => (blank(contact.idc) && blank(contact.ExternalID) ? [i] : []));
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createCentrixClient(options: CentrixClientOptions): CentrixClient {
  const secrets: Secrets = { apiKey: options.apiKey, account: options.account };
  const redactText = (text: string) => redact(text, secrets);
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const env: AttemptEnv = {
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    now,
    redact: redactText,
  };
  const credentials = { account: options.account, apiKey: options.apiKey };
  const inFlight = new Map<string, Promise<CentrixResult<unknown>>>();
  let fingerprint: Promise<string> | undefined;

  const log = (entry: CentrixLogEntry): void => {
    if (!options.log) return;
    try {
      options.log(entry.message === undefined ? entry : { ...entry, message: redactText(entry.message) });
    } catch {
      // A broken logger must not break a request.
    }
  };
  const cache = new ReadCache(options.cache ?? new MemoryCacheStore(), options.cacheLimits, now, (what, error) =>
    log({
      event: 'failure',
      resource: 'Contacts',
      method: 'GET',
      message: `cache ${what}: ${redactError(error, secrets)}`,
    }),
  );

  const fingerprintOf = (): Promise<string> => {
    fingerprint ??= accountFingerprint(normalizeBaseUrl(options.baseUrl), options.account, options.apiKey);
    return fingerprint;
  };

  /** Runs `work`, turning a refused input or any unexpected throw into a (redacted) failure. */
  async function guard<T>(work: () => Promise<CentrixResult<T>>): Promise<CentrixResult<T>> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof CentrixRequestError) {
        return fail({
          kind: 'invalid-request',
          code: error.code,
          reason: redactText(error.message),
          ...(error.detail === undefined ? {} : { detail: redactText(error.detail) }),
          retryable: false,
          attempts: 0,
        });
      }
      return fail({
        kind: 'unexpected',
        reason: redactError(error, secrets).slice(0, 300),
        retryable: false,
        attempts: 0,
      });
    }
  }

  /** Attempts with retries. Returns the final outcome; a failure carries the attempt count. */
  async function send<T>(
    resource: CentrixResource,
    request: AttemptRequest,
    schema: z.ZodType<T>,
    idempotent: boolean,
    creates: number[],
  ): Promise<Exclude<AttemptOutcome<T>, { type: 'failure' }> | Failure> {
    const started = now();
    for (let attemptsMade = 1; ; attemptsMade++) {
      // A retry gets only what is left before the deadline, so all attempts together stay within it.
      const left = policy.deadlineMs - (now() - started);
      const timeoutMs = attemptsMade === 1 ? env.timeoutMs : Math.min(env.timeoutMs, Math.max(MIN_ATTEMPT_MS, left));
      log({ event: 'request', resource, method: request.method, attempt: attemptsMade, timeoutMs });
      const outcome = await attempt(request, schema, { ...env, timeoutMs });
      if (outcome.type !== 'failure') {
        log({ event: 'response', resource, method: request.method, attempt: attemptsMade });
        return outcome;
      }
      const { failure } = outcome;
      const decision = decideRetry(outcome, { attemptsMade, elapsedMs: now() - started, idempotent }, policy, random);
      if (decision.retry) {
        log({
          event: 'retry',
          resource,
          method: request.method,
          attempt: attemptsMade,
          waitMs: decision.waitMs,
          ...(failure.status === undefined ? {} : { status: failure.status }),
          message: `${failure.kind}${failure.reason ? `: ${failure.reason}` : ''}`,
        });
        await sleep(decision.waitMs);
        continue;
      }
      log({
        event: 'failure',
        resource,
        method: request.method,
        attempt: attemptsMade,
        ...(failure.status === undefined ? {} : { status: failure.status }),
        message: `${failure.kind} (${decision.why})`,
      });
      if (decision.why === 'unsafe-create') {
        return fail({
          ...failure,
          kind: 'ambiguous-write',
          cause: failure.kind,
          createIndexes: creates,
          retryable: false,
          attempts: attemptsMade,
        });
      }
      return fail({ ...failure, attempts: attemptsMade });
    }
  }

  async function readUncoalesced<R extends CentrixResource>(
    resource: R,
    built: { url: string; canonical: string },
    noCache: boolean,
  ): Promise<CentrixResult<ReadItem<R>[]>> {
    const schema = readResponseSchema(resource);
    const key = noCache ? undefined : await readCacheKey(await fingerprintOf(), built.canonical);
    const entry = key === undefined ? undefined : await cache.get(key);
    let outcome = await send(
      resource,
      { url: built.url, method: 'GET', ...(entry ? { ifModifiedSince: entry.lastModified } : {}) },
      schema,
      true,
      [],
    );
    if ('ok' in outcome) return outcome;
    if (outcome.type === 'not-modified') {
      if (key !== undefined && entry) {
        await cache.touch(key, entry);
        log({ event: 'cache-hit', resource, method: 'GET' });
        return ok(entry.value as ReadItem<R>[], true);
      }
      // A 304 we cannot answer (nothing kept, or it vanished): ask again without a validator.
      if (key !== undefined) await cache.delete(key);
      for (let reask = 0; reask < UNANSWERABLE_304_REASKS && outcome.type === 'not-modified'; reask++) {
        outcome = await send(resource, { url: built.url, method: 'GET' }, schema, true, []);
        if ('ok' in outcome) return outcome;
      }
      if (outcome.type === 'not-modified') {
        return fail({
          kind: 'invalid-response',
          problem: 'unparsable',
          status: 304,
          reason: '304 to a request without If-Modified-Since',
          retryable: true,
          attempts: 1,
        });
      }
    }
    const items = itemsOf(resource, outcome.value);
    if (key !== undefined && outcome.lastModified !== undefined) {
      await cache.put(key, outcome.lastModified, items, outcome.bytes);
    } else if (key !== undefined && entry) {
      // A full answer to a conditional read means the kept body is no longer the resource (RFC 9111 §4.3.3); with
      // no validator to keep the new one by, nothing is kept, so a later 304 can never serve the old body.
      await cache.delete(key);
    }
    return ok(items, false);
  }

  function read<R extends CentrixResource>(
    resource: R,
    query: ReadQuery | undefined,
    readOptions: ReadOptions | undefined,
  ): Promise<CentrixResult<ReadItem<R>[]>> {
    return guard(async () => {
      const request: UrlRequest = {
        language: options.language,
        resource,
        ...(query?.base === undefined ? {} : { base: query.base }),
        ...(query?.fields === undefined ? {} : { fields: query.fields }),
        ...(query?.filters === undefined ? {} : { filters: query.filters }),
      };
      const built = buildUrl(options.baseUrl, credentials, request);
      const noCache = readOptions?.noCache === true;
      const flightKey = `${noCache ? 'fresh' : 'cached'}\n${built.canonical}`;
      const pending = inFlight.get(flightKey);
      if (pending) {
        log({ event: 'coalesced', resource, method: 'GET' });
        return pending as Promise<CentrixResult<ReadItem<R>[]>>;
      }
      const started = guard(() => readUncoalesced(resource, built, noCache)).finally(() => inFlight.delete(flightKey));
      inFlight.set(flightKey, started);
      return started;
    });
  }

  async function saveContacts(contacts: readonly ContactInput[]): Promise<CentrixResult<SaveContactsResult>> {
    return guard(async () => {
      checkContacts(contacts);
      if (contacts.length === 0) return ok({ contacts: [], echoComplete: true }, false);
      const built = buildUrl(options.baseUrl, credentials, {
        language: options.language,
        resource: 'Contacts',
        base: 'post',
      });
      let body: string;
      try {
        body = JSON.stringify({ Contacts: contacts });
      } catch {
        throw new CentrixRequestError('body', 'the contacts cannot be written as JSON');
      }
      const creates = createIndexes(contacts);
      const outcome = await send(
        'Contacts',
        { url: built.url, method: 'POST', body },
        saveResponseSchema,
        creates.length === 0,
        creates,
      );
      if ('ok' in outcome) return outcome;
      if (outcome.type === 'not-modified') {
        // A 304 to a POST cannot tell whether anything was saved.
        return fail({
          kind: creates.length > 0 ? 'ambiguous-write' : 'invalid-response',
          cause: 'invalid-response',
          problem: 'unparsable',
          status: 304,
          createIndexes: creates,
          retryable: false,
          attempts: 1,
        });
      }
      const raw = (outcome.value as Record<string, unknown>)['Contacts'];
      // An echo that does not fit what was sent tells nothing of what was saved: a create is in doubt (looked up by
      // its key before it is called saved), an update is sent again. Checked before the schema reads every item.
      const mismatch = SAVE_ECHOES_IN_ORDER ? echoMismatch(contacts, raw) : undefined;
      const echo = mismatch === undefined ? saveEchoSchema.safeParse(raw) : undefined;
      if (mismatch !== undefined || (SAVE_ECHOES_IN_ORDER && !echo?.success)) {
        const reason = redactText(mismatch ?? 'echo does not fit its schema').slice(0, 200);
        log({ event: 'failure', resource: 'Contacts', method: 'POST', attempt: 1, message: `echo: ${reason}` });
        return fail({
          kind: creates.length > 0 ? 'ambiguous-write' : 'invalid-response',
          cause: 'invalid-response',
          problem: 'echo',
          status: outcome.status,
          reason,
          createIndexes: creates,
          retryable: creates.length === 0,
          attempts: 1,
        });
      }
      const echoed: CentrixContact[] = echo?.success ? echo.data : [];
      return ok({ contacts: echoed, echoComplete: SAVE_ECHOES_IN_ORDER }, false);
    });
  }

  const readContacts = (query?: ReadQuery, o?: ReadOptions) => read('Contacts', query, o);

  return {
    readContacts,
    saveContacts,
    readScripts: (query, o) => read('Scripts', query, o),
    readUsers: (query, o) => read('Users', query, o),
    readOpportunities: (query, o) => read('Opportunities', query, o),
    readRevenueTypes: (level = 0, query, o) => {
      const resource = REVENUE_RESOURCES[level];
      if (resource === undefined) {
        return guard(() => Promise.reject(new CentrixRequestError('resource', 'revenue type level is 0, 1 or 2')));
      }
      return read(resource, query, o);
    },
    readFieldCatalogue: (o) => guard(() => learnFieldCatalogue(readContacts, o)),
    testConnection: () =>
      guard(async () => {
        const result = await read('Scripts', { base: ['all'], fields: 'all' }, { noCache: true });
        return result.ok ? ok({ scripts: result.value.length }, false) : result;
      }),
  };
}

/** Refuses a body the server could not read as contacts, before anything is sent. */
function checkContacts(contacts: readonly ContactInput[]): void {
  if (!Array.isArray(contacts)) throw new CentrixRequestError('body', 'contacts must be an array');
  contacts.forEach((contact, i) => {
    if (typeof contact !== 'object' || contact === null || Array.isArray(contact)) {
      throw new CentrixRequestError('body', 'each contact must be an object', `Contacts[${i}]`);
    }
    const scripts = contact.ContactScript;
    if (scripts === undefined) return;
    if (!Array.isArray(scripts))
      throw new CentrixRequestError('body', 'ContactScript must be an array', `Contacts[${i}]`);
    scripts.forEach((entry, j) => {
      if (typeof entry !== 'object' || entry === null || blank((entry as { ids?: unknown }).ids)) {
        throw new CentrixRequestError(
          'body',
          'each ContactScript entry needs its ids',
          `Contacts[${i}].ContactScript[${j}]`,
        );
      }
    });
  });
}
