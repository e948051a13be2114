import { describe, expect, it } from 'vitest';
import { menuItem, menuRequestId } from '../../../lib/background/context-menu';

describe('context menu', () => {
  it('offers "Add to Centrix" on selections, in the UI language', () => {
    expect(menuItem('en')).toEqual({ id: 'centrix-add-selection', title: 'Add to Centrix', contexts: ['selection'] });
    expect(menuItem('fr').title).toBe('Ajouter à Centrix');
  });

  it('gives one request id per email, valid for the contract', () => {
    expect(menuRequestId('a@b.io')).toBe(menuRequestId('a@b.io'));
    expect(menuRequestId('a@b.io')).not.toBe(menuRequestId('a@b.iq'));
    expect(menuRequestId('a@b.io')).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  });
});
