// The UI language is a user setting (options page), not the browser's locale, so `browser.i18n` alone cannot serve
// it. Both catalogues are the `_locales` files the manifest uses: one source of truth for every string.
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageKey = keyof typeof en;

type Catalogue = Record<string, { message: string } | undefined>;
const catalogues: Record<Locale, Catalogue> = { en, fr };

/** The message for `key` in `locale`, with `$1`…`$9` replaced by `subs`; English when French lacks it. */
export function t(locale: Locale, key: MessageKey, ...subs: (string | number)[]): string {
  const template = catalogues[locale][key]?.message ?? catalogues.en[key]?.message ?? key;
  return template.replace(/\$([1-9])/g, (whole, n: string) => {
    const sub = subs[Number(n) - 1];
    return sub === undefined ? whole : String(sub);
  });
}

/** Picks a supported locale from a BCP 47 tag such as `fr-CA`; English otherwise. */
export function toLocale(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
