import { describe, expect, it } from 'vitest';
import { BADGE_STYLES, badgeTextColor } from '../../../lib/background/badge';

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

// The toolbars the badge is drawn on: Chrome's and Firefox's default light and dark themes.
const TOOLBARS = {
  'Chrome light': '#FFFFFF',
  'Chrome dark': '#35363A',
  'Firefox light': '#F9F9FB',
  'Firefox dark': '#2B2A33',
};

describe('badge colours', () => {
  it.each(Object.entries(BADGE_STYLES))('%s: its text is readable on its pill (4.5:1 or more)', (_, style) => {
    expect(contrast(style.text, style.background)).toBeGreaterThanOrEqual(4.5);
    expect(badgeTextColor(style.background)).toBe(style.text);
  });

  it.each(Object.entries(TOOLBARS))('"someone is new" stands out on the %s toolbar (3:1 or more)', (_, toolbar) => {
    expect(contrast(BADGE_STYLES.someNew.background, toolbar)).toBeGreaterThanOrEqual(3);
  });

  it('"someone is new" does not look like the other states', () => {
    const others = [BADGE_STYLES.allKnown, BADGE_STYLES.unchecked];
    for (const other of others) {
      expect(other.background).not.toBe(BADGE_STYLES.someNew.background);
      expect(other.text).not.toBe(BADGE_STYLES.someNew.text);
    }
  });
});
