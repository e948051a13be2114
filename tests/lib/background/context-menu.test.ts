import { describe, expect, it } from 'vitest';
import { emailIn, menuItem, menuRequestId } from '../../../lib/background/context-menu';

describe('context menu', () => {
  it('offers "Add to Centrix" on selections, in the UI language', () => {
    expect(menuItem('en')).toEqual({ id: 'centrix-add-selection', title: 'Add to Centrix', contexts: ['selection'] });
    expect(menuItem('fr').title).toBe('Ajouter à Centrix');
  });

  it.each([
    ['Write to Ada.Lovelace@Example.com today', 'ada.lovelace@example.com'],
    ['<a@b.io>, c@d.io', 'a@b.io'],
    ['no address', undefined],
    ['logo@2x', undefined],
    [`${'x'.repeat(5000)} a@b.io`, undefined],
  ])('finds the email in %j', (selection, email) => {
    expect(emailIn(selection)).toBe(email);
  });

  it('gives one request id per email, valid for the contract', () => {
    expect(menuRequestId('a@b.io')).toBe(menuRequestId('a@b.io'));
    expect(menuRequestId('a@b.io')).not.toBe(menuRequestId('a@b.iq'));
    expect(menuRequestId('a@b.io')).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  });
});
