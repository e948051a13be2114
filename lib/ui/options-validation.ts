// Inline validation of the options form, as a pure function so the rules are tested without a DOM.
import type { MessageKey } from '../i18n';

export interface CredentialsDraft {
  account: string;
  /** A new key typed by the user; empty means "keep the saved one". */
  apiKey: string;
  /** Sandbox builds only; empty means the production service. */
  apiBaseUrl: string;
}

export type FormField = 'account' | 'apiKey' | 'apiBaseUrl';
export type FormErrors = Partial<Record<FormField, MessageKey>>;

const ACCOUNT = /^\d{1,18}$/;
// Key characters that would break the URL path the key travels in (`-` separates its parts, `/`, `?`, `#` end it).
const KEY_FORBIDDEN = /[\s/?#%\\-]/;

export function validateCredentials(draft: CredentialsDraft, keySaved: boolean, sandbox: boolean): FormErrors {
  const errors: FormErrors = {};
  const account = draft.account.trim();
  if (account === '') errors.account = 'optionsErrorAccountRequired';
  else if (!ACCOUNT.test(account)) errors.account = 'optionsErrorAccountDigits';

  const key = draft.apiKey.trim();
  if (key === '' && !keySaved) errors.apiKey = 'optionsErrorKeyRequired';
  else if (key !== '' && KEY_FORBIDDEN.test(key)) errors.apiKey = 'optionsErrorKeyCharacters';

  if (sandbox && draft.apiBaseUrl.trim() !== '' && !isHttpUrl(draft.apiBaseUrl.trim())) {
    errors.apiBaseUrl = 'optionsErrorBaseUrl';
  }
  return errors;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export function hasErrors(errors: FormErrors): boolean {
  return Object.keys(errors).length > 0;
}
