// One HTTP attempt against Centrix, and the classification of what came back. Success is only a 2xx with
// `Content-Type: application/json`, a body that parses, `Result: "Success"` and a body that passes its schema;
// everything else becomes a typed failure. Server text is redacted before it is kept.
import {
  BAD_CREDENTIALS_STATUSES,
  JSON_MEDIA_TYPE,
  NETWORK_ERROR_MAY_HAVE_SENT,
  NOT_PROCESSED,
  SERVER_TEXT_MAX_CHARS,
  SUCCESS_RESULT,
} from './assumptions';
import { isTransient, parseRetryAfter, type AttemptFailure } from './retry';
import { describeIssues, resultEnvelopeSchema } from './schemas';
import type { CentrixFailureData, ResponseProblem } from './types';
import type { z } from './zod';

export interface AttemptRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  ifModifiedSince?: string;
}

export interface AttemptEnv {
  fetch: typeof fetch;
  timeoutMs: number;
  maxBodyBytes: number;
  now: () => number;
  redact: (text: string) => string;
}

export type AttemptOutcome<T> =
  | { type: 'success'; value: T; bytes: number; lastModified?: string; status: number }
  | { type: 'not-modified' }
  | ({ type: 'failure' } & AttemptFailure);

/** A body as read: its text, or why it could not be read whole. */
export type BodyRead = { text: string; bytes: number } | { error: 'too-large' | 'cut' };

const ERROR_TEXT_LIMIT = 16 * 1024;

/**
 * Reads at most `limit` bytes; a longer body is `too-large` (or, with `keepPrefix`, its first `limit` bytes: enough
 * of an error text to show). A stream that breaks is `cut`. Rethrows an abort (the timeout).
 */
export async function readBody(response: Response, limit: number, keepPrefix = false): Promise<BodyRead> {
  if (!response.body) return { text: '', bytes: 0 };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (bytes + value.byteLength > limit) {
        void reader.cancel().catch(() => undefined);
        if (!keepPrefix) return { error: 'too-large' };
        chunks.push(value.subarray(0, limit - bytes));
        bytes = limit;
        break;
      }
      bytes += value.byteLength;
      chunks.push(value);
    }
  } catch (error) {
    if (isAbort(error)) throw error;
    return { error: 'cut' };
  }
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(all), bytes };
}

const isAbort = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

/** True when the text looks like the start of a JSON document that stops too early (an unclosed value). */
export function looksTruncated(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || !'{['.includes(trimmed[0]!)) return trimmed === '';
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of trimmed) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

/** Server text fit for display: tags dropped from HTML, whitespace collapsed, redacted, then shortened. */
export function cleanServerText(text: string, contentType: string | null, redact: (s: string) => string): string {
  let plain = /html/i.test(contentType ?? '') || /^\s*</.test(text) ? text.replace(/<[^>]*>/g, ' ') : text;
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  plain = redact(plain.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim());
  return plain.length > SERVER_TEXT_MAX_CHARS ? `${plain.slice(0, SERVER_TEXT_MAX_CHARS - 1)}…` : plain;
}

const isJsonType = (contentType: string | null): boolean =>
  (contentType ?? '').split(';')[0]!.trim().toLowerCase() === JSON_MEDIA_TYPE;

type Failed = { type: 'failure' } & AttemptFailure;

function failed(failure: Omit<CentrixFailureData, 'attempts' | 'retryable'>, mayHaveProcessed: boolean): Failed {
  return { type: 'failure', failure: { ...failure, retryable: isTransient(failure) }, mayHaveProcessed };
}

const invalid = (problem: ResponseProblem, status: number, reason: string, redact: (s: string) => string): Failed =>
  failed({ kind: 'invalid-response', problem, status, reason: redact(reason).slice(0, 200) }, true);

