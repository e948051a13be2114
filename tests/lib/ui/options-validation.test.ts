import { describe, expect, it } from 'vitest';
import { hasErrors, validateCredentials } from '../../../lib/ui/options-validation';

const ok = { account: '12345', apiKey: 'AbC123xyz', apiBaseUrl: '' };

describe('validateCredentials', () => {
  it('accepts a digit account and a plain key', () => {
    expect(validateCredentials(ok, false, false)).toEqual({});
    expect(hasErrors(validateCredentials(ok, false, false))).toBe(false);
  });

  it.each([
    ['', 'optionsErrorAccountRequired'],
    ['   ', 'optionsErrorAccountRequired'],
    ['12a45', 'optionsErrorAccountDigits'],
    ['-12', 'optionsErrorAccountDigits'],
    ['1234567890123456789', 'optionsErrorAccountDigits'],
  ])('account %j → %s', (account, error) => {
    expect(validateCredentials({ ...ok, account }, false, false).account).toBe(error);
  });

  it('requires a key only when none is saved', () => {
    expect(validateCredentials({ ...ok, apiKey: '' }, false, false).apiKey).toBe('optionsErrorKeyRequired');
    expect(validateCredentials({ ...ok, apiKey: '' }, true, false).apiKey).toBeUndefined();
  });

  it.each(['with space', 'a-b', 'a/b', 'a?b', 'a#b', 'a%b'])('refuses key %j that would break the URL', (apiKey) => {
    expect(validateCredentials({ ...ok, apiKey }, false, false).apiKey).toBe('optionsErrorKeyCharacters');
  });

  it('checks the developer URL only in sandbox builds', () => {
    const draft = { ...ok, apiBaseUrl: 'ftp://example' };
    expect(validateCredentials(draft, false, false).apiBaseUrl).toBeUndefined();
    expect(validateCredentials(draft, false, true).apiBaseUrl).toBe('optionsErrorBaseUrl');
    expect(validateCredentials({ ...ok, apiBaseUrl: 'http://user:pw@127.0.0.1:1' }, false, true).apiBaseUrl).toBe(
      'optionsErrorBaseUrl',
    );
    expect(validateCredentials({ ...ok, apiBaseUrl: 'http://127.0.0.1:8787/API_WEB' }, false, true)).toEqual({});
  });
});
