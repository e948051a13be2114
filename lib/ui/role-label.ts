import { t, type Locale, type MessageKey } from '../i18n';
import type { ContactRole } from '../centrix/types';

/** `jobTitle` → the `optionsRoleJobTitle` message ("Job title"). */
export function roleLabel(locale: Locale, role: ContactRole): string {
  return t(locale, `optionsRole${role[0]!.toUpperCase()}${role.slice(1)}` as MessageKey);
}
