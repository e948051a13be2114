// The sandbox's record of API requests, for tests. The key never enters it: the key part of the path becomes
// `[key]` (and so does anything that might be a wrong key, since its end cannot be told from a base filter).

export interface RequestLogEntry {
  time: string;
  method: string;
  /** Path and query as received, with the key replaced by `[key]`. The account is kept. */
  path: string;
  /** 0 when the connection was destroyed without an answer. */
  status: number;
  /** The injected fault that shaped this answer, if any. */
  fault?: string;
}

export const REDACTED = '[key]';
const LOG_LIMIT = 50_000;

function redactName(name: string, key: string): string {
  const parts = name.split('-');
  if (parts.length < 3) return name;
  const head = `${parts[0]}-${parts[1]}-`;
  const rest = parts.slice(2).join('-');
  if (rest === key) return head + REDACTED;
  if (rest.startsWith(`${key}-`)) return `${head}${REDACTED}${rest.slice(key.length)}`;
  return head + REDACTED;
}

export function redactUrl(rawUrl: string, key: string): string {
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt < 0 ? '' : rawUrl.slice(queryAt);
  const segments = path.split('/');
  const last = segments.length - 1;
  const lastSegment = segments[last] ?? '';
  if (path.startsWith('/API_WEB/') && lastSegment.includes('-')) {
    let name: string;
    try {
      name = decodeURIComponent(lastSegment);
    } catch {
      name = lastSegment;
    }
    const page = name.toLowerCase().endsWith('.awp') ? name.slice(-4) : '';
    segments[last] = redactName(name.slice(0, name.length - page.length), key) + page;
  }
  let redacted = segments.join('/') + query;
  // Belt and braces: a key pasted anywhere else (query string, doubled segment) is hidden too.
  for (const form of new Set([key, encodeURIComponent(key)])) {
    if (form !== '') redacted = redacted.split(form).join(REDACTED);
  }
  return redacted;
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > LOG_LIMIT) this.entries.splice(0, this.entries.length - LOG_LIMIT);
  }

  list(): RequestLogEntry[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.entries = [];
  }
}
