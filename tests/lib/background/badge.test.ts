import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, peopleCount } from '../../../lib/background/badge';
import type { TabState } from '../../../lib/messaging/contract';

const state = (overrides: Partial<TabState> = {}, lookup: Partial<TabState['lookup']> = {}): TabState => ({
  tabId: 1,
  url: 'https://example.com/',
  updatedAt: 1,
  findings: {
    people: [
      { name: 'Ada', email: 'ADA@example.com', source: 's', confidence: 1 },
      { name: 'Alan', profileUrl: 'https://www.linkedin.com/in/alan', source: 's', confidence: 1 },
    ],
    emails: [
      { address: 'ada@example.com', source: 's', confidence: 1 },
      { address: 'info@example.com', source: 's', confidence: 1 },
    ],
    companies: [],
    missing: [],
  },
  lookup: { status: 'done', matches: [], companies: [], ...lookup },
  ...overrides,
});

describe('badge', () => {
  it('counts each person once, plus emails that belong to nobody found', () => {
    expect(peopleCount(state())).toBe(3);
  });

  it.each([
    ['nothing found', null, { text: '', color: BADGE_COLORS.unchecked }],
    ['not looked up yet', state({}, { status: 'pending' }), { text: '3', color: BADGE_COLORS.unchecked }],
    ['no credentials', state({}, { status: 'not-configured' }), { text: '3', color: BADGE_COLORS.unchecked }],
    [
      'someone new',
      state(
        {},
        {
          matches: [
            { kind: 'email', key: 'ada@example.com', known: true },
            { kind: 'email', key: 'info@example.com', known: false },
          ],
        },
      ),
      { text: '3', color: BADGE_COLORS.someNew },
    ],
    [
      'everyone known',
      state({}, { matches: [{ kind: 'email', key: 'ada@example.com', known: true }] }),
      { text: '3', color: BADGE_COLORS.allKnown },
    ],
  ])('%s', (_label, tab, badge) => {
    expect(badgeFor(tab)).toEqual(badge);
  });

  it('caps the text at 99+', () => {
    const many = state();
    many.findings.emails = Array.from({ length: 150 }, (_, i) => ({
      address: `p${i}@x.com`,
      source: 's',
      confidence: 1,
    }));
    expect(badgeFor(many).text).toBe('99+');
  });
});
