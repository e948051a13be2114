// Detector codes (`linkedin.currentCompany`, `linkedin.topCard`) become catalogue keys by a fixed rule, so the
// detection helper can add a text for a new code without touching the UI; an unknown code still reads sensibly.
import { t, type Locale, type MessageKey } from '../i18n';

/** `linkedin.currentCompany` → `LinkedinCurrentCompany`. */
export function codeToKeyPart(code: string): string {
  return code
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function lookup(locale: Locale, key: string): string | undefined {
  const text = t(locale, key as MessageKey);
  return text === key ? undefined : text;
}

/** The text for a `missing` code: the detection helper's `detectMissing…` message, else a generic sentence. */
export function missingText(locale: Locale, code: string): string {
  return lookup(locale, `detectMissing${codeToKeyPart(code)}`) ?? t(locale, 'uiMissingGeneric');
}

/** "from LinkedIn top card": a known source's message, else the code itself inside a generic phrase. */
export function sourceText(locale: Locale, source: string): string {
  const part = codeToKeyPart(source);
  return (
    lookup(locale, `detectSource${part}`) ?? lookup(locale, `uiSource${part}`) ?? t(locale, 'uiSourceOther', source)
  );
}
