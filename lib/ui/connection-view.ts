import type { Locale } from '../i18n';
import type { ConnectionResult, ErrorResponse } from '../messaging/contract';
import { errorText } from './reason-text';
import type { ConnectionView } from './view-types';

/** Retry-After is only known as text inside the background's message; the view shows that message as it came. */
export function connectionView(result: ConnectionResult): ConnectionView {
  const message = result.message;
  switch (result.result) {
    case 'success':
      return result.lists === undefined ? { kind: 'ok' } : { kind: 'ok', lists: result.lists };
    case 'bad-credentials':
      return message ? { kind: 'bad-credentials', message } : { kind: 'bad-credentials' };
    case 'unavailable':
      return message ? { kind: 'unavailable', message } : { kind: 'unavailable' };
    case 'error':
      return { kind: 'error', message: message ?? '' };
  }
}

export function connectionFailure(locale: Locale, error: ErrorResponse): ConnectionView {
  if (error.error === 'failed' && error.reason === 'bad-credentials') {
    return error.message ? { kind: 'bad-credentials', message: error.message } : { kind: 'bad-credentials' };
  }
  if (error.error === 'failed' && (error.reason === 'unavailable' || error.reason === 'rate-limited')) {
    return error.message ? { kind: 'unavailable', message: error.message } : { kind: 'unavailable' };
  }
  return { kind: 'error', message: errorText(locale, error) };
}
