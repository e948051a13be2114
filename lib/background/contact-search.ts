// Finds contacts by several values at once: one GET with `v1 OR v2 OR …` (over one or several fields), split into
// more GETs only when the URL would grow too long. Shared by the page lookups and the outbox's reconciliation.
import { QUERY_ENCODE } from '../centrix/assumptions';
import { chunkBy } from '../shared/chunks';
import {
  encodeFilter,
  or,
  where,
  type CentrixClient,
  type CentrixContact,
  type CentrixResult,
  type FilterOperator,
} from '../centrix';

export interface SearchTerm {
  field: string;
  op: FilterOperator;
  value: string;
}

/** Keep each URL under ~1,800 characters: servers (IIS by default) refuse long query strings. */
export const MAX_URL_CHARS = 1800;

/** Groups terms so that each group's encoded `filters` parameter stays within `maxChars`; never an empty group. */
export function chunkTerms(terms: readonly SearchTerm[], maxChars: number): SearchTerm[][] {
  return chunkBy(dedupe(terms), encodedLength, maxChars);
}

function dedupe(terms: readonly SearchTerm[]): SearchTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const id = `${t.field}\t${t.op}\t${t.value.toLowerCase()}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

const toFilter = (terms: readonly SearchTerm[]) => or(...terms.map((t) => where(t.field, t.op, t.value)));
const encodedLength = (terms: readonly SearchTerm[]) => QUERY_ENCODE(encodeFilter(toFilter(terms))).length;

/**
 * Reads the contacts matching any term, asking only for `fields`. `urlOverhead` is the length of everything in the
 * URL but the filter (base URL, credentials, fields), known only to the caller.
 */
export async function searchContacts(
  client: CentrixClient,
  terms: readonly SearchTerm[],
  fields: readonly string[],
  urlOverhead: number,
): Promise<CentrixResult<CentrixContact[]> & { requests: number }> {
  const budget = Math.max(200, MAX_URL_CHARS - urlOverhead - QUERY_ENCODE(fields.join(',')).length);
  const found: CentrixContact[] = [];
  let fromCache = true;
  const chunks = chunkTerms(terms, budget);
  for (const chunk of chunks) {
    const result = await client.readContacts({ base: ['all'], fields: [...new Set(fields)], filters: toFilter(chunk) });
    if (!result.ok) return { ...result, requests: chunks.length };
    found.push(...result.value);
    fromCache &&= result.fromCache;
  }
  return { ok: true, value: found, fromCache, requests: chunks.length };
}

/** A field's value as text, for comparing with what we looked for. */
export function fieldText(contact: CentrixContact, field: string): string | undefined {
  const value = contact[field];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** LinkedIn profiles are stored in many spellings: compare `linkedin.com/in/slug`, lower-cased, without the rest. */
export function profileKey(url: string): string {
  const match = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com(\/(?:in|pub|company)\/[^/?#\s]+)/i.exec(url.trim());
  if (match) return `linkedin.com${decodeSafe(match[1]!)}`.toLowerCase();
  return url
    .trim()
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

function decodeSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
