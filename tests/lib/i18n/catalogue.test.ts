import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { t, toLocale } from '../../../lib/i18n';

describe('locale catalogues', () => {
  it('French has exactly the English keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('every French message is non-empty and keeps the same $n placeholders', () => {
    for (const [key, value] of Object.entries(en)) {
      const french = (fr as Record<string, { message: string }>)[key]!.message;
      expect(french.trim(), key).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();
      expect(holes(french), key).toEqual(holes(value.message));
    }
  });

  it('substitutes and picks the language', () => {
    expect(t('fr', 'optionsHeading')).toBe('Paramètres de Centrix Capture');
    expect(t('en', 'optionsHeading')).toBe('Centrix Capture settings');
    expect(toLocale('fr-CA')).toBe('fr');
    expect(toLocale('de')).toBe('en');
    expect(toLocale(undefined)).toBe('en');
  });
});
