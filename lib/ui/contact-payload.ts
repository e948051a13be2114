// What the popup sends for a chosen finding: values by role (the background maps roles to the account's fields),
// and which of them would change every contact of an account when sent in an update.
import type { ContactRole } from '../centrix/types';
import { splitName } from '../shared/person-name';
import type { FieldMapping } from '../storage/settings-schema';
import type { EmailView, PersonView } from './view-types';

export type RoleValues = Partial<Record<ContactRole, string>>;

/** Roles Centrix keeps on the account ("Account" tabs), whatever field they map to. */
const ACCOUNT_ROLES: readonly ContactRole[] = ['company', 'website'];
/** Field-name prefixes of account-level custom fields (`AC_`, `ACS_`, `Account_Custom_…`). */
const ACCOUNT_FIELD = /^(AC_|ACS_|Account_)/i;

function isLinkedInProfile(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'linkedin.com' || host.endsWith('.linkedin.com');
  } catch {
    return false;
  }
}

/** Only detected values: a role sent empty would erase what Centrix has. */
export function personValues(person: PersonView): RoleValues {
  const values: RoleValues = {};
  const name = person.name?.trim();
  if (name) {
    values.fullName = name;
    const { first, last } = splitName(name);
    if (first) values.firstName = first;
    if (last) values.lastName = last;
  }
  if (person.email) values.email = person.email;
  if (person.company?.trim()) values.company = person.company.trim();
  if (person.title?.trim()) values.jobTitle = person.title.trim();
  if (person.profileUrl && isLinkedInProfile(person.profileUrl)) values.linkedinUrl = person.profileUrl;
  return values;
}

export function emailValues(email: EmailView): RoleValues {
  return { email: email.address };
}

/** The roles of `values` that are account-level, given the stored mapping; unmapped roles are never sent. */
export function accountLevelRoles(values: RoleValues, mapping: FieldMapping): ContactRole[] {
  return (Object.keys(values) as ContactRole[]).filter((role) => {
    const field = mapping[role];
    if (!field || !values[role]) return false;
    return ACCOUNT_ROLES.includes(role) || ACCOUNT_FIELD.test(field);
  });
}

/**
 * The background refuses a role that has no Centrix field (it would be lost silently otherwise), so the popup sends
 * only mapped roles and tells the user which details stay behind.
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

export function withoutRoles(values: RoleValues, roles: readonly ContactRole[]): RoleValues {
  const copy: RoleValues = { ...values };
  for (const role of roles) delete copy[role];
  return copy;
}
