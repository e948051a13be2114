// The one place Centrix URLs are built:
//   {base}/{LANG}/{Resource}-{Account}-{Key}-{BaseFilter}.awp?fields=…&filters=…
// Inputs that cannot travel as given are refused with a CentrixRequestError, never altered to fit.
import {
  ACCOUNT_PATTERN,
  BASE_FILTER_SEPARATOR,
  BASE_ID_PATTERN,
  CONTACT_SCRIPT_PREFIX,
  DEFAULT_BASE_FILTER,
  DEFAULT_FIELDS,
  FIELD_ABBREVIATIONS,
  FIELD_NAME_FORBIDDEN,
  KEY_PATTERN,
  LANGUAGES,
  LOOPBACK_HOSTS,
  POST_BASE_FILTER,
  QUERY_ENCODE,
} from './assumptions';
import { encodeFilter } from './filters';
import { CentrixRequestError } from './request-error';
import { CENTRIX_RESOURCES } from './types';
import type { BaseFilter, CentrixLanguage, CentrixResource, FieldSpec, FilterExpr } from './types';

export interface Credentials {
  account: string;
  apiKey: string;
}

export interface UrlRequest {
  language: CentrixLanguage;
  resource: CentrixResource;
  /** Read tokens, or `post` for a write (the guide's placeholder `C` is sent). */
  base?: readonly BaseFilter[] | 'post';
  fields?: FieldSpec;
  filters?: FilterExpr;
}

export interface BuiltUrl {
  url: string;
  /** The same request without base URL, account or key: the cache and coalescing identity. */
  canonical: string;
}

/** Builders for base-filter tokens; they validate so a bad id fails where it is made. */
export const baseFilter = {
  contact: (idc: string | number): BaseFilter => token('C', String(idc)),
  external: (externalId: string): BaseFilter => token('E', externalId),
  list: (ids: string | number): BaseFilter => token('S', String(ids)),
  all: 'all' as const satisfies BaseFilter,
};

function token(letter: 'C' | 'E' | 'S', id: string): BaseFilter {
  if (!BASE_ID_PATTERN[letter].test(id)) {
    throw new CentrixRequestError('base-filter', `invalid ${letter} base filter id`, `${letter}${id}`.slice(0, 40));
  }
  return `${letter}${id}`;
}

/** Checks a base-filter token (also those typed by hand, such as `C1234`). */
export function validateBaseFilter(value: string): BaseFilter {
  if (value === 'all') return 'all';
  const letter = value[0];
  if (letter === 'C' || letter === 'E' || letter === 'S') return token(letter, value.slice(1));
  throw new CentrixRequestError('base-filter', 'unknown base filter token', value.slice(0, 40));
}

/** Splits what a person may type (`C1234, C125` or `C1234,C125`) into checked tokens. */
export function parseBaseFilters(text: string): BaseFilter[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(validateBaseFilter);
}

export function validateAccount(account: string): void {
  if (!ACCOUNT_PATTERN.test(account)) {
    throw new CentrixRequestError('account', 'the account number may contain only ASCII letters and digits');
  }
}

export function validateApiKey(apiKey: string): void {
  if (!KEY_PATTERN.test(apiKey)) {
    throw new CentrixRequestError('key', 'the API key may contain only ASCII letters, digits, _, ~ and inner -');
  }
}

/** Returns the base URL without a trailing `/`, after checking it cannot leak the key (https, or http on loopback). */
export function normalizeBaseUrl(baseUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new CentrixRequestError('base-url', 'the base URL is not a URL');
  }
  const loopback = LOOPBACK_HOSTS.includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new CentrixRequestError('base-url', 'the base URL must use https (plain http only on loopback)');
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw new CentrixRequestError('base-url', 'the base URL may not carry credentials, a query or a fragment');
  }
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

export function validateFieldName(name: string): void {
  if (typeof name !== 'string' || name.length === 0 || FIELD_NAME_FORBIDDEN.test(name)) {
    throw new CentrixRequestError('field', 'a field name is empty or contains a comma or control character', name);
  }
}

/** `CC_X` → `Contact_Custom_X` (and `AC_`, `CCS_`, `ACS_`); other names unchanged. */
export function expandFieldName(name: string): string {
  for (const [short, full] of FIELD_ABBREVIATIONS) {
    if (name.startsWith(short)) return full + name.slice(short.length);
  }
  return name;
}

/** `Contact_Custom_X` → `CC_X` (and the others): shorter URLs for long field lists. */
export function abbreviateFieldName(name: string): string {
  for (const [short, full] of FIELD_ABBREVIATIONS) {
    if (name.startsWith(full)) return short + name.slice(full.length);
  }
  return name;
}

/** The `fields` name of a ContactScript (list membership) field. */
export const contactScriptField = (name: string): string => CONTACT_SCRIPT_PREFIX + name;

function encodeFields(fields: FieldSpec): string {
  if (fields === 'all') return 'all';
  if (!Array.isArray(fields) || fields.length === 0) {
    throw new CentrixRequestError('field', 'the field list is empty');
  }
  fields.forEach(validateFieldName);
  return fields.map(QUERY_ENCODE).join(',');
}

/** Always a segment (see DEFAULT_BASE_FILTER in assumptions.ts), `all` when the caller gives none. */
function baseSegment(base: UrlRequest['base']): string {
  if (base === 'post') return POST_BASE_FILTER;
  if (base === undefined || base.length === 0) return DEFAULT_BASE_FILTER;
  const tokens = base.map(validateBaseFilter);
  if (tokens.includes('all') && tokens.length > 1) {
    throw new CentrixRequestError('base-filter', '`all` cannot be combined with other tokens', tokens.join(','));
  }
  return tokens.join(BASE_FILTER_SEPARATOR);
}

/** Builds the URL of one request. Throws CentrixRequestError for anything that cannot be sent as given. */
export function buildUrl(baseUrl: string, credentials: Credentials, request: UrlRequest): BuiltUrl {
  const root = normalizeBaseUrl(baseUrl);
  validateAccount(credentials.account);
  validateApiKey(credentials.apiKey);
  if (!LANGUAGES.includes(request.language)) {
    throw new CentrixRequestError('language', 'the language must be EN or FR', String(request.language));
  }
  if (!CENTRIX_RESOURCES.includes(request.resource)) {
    throw new CentrixRequestError('resource', 'unknown resource', String(request.resource).slice(0, 40));
  }
  const base = baseSegment(request.base);
  const fields = request.base === 'post' ? undefined : encodeFields(request.fields ?? DEFAULT_FIELDS);
  const filters = request.filters === undefined ? undefined : encodeFilter(request.filters);

  const query: string[] = [];
  if (fields !== undefined) query.push(`fields=${fields}`);
  if (filters !== undefined) query.push(`filters=${QUERY_ENCODE(filters)}`);
  const queryString = query.length > 0 ? `?${query.join('&')}` : '';
  const path = [request.resource, credentials.account, credentials.apiKey, base];
  return {
    url: `${root}/${request.language}/${path.join('-')}.awp${queryString}`,
    canonical: [request.language, request.resource, base, fields ?? '', filters ?? ''].join('\n'),
  };
}
