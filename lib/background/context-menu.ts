// "Add to Centrix" on selected text. The click is a user gesture, so the scanner can be injected into any page
// (activeTab). Decision: when the selection holds an email that Centrix does not know yet, a create is queued in the
// outbox right away (with what the page says about that person, and the default lists), since the popup cannot be
// opened from a menu click in every browser. Otherwise (a known email, plain text, lookup impossible) nothing is
// written to Centrix: the selection is kept with the tab's findings for the popup (toolbar or Alt+Shift+C) to use.
import { t, type Locale } from '../i18n';
import type { TabState } from '../messaging/contract';
import { mappedValues, personValues, type RoleValues } from '../shared/contact-values';
import { MAX_SELECTION_CHARS, selectionEmail } from '../shared/selection-email';
import type { Settings } from '../storage/settings-schema';
import type { BackgroundDeps } from './deps';
import { handleLookup, scanTab } from './handlers/page';
import { handleContactSave } from './handlers/outbox';

export const MENU_ID = 'centrix-add-selection';

export function menuItem(locale: Locale) {
  return { id: MENU_ID, title: t(locale, 'bgContextMenuAdd'), contexts: ['selection'] as ['selection'] };
}

/** A menu request id per email: clicking twice on the same address queues one create. */
export function menuRequestId(email: string): string {
  let hash = 0x811c9dc5;
  for (const char of email) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `menu-${hash.toString(16).padStart(8, '0')}-${email.length}`;
}

/** What the page says about the person of `email`, as the popup would send it: only mapped roles. */
function valuesFor(email: string, state: TabState | null, settings: Settings): RoleValues {
  const person = state?.findings.people.find((p) => p.email?.toLowerCase() === email);
  return mappedValues({ ...(person ? personValues(person) : {}), email }, settings.fieldMapping).values;
}

export type MenuOutcome = 'ignored' | 'scanned' | 'known' | 'queued' | 'unchecked';

export async function onMenuClick(
  deps: BackgroundDeps,
  info: { menuItemId: string | number; selectionText?: string },
  tabId: number | undefined,
): Promise<MenuOutcome> {
  if (info.menuItemId !== MENU_ID || tabId === undefined || tabId < 0) return 'ignored';
  const selection = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION_CHARS);
  const scanned = await scanTab(deps, tabId, selection || undefined);
  const state = 'ok' in scanned ? null : scanned;
  const email = selectionEmail(selection);
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
