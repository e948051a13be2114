// The toolbar badge of a tab: how many people were found there, in a colour that says whether some are new to
// Centrix (worth adding), all known, or not checked (no credentials, lookup failed).
import type { TabState } from '../messaging/contract';

export interface Badge {
  text: string;
  color: string;
}

/**
 * Each state's pill and the text drawn on it. "Someone is new" is the one worth a glance: an orange that stands out
 * (3:1 or more) on both browsers' light and dark toolbars, with black text on it (6:1); white text could not reach
 * 4.5:1 on any colour that also stands out on both. tests/lib/background/badge-contrast.test.ts measures all of it.
 */
export const BADGE_STYLES = {
  /** Someone on the page is not in Centrix yet. */
  someNew: { background: '#F4511E', text: '#000000' },
  /** Everyone found is already in Centrix. */
  allKnown: { background: '#188038', text: '#FFFFFF' },
  /** Not looked up (yet): no credentials, lookup pending or failed. */
  unchecked: { background: '#5F6368', text: '#FFFFFF' },
} as const;

export const BADGE_COLORS = {
  someNew: BADGE_STYLES.someNew.background,
  allKnown: BADGE_STYLES.allKnown.background,
  unchecked: BADGE_STYLES.unchecked.background,
} as const;

/** The text colour that goes with a badge's background. */
export function badgeTextColor(background: string): string {
  return Object.values(BADGE_STYLES).find((style) => style.background === background)?.text ?? '#FFFFFF';
}

/** People on the page: each person once (by email or profile), plus emails that belong to no person found. */
export function peopleCount(state: TabState): number {
  const keys = new Set<string>();
  for (const p of state.findings.people) {
    keys.add(p.email?.toLowerCase() ?? p.profileUrl ?? `name:${p.name ?? ''}:${p.company ?? ''}`);
  }
  for (const e of state.findings.emails) keys.add(e.address.toLowerCase());
  return keys.size;
}

export function badgeFor(state: TabState | null): Badge {
  if (!state) return { text: '', color: BADGE_COLORS.unchecked };
  const count = peopleCount(state);
  if (count === 0) return { text: '', color: BADGE_COLORS.unchecked };
  const text = count > 99 ? '99+' : String(count);
  // Names alone are not looked up: with nothing checked, the colour claims nothing.
  if (state.lookup.status !== 'done' || state.lookup.matches.length === 0)
    return { text, color: BADGE_COLORS.unchecked };
  const someNew = state.lookup.matches.some((m) => !m.known);
  return { text, color: someNew ? BADGE_COLORS.someNew : BADGE_COLORS.allKnown };
}
