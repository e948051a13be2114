// Components get their language from context rather than a prop on every element: the UI language is a setting
// that can change while a page is open, and one provider re-renders the whole tree with the new catalogue.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { t, type Locale, type MessageKey } from '../../lib/i18n';

export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

const LocaleContext = createContext<Locale>('en');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useT(): Translate {
  const locale = useContext(LocaleContext);
  return (key, ...subs) => t(locale, key, ...subs);
}