/** Classifies a complete answer (status, headers, body) against the schema of its success body. */
export function classifyResponse<T>(
  status: number,
  headers: Headers,
  body: BodyRead,
  schema: z.ZodType<T>,
  env: Pick<AttemptEnv, 'now' | 'redact'>,
): AttemptOutcome<T> {
  const { redact } = env;
  const contentType = headers.get('content-type');
  if (status === 304) return { type: 'not-modified' };
  if (status >= 200 && status <= 299) {
    if (!isJsonType(contentType)) {
      return invalid('not-json', status, `content type ${(contentType ?? 'none').slice(0, 60)}`, redact);
    }
    if ('error' in body) {
      return body.error === 'too-large'
        ? invalid('too-large', status, 'body over the size limit', redact)
        : invalid('truncated', status, 'body cut off', redact);
    }
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return looksTruncated(body.text)
        ? invalid('truncated', status, 'truncated JSON', redact)
        : invalid('unparsable', status, 'malformed JSON', redact);
    }
    const envelope = resultEnvelopeSchema.safeParse(json);
    if (!envelope.success || envelope.data.Result !== SUCCESS_RESULT) {
      const result = envelope.success ? JSON.stringify(envelope.data.Result) : 'missing';
      return invalid('not-success', status, `Result ${String(result).slice(0, 60)}`, redact);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) return invalid('schema', status, describeIssues(parsed.error), redact);
    const lastModified = headers.get('last-modified') ?? undefined;
    return {
      type: 'success',
      value: parsed.data,
      bytes: body.bytes,
      status,
      ...(lastModified ? { lastModified } : {}),
    };
  }

  const retryAfterHeader = headers.get('retry-after');
  const retryAfterMs = parseRetryAfter(retryAfterHeader, headers.get('date'), env.now());
  const serverText = 'text' in body ? cleanServerText(body.text, contentType, redact) : undefined;
  const common = {
    status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    ...(serverText ? { serverText } : {}),
  };
  const mayHaveProcessed = !NOT_PROCESSED(status, retryAfterMs !== undefined);
  if (BAD_CREDENTIALS_STATUSES.includes(status)) return failed({ kind: 'bad-credentials', ...common }, false);
  if (status === 429) return failed({ kind: 'rate-limited', ...common }, mayHaveProcessed);
  if (status === 503) return failed({ kind: 'unavailable', ...common }, mayHaveProcessed);
  return failed({ kind: 'http', ...common }, mayHaveProcessed);
}

/** Sends one request with a timeout covering headers and body, and classifies the outcome. Never throws. */
export async function attempt<T>(
  request: AttemptRequest,
  schema: z.ZodType<T>,
  env: AttemptEnv,
): Promise<AttemptOutcome<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), env.timeoutMs);
  const headers: Record<string, string> = { Accept: JSON_MEDIA_TYPE };
  if (request.ifModifiedSince !== undefined) headers['If-Modified-Since'] = request.ifModifiedSince;
  if (request.body !== undefined) headers['Content-Type'] = `${JSON_MEDIA_TYPE}; charset=utf-8`;
  try {
    let response: Response;
    try {
      response = await env.fetch(request.url, {
        method: request.method,
        headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'error',
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) {
        return failed({ kind: 'timeout', reason: `no answer within ${env.timeoutMs} ms` }, true);
      }
      return failed(
        { kind: 'network', reason: env.redact(errorText(error)).slice(0, 200) },
        NETWORK_ERROR_MAY_HAVE_SENT,
      );
    }
    const ok = response.status >= 200 && response.status <= 299;
    let body: BodyRead;
    try {
      body = ok ? await readBody(response, env.maxBodyBytes) : await readBody(response, ERROR_TEXT_LIMIT, true);
    } catch {
      return failed({ kind: 'timeout', status: response.status, reason: 'body not complete in time' }, true);
    }
    return classifyResponse(response.status, response.headers, body, schema, env);
  } finally {
    clearTimeout(timer);
  }
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
