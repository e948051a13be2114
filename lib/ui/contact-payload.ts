// What the popup sends for a chosen finding: values by role (lib/shared/contact-values.ts owns the person → values
// rule), and which of them would change every contact of an account when sent in an update.
import type { ContactRole } from '../centrix/types';
import type { RoleValues } from '../shared/contact-values';
import type { FieldMapping } from '../storage/settings-schema';
import type { EmailView } from './view-types';

/** Roles Centrix keeps on the account ("Account" tabs), whatever field they map to. */
const ACCOUNT_ROLES: readonly ContactRole[] = ['company', 'website'];
/** Field-name prefixes of account-level custom fields (`AC_`, `ACS_`, `Account_Custom_…`). */
const ACCOUNT_FIELD = /^(AC_|ACS_|Account_)/i;

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

export function withoutRoles(values: RoleValues, roles: readonly ContactRole[]): RoleValues {
  const copy: RoleValues = { ...values };
  for (const role of roles) delete copy[role];
  return copy;
}
