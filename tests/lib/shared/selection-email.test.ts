import { describe, expect, it } from 'vitest';
import { selectionEmail } from '../../../lib/shared/selection-email';

describe('an email inside a selection', () => {
  it.each([
    ['Write to Ada.Lovelace@Example.com today', 'ada.lovelace@example.com'],
    ['<a@b.io>, c@d.io', 'a@b.io'],
    ['no address', undefined],
    ['logo@2x', undefined],
    [`${'x'.repeat(5000)} a@b.io`, undefined],
  ])('finds the email in %j', (selection, email) => {
    expect(selectionEmail(selection)).toBe(email);
  });

  it('reads nothing from an empty or absent selection', () => {
    expect(selectionEmail(undefined)).toBeUndefined();
    expect(selectionEmail('')).toBeUndefined();
  });
});
