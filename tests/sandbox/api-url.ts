// Parses `/API_WEB/{EN|FR}/{Resource}-{Account}-{Key}[-{BaseFilter}].awp`. The key may itself contain dashes (the
// default sandbox key does), so the path is matched against the key the server knows rather than split blindly.
// No message produced here contains the key or the account from the URL.

import { RESOURCES, type ResourceName } from './schema.ts';

export type Language = 'EN' | 'FR';

export interface ApiUrl {
  language: Language;
  resource: ResourceName;
  /** The base filter segment, undefined when the URL has none. */
  baseFilter: string | undefined;
}

export interface UrlError {
  status: number;
  message: string;
}

export const API_PREFIX = '/API_WEB/';
const SHAPE = 'expected /API_WEB/{EN|FR}/{Resource}-{Account}-{Key}[-{BaseFilter}].awp';

export function parseApiPath(pathname: string, account: string, key: string): ApiUrl | UrlError {
  if (!pathname.startsWith(API_PREFIX)) return { status: 404, message: 'Not found.' };
  const segments = pathname.slice(API_PREFIX.length).split('/');
  const last = segments[segments.length - 1] ?? '';
  if (!last.toLowerCase().endsWith('.awp')) return { status: 404, message: 'Not found: API pages end with .awp.' };
  const [lang, encodedName] = segments;
  if (segments.length !== 2 || lang === undefined || encodedName === undefined) {
    return { status: 400, message: `Malformed URL: ${SHAPE}.` };
  }
  const language = lang.toUpperCase();
  if (language !== 'EN' && language !== 'FR') {
    return { status: 400, message: 'Malformed URL: the language segment must be EN or FR.' };
  }
  let name: string;
  try {
    name = decodeURIComponent(encodedName.slice(0, -'.awp'.length));
  } catch {
    return { status: 400, message: 'Malformed URL: invalid percent-encoding.' };
  }
  const parts = name.split('-');
  const [resourceName, urlAccount] = parts;
  if (parts.length < 3 || !resourceName || !urlAccount) return { status: 400, message: `Malformed URL: ${SHAPE}.` };
  const resource = RESOURCES.find((candidate) => candidate.toLowerCase() === resourceName.toLowerCase());
  if (!resource) return { status: 404, message: `Unknown resource "${resourceName}".` };
  const rest = parts.slice(2).join('-');
  let baseFilter: string | undefined;
  if (rest === key) baseFilter = undefined;
  else if (rest.startsWith(`${key}-`)) baseFilter = rest.slice(key.length + 1);
  else return { status: 401, message: 'Unauthorized: invalid API key.' };
  if (urlAccount !== account)
    return { status: 403, message: 'Forbidden: this API key does not belong to that account.' };
  if (baseFilter === '') return { status: 400, message: 'Malformed URL: empty base filter after the last "-".' };
  return { language, resource, baseFilter };
}

export const isUrlError = (value: ApiUrl | UrlError): value is UrlError => 'status' in value;
