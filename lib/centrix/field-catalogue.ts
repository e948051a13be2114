// Which fields an account has, learned from its contacts (the API has no schema resource): first the ids only,
// then `fields=all` for a few of the most recent contacts. See CATALOGUE_SAMPLE_SIZE in assumptions.ts.
import { CATALOGUE_SAMPLE_SIZE, SAMPLE_VALUE_LENGTH, SYSTEM_FIELDS } from './assumptions';
import { anyOf } from './filters';
import type { CentrixContact, CentrixResult, FieldCatalogue, ReadOptions, ReadQuery } from './types';
import { baseFilter } from './url';

type ReadContacts = (query?: ReadQuery, options?: ReadOptions) => Promise<CentrixResult<CentrixContact[]>>;

const CONTAINER = 'ContactScript';
const LIST_ID = 'ids';

/** Up to `size` ids, highest (most recent) first; numeric ids sort as numbers. */
export function sampleIds(ids: readonly (string | number)[], size = CATALOGUE_SAMPLE_SIZE): string[] {
  const unique = [...new Set(ids.map(String).filter((id) => id !== ''))];
  const numeric = unique.every((id) => /^\d+$/.test(id));
  const sorted = numeric ? unique.sort((a, b) => Number(b) - Number(a)) : unique;
  return sorted.slice(0, size);
}

/** A value worth showing as an example of what a field holds: a non-blank text or number, shortened. */
function sampleOf(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  return text.length > SAMPLE_VALUE_LENGTH ? `${text.slice(0, SAMPLE_VALUE_LENGTH - 1)}…` : text;
}

/**
 * The field names found on contacts that can hold a detail (contact level; ids, ExternalID and the list container
 * left out) with a sample value of each, and the fields of their list memberships, in first-seen order.
 */
export function fieldsOf(contacts: readonly CentrixContact[]): Omit<FieldCatalogue, 'known'> {
  const contactFields = new Set<string>();
  const samples: Record<string, string> = {};
  const scriptFields = new Set<string>();
  let memberships = 0;
  for (const contact of contacts) {
    for (const [name, value] of Object.entries(contact)) {
      if (SYSTEM_FIELDS.has(name) || name === CONTAINER) continue;
      contactFields.add(name);
      const sample = samples[name] === undefined ? sampleOf(value) : undefined;
      if (sample !== undefined) samples[name] = sample;
    }
    for (const entry of contact.ContactScript ?? []) {
      memberships += 1;
      for (const name of Object.keys(entry)) if (name !== LIST_ID) scriptFields.add(name);
    }
  }
  return {
    contactFields: [...contactFields],
    samples,
    contactScriptFields: [...scriptFields],
    contactScriptKnown: memberships > 0,
    sampleSize: contacts.length,
  };
}

const UNKNOWN: FieldCatalogue = {
  known: false,
  contactFields: [],
  samples: {},
  contactScriptFields: [],
  contactScriptKnown: false,
  sampleSize: 0,
};

export async function learnFieldCatalogue(
  readContacts: ReadContacts,
  options?: ReadOptions,
): Promise<CentrixResult<FieldCatalogue>> {
  const ids = await readContacts({ base: ['all'], fields: ['idc'] }, options);
  if (!ids.ok) return ids;
  const sample = sampleIds(ids.value.flatMap((c) => (c.idc === undefined ? [] : [c.idc])));
  if (sample.length === 0) return { ok: true, value: UNKNOWN, fromCache: ids.fromCache };
  const numeric = sample.every((id) => /^\d+$/.test(id));
  const full = await readContacts(
    numeric
      ? { base: sample.map(baseFilter.contact), fields: 'all' }
      : { filters: anyOf('idc', sample), fields: 'all' },
    options,
  );
  if (!full.ok) return full;
  if (full.value.length === 0) return { ok: true, value: UNKNOWN, fromCache: full.fromCache };
  return { ok: true, value: { known: true, ...fieldsOf(full.value) }, fromCache: ids.fromCache && full.fromCache };
}
