// The two error answers every Centrix-backed handler gives: no credentials yet, or the call failed (with the
// failure's kind and its sentence in the user's language, already redacted by the client).
import type { CentrixFailure } from '../../centrix';
import { t, type Locale } from '../../i18n';
import type { ErrorResponse } from '../../messaging/contract';

export function notConfigured(locale: Locale): ErrorResponse & { error: 'not-configured' } {
  return { ok: false, error: 'not-configured', message: t(locale, 'bgNotConfigured') };
}

export function failed(failure: CentrixFailure, locale: Locale): ErrorResponse & { error: 'failed' } {
  return { ok: false, error: 'failed', reason: failure.kind, message: failure.message(locale) };
}
