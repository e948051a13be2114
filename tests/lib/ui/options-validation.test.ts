import { describe, expect, it } from 'vitest';
import { buildUrl } from '../../../lib/centrix/url';
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
    ['12 45', 'optionsErrorAccountCharacters'],
    ['-12', 'optionsErrorAccountCharacters'],
    ['1'.repeat(33), 'optionsErrorAccountCharacters'],
  ])('account %j → %s', (account, error) => {
    expect(validateCredentials({ ...ok, account }, false, false).account).toBe(error);
  });

  it('requires a key only when none is saved', () => {
    expect(validateCredentials({ ...ok, apiKey: '' }, false, false).apiKey).toBe('optionsErrorKeyRequired');
    expect(validateCredentials({ ...ok, apiKey: '' }, true, false).apiKey).toBeUndefined();
  });

  it.each(['with space', '-ab', 'ab-', 'a/b', 'a?b', 'a#b', 'a%b', 'a.b', 'clé'])(
    'refuses key %j that would break the URL',
    (apiKey) => {
      expect(validateCredentials({ ...ok, apiKey }, false, false).apiKey).toBe('optionsErrorKeyCharacters');
    },
  );

  // The form and the API client share one definition: whatever one accepts, so does the other.
  it.each([
    ['1234', 'sandbox-key'],
    ['AB12', 'a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
    ['9', 'k_~x'],
  ])('accepts account %j with key %j, which the API client sends', (account, apiKey) => {
    expect(validateCredentials({ account, apiKey, apiBaseUrl: '' }, false, false)).toEqual({});
    expect(() =>
      buildUrl('https://api.centrix.one/API_WEB', { account, apiKey }, { language: 'EN', resource: 'Scripts' }),
    ).not.toThrow();
  });

  it.each([
    ['12 4', 'key'],
    ['1234', 'bad key'],
    ['1234', '-key'],
  ])('refuses account %j with key %j, which the API client refuses too', (account, apiKey) => {
    expect(hasErrors(validateCredentials({ account, apiKey, apiBaseUrl: '' }, false, false))).toBe(true);
    expect(() =>
      buildUrl('https://api.centrix.one/API_WEB', { account, apiKey }, { language: 'EN', resource: 'Scripts' }),
    ).toThrow();
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
