// The toolbar badge of a tab: how many people were found there, in a colour that says whether some are new to
// Centrix (worth adding), all known, or not checked (no credentials, lookup failed).
import type { TabState } from '../messaging/contract';

export interface Badge {
  text: string;
  color: string;
}

export const BADGE_COLORS = {
  /** Someone on the page is not in Centrix yet. */
  someNew: '#D93025',
  /** Everyone found is already in Centrix. */
  allKnown: '#188038',
  /** Not looked up (yet): no credentials, lookup pending or failed. */
  unchecked: '#5F6368',
} as const;

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
