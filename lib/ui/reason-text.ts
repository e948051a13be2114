// Failure codes from the background (Centrix failure kinds, outbox reasons, message error codes) in words.
import { t, type Locale, type MessageKey } from '../i18n';
import type { ErrorResponse } from '../messaging/contract';
import { codeToKeyPart } from './finding-text';

/** `bad-credentials` → the `uiReasonBadCredentials` message; an unknown code stays readable. */
export function reasonText(locale: Locale, reason: string): string {
  const key = `uiReason${codeToKeyPart(reason)}`;
  const text = t(locale, key as MessageKey);
  return text === key ? t(locale, 'uiReasonOther', reason) : text;
}

/** The background's own sentence when it gave one (already redacted and localised), else the code's text. */
export function errorText(locale: Locale, error: ErrorResponse): string {
  if (error.message) return error.message;
  if (error.error === 'failed') return reasonText(locale, error.reason ?? 'unexpected');
  // The message-level `unavailable` is about the extension itself, not the Centrix service of the same name.
  return reasonText(locale, error.error === 'unavailable' ? 'extension-unavailable' : error.error);
}
