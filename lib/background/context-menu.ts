// "Add to Centrix" on selected text. The click is a user gesture, so the scanner can be injected into any page
// (activeTab). Decision: when the selection holds an email that Centrix does not know yet, a create is queued in the
// outbox right away (with what the page says about that person, and the default lists), since the popup cannot be
// opened from a menu click in every browser. Otherwise (a known email, plain text, lookup impossible) nothing is
// written to Centrix: the selection is kept with the tab's findings for the popup (toolbar or Alt+Shift+C) to use.
import type { ContactRole } from '../centrix';
import { t, type Locale } from '../i18n';
import type { TabState } from '../messaging/contract';
import { splitName } from '../shared/person-name';
import type { Settings } from '../storage/settings-schema';
import type { BackgroundDeps } from './deps';
import { handleLookup, scanTab } from './handlers/page';
import { handleContactSave } from './handlers/outbox';

export const MENU_ID = 'centrix-add-selection';

export function menuItem(locale: Locale) {
  return { id: MENU_ID, title: t(locale, 'bgContextMenuAdd'), contexts: ['selection'] as ['selection'] };
}

/** The first email in a selection (bounded: a selection is cut to 1,000 characters first). */
export function emailIn(selection: string): string | undefined {
  const match = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/.exec(selection.slice(0, 1000));
  return match?.[0].toLowerCase();
}

/** A menu request id per email: clicking twice on the same address queues one create. */
export function menuRequestId(email: string): string {
  let hash = 0x811c9dc5;
  for (const char of email) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `menu-${hash.toString(16).padStart(8, '0')}-${email.length}`;
}

function valuesFor(email: string, state: TabState | null, settings: Settings): Partial<Record<ContactRole, string>> {
  const m = settings.fieldMapping;
  const person = state?.findings.people.find((p) => p.email?.toLowerCase() === email);
  const values: Partial<Record<ContactRole, string>> = { email };
  if (!person) return values;
  if (person.name && m.fullName) values.fullName = person.name;
  else if (person.name && m.firstName && m.lastName) {
    // Only non-empty values: a role sent empty would erase what Centrix has.
    const { first, last } = splitName(person.name);
    if (first) values.firstName = first;
    if (last) values.lastName = last;
  }
  if (person.company && m.company) values.company = person.company;
  if (person.title && m.jobTitle) values.jobTitle = person.title;
  if (person.profileUrl && m.linkedinUrl) values.linkedinUrl = person.profileUrl;
  return values;
}

export type MenuOutcome = 'ignored' | 'scanned' | 'known' | 'queued' | 'unchecked';

export async function onMenuClick(
  deps: BackgroundDeps,
  info: { menuItemId: string | number; selectionText?: string },
  tabId: number | undefined,
): Promise<MenuOutcome> {
  if (info.menuItemId !== MENU_ID || tabId === undefined || tabId < 0) return 'ignored';
  const selection = (info.selectionText ?? '').trim().slice(0, 1000);
  const scanned = await scanTab(deps, tabId, selection || undefined);
  const state = 'ok' in scanned ? null : scanned;
  const email = emailIn(selection);
  if (!email) return 'scanned';
  const settings = await deps.settings.read();
  if (!settings.fieldMapping.email) return 'unchecked';
  // Only a lookup that answered "not in Centrix" allows a create: anything less could make a duplicate.
  let match =
    state?.lookup.status === 'done'
      ? state.lookup.matches.find((m) => m.kind === 'email' && m.key === email)
      : undefined;
  if (!match) {
    const answer = await handleLookup(deps, { type: 'ui/lookup', emails: [email], profileUrls: [] });
    if (!answer.ok) return 'unchecked';
    match = answer.matches.find((m) => m.key === email);
  }
  if (!match) return 'unchecked';
  if (match.known) return 'known';
  const saved = await handleContactSave(deps, {
    type: 'ui/contact-save',
    requestId: menuRequestId(email),
    values: valuesFor(email, state, settings),
    listIds: settings.defaultListIds,
  });
  return saved.ok ? 'queued' : 'unchecked';
}
