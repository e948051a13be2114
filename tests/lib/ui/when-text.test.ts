import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { whenText } from '../../../lib/ui/when-text';

const now = new Date(2026, 10, 28, 10, 0, 0).getTime();

describe('whenText', () => {
  it('gives the time of day for later today, the date for another day', () => {
    expect(whenText('en', new Date(2026, 10, 28, 14, 5, 9).getTime(), now)).toMatch(/^0?2:05:09\sPM$/);
    expect(whenText('fr', new Date(2026, 10, 28, 14, 5, 9).getTime(), now)).toBe('14:05:09');
    expect(whenText('en', new Date(2026, 10, 29, 0, 30).getTime(), now)).toMatch(/^Nov 29, 2026, 12:30\sAM$/);
    expect(whenText('en', new Date(2036, 0, 15, 3, 25).getTime(), now)).toMatch(/^Jan 15, 2036, 0?3:25\sAM$/);
    expect(whenText('fr', new Date(2036, 0, 15, 3, 25).getTime(), now)).toMatch(/^15 janv\. 2036,? (à )?03:25$/);
  });

  it('never throws and gives nothing for a number no date can hold', () => {
    for (const at of [Number.NaN, Infinity, -Infinity, 1e23, 8.64e15 + 1])
      expect(whenText('en', at, now)).toBeUndefined();
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.constantFrom('en', 'fr'), (at, clock, locale) => {
        const text = whenText(locale, at, clock);
        if (text !== undefined) expect(text).not.toMatch(/Invalid|NaN/);
      }),
    );
  });
});
