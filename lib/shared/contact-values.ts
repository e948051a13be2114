// Finding → contact values by role: what the popup sends for a chosen person and what the context menu queues for
// a selected address. The background maps roles to the account's fields; roles without a field are not sent.
import type { ContactRole } from '../centrix/types';
import type { FieldMapping } from '../storage/settings-schema';
import { splitName } from './person-name';
import { isLinkedInHost } from './linkedin-url';
import { hostOf } from './site';

export type RoleValues = Partial<Record<ContactRole, string>>;

/** What a detected person may say about themselves (the popup's row and the contract's finding both fit). */
export interface PersonDetails {
  name?: string | undefined;
  title?: string | undefined;
  company?: string | undefined;
  email?: string | undefined;
  profileUrl?: string | undefined;
  phone?: string | undefined;
  location?: string | undefined;
  /** The website of the person's company, where the page gives it. */
  website?: string | undefined;
}

function isLinkedInProfile(url: string): boolean {
  const host = hostOf(url);
  return host !== undefined && isLinkedInHost(host);
}

/** Only detected, non-blank values, trimmed: a role sent empty would erase what Centrix has. */
export function personValues(person: PersonDetails): RoleValues {
  const values: RoleValues = {};
  const name = person.name?.trim();
  if (name) {
    values.fullName = name;
    const { first, last } = splitName(name);
    if (first) values.firstName = first;
    if (last) values.lastName = last;
  }
  const email = person.email?.trim();
  if (email) values.email = email;
  const company = person.company?.trim();
  if (company) values.company = company;
  const title = person.title?.trim();
  if (title) values.jobTitle = title;
  const profileUrl = person.profileUrl?.trim();
  if (profileUrl && isLinkedInProfile(profileUrl)) values.linkedinUrl = profileUrl;
  const phone = person.phone?.trim();
  if (phone) values.phone = phone;
  const location = person.location?.trim();
  if (location) values.location = location;
  const website = person.website?.trim();
  if (website && /^https?:\/\//i.test(website)) values.website = website;
  return values;
}

/**
 * The background refuses a role that has no Centrix field (it would be lost silently otherwise), so callers send
 * only mapped roles and can say which details stay behind.
 */
export function mappedValues(
  values: RoleValues,
  mapping: FieldMapping,
): { values: RoleValues; unmapped: ContactRole[] } {
  const kept: RoleValues = {};
  const unmapped: ContactRole[] = [];
  for (const role of Object.keys(values) as ContactRole[]) {
    if (mapping[role]) kept[role] = values[role];
    else unmapped.push(role);
  }
  return { values: kept, unmapped };
}
