// Inline validation of the options form, as a pure function so the rules are tested without a DOM. The account and
// key formats are the API client's own (lib/shared/credential-format.ts): the form accepts exactly what can be sent.
import type { MessageKey } from '../i18n';
import { isAccountFormat, isApiKeyFormat } from '../shared/credential-format';

export interface CredentialsDraft {
  account: string;
  /** A new key typed by the user; empty means "keep the saved one". */
  apiKey: string;
  /** Sandbox builds only; empty means the production service. */
  apiBaseUrl: string;
}

export type FormField = 'account' | 'apiKey' | 'apiBaseUrl';
export type FormErrors = Partial<Record<FormField, MessageKey>>;

export function validateCredentials(draft: CredentialsDraft, keySaved: boolean, sandbox: boolean): FormErrors {
  const errors: FormErrors = {};
  const account = draft.account.trim();
  if (account === '') errors.account = 'optionsErrorAccountRequired';
  else if (!isAccountFormat(account)) errors.account = 'optionsErrorAccountCharacters';

  const key = draft.apiKey.trim();
  if (key === '' && !keySaved) errors.apiKey = 'optionsErrorKeyRequired';
  else if (key !== '' && !isApiKeyFormat(key)) errors.apiKey = 'optionsErrorKeyCharacters';

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
