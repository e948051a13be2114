import { describe, expect, it } from 'vitest';
import { where, or } from '../../../lib/centrix/filters';
import { refusal } from './support/refusal';
import type { BaseFilter } from '../../../lib/centrix/types';
import {
  abbreviateFieldName,
  baseFilter,
  buildUrl,
  contactScriptField,
  expandFieldName,
  normalizeBaseUrl,
  parseBaseFilters,
  validateAccount,
  validateApiKey,
  type UrlRequest,
} from '../../../lib/centrix/url';

const PROD = 'https://api.centrix.one/API_WEB';
const creds = { account: '12345', apiKey: 'K3yAbc' };
const url = (request: Partial<UrlRequest>, base = PROD) =>
  buildUrl(base, creds, { language: 'EN', resource: 'Contacts', ...request }).url;

describe('buildUrl', () => {
  it.each<[string, Partial<UrlRequest>, string]>([
    ['all contacts, all fields', {}, `${PROD}/EN/Contacts-12345-K3yAbc-all.awp?fields=all`],
    ['one contact', { base: ['C999999'] }, `${PROD}/EN/Contacts-12345-K3yAbc-C999999.awp?fields=all`],
    ['two contacts', { base: ['C1234', 'C125'] }, `${PROD}/EN/Contacts-12345-K3yAbc-C1234,C125.awp?fields=all`],
    ['contact in list', { base: ['C1234', 'S999'] }, `${PROD}/EN/Contacts-12345-K3yAbc-C1234,S999.awp?fields=all`],
    ['external id', { base: ['E9999'] }, `${PROD}/EN/Contacts-12345-K3yAbc-E9999.awp?fields=all`],
    ['French', { language: 'FR' }, `${PROD}/FR/Contacts-12345-K3yAbc-all.awp?fields=all`],
    ['scripts', { resource: 'Scripts' }, `${PROD}/EN/Scripts-12345-K3yAbc-all.awp?fields=all`],
    ['users', { resource: 'Users' }, `${PROD}/EN/Users-12345-K3yAbc-all.awp?fields=all`],
    [
      'opportunities',
      { resource: 'Opportunities', base: ['S9999'] },
      `${PROD}/EN/Opportunities-12345-K3yAbc-S9999.awp?fields=all`,
    ],
    ['revenue sub 2', { resource: 'RevenueTypesSub2' }, `${PROD}/EN/RevenueTypesSub2-12345-K3yAbc-all.awp?fields=all`],
    [
      'field list',
      { fields: ['FirstName', 'Email'] },
      `${PROD}/EN/Contacts-12345-K3yAbc-all.awp?fields=FirstName,Email`,
    ],
    [
      'cs_ and abbreviations pass as given',
      { fields: ['cs_salesrep1', 'CC_LinkedIn', 'ACS_Budget'] },
      `${PROD}/EN/Contacts-12345-K3yAbc-all.awp?fields=cs_salesrep1,CC_LinkedIn,ACS_Budget`,
    ],
    [
      'accented field name is percent-encoded',
      { fields: ['Prénom'] },
      `${PROD}/EN/Contacts-12345-K3yAbc-all.awp?fields=Pr%C3%A9nom`,
    ],
    ['a POST carries the placeholder base and no fields', { base: 'post' }, `${PROD}/EN/Contacts-12345-K3yAbc-C.awp`],
  ])('%s', (_name, request, expected) => {
    expect(url(request)).toBe(expected);
  });

  it("encodes the guide's filter example exactly as the guide does (modulo `=`, which is encoded too)", () => {
    const filters = or(where('company', '[=', 'test'), where('company', '[=', 'centrix'));
    expect(url({ base: ['all'], filters })).toBe(
      `${PROD}/EN/Contacts-12345-K3yAbc-all.awp?fields=all&filters=%09company%09%5B%3D%09test%09%0AOR%09company%09%5B%3D%09centrix%09`,
    );
  });

  it('encodes spaces as %20 and plus signs as %2B in filter values', () => {
    const built = url({ filters: where('Email', '=', 'a+b c@x.com') });
    expect(built).toContain('a%2Bb%20c%40x.com');
    expect(built).not.toContain('+');
  });

  it('gives a canonical form without base URL, account or key, and distinct per request', () => {
    const a = buildUrl(PROD, creds, { language: 'EN', resource: 'Contacts', fields: ['idc'] });
    const b = buildUrl(
      'http://127.0.0.1:9/API_WEB',
      { account: '777', apiKey: 'other' },
      {
        language: 'EN',
        resource: 'Contacts',
        fields: ['idc'],
      },
    );
    expect(a.canonical).toBe(b.canonical);
    expect(a.canonical).not.toContain('12345');
    expect(a.canonical).not.toContain('K3yAbc');
    const c = buildUrl(PROD, creds, { language: 'FR', resource: 'Contacts', fields: ['idc'] });
    expect(c.canonical).not.toBe(a.canonical);
  });

  it('accepts the sandbox base URL on loopback and drops a trailing slash', () => {
    expect(url({}, 'http://127.0.0.1:8123/API_WEB/')).toBe(
      'http://127.0.0.1:8123/API_WEB/EN/Contacts-12345-K3yAbc-all.awp?fields=all',
    );
  });

  it.each([
    ['http://api.centrix.one/API_WEB', 'base-url'],
    ['ftp://127.0.0.1/API_WEB', 'base-url'],
    ['https://user:pw@api.centrix.one/API_WEB', 'base-url'],
    ['https://api.centrix.one/API_WEB?x=1', 'base-url'],
    ['not a url', 'base-url'],
  ])('refuses the base URL %s', (base, code) => {
    expect(refusal(() => normalizeBaseUrl(base)).code).toBe(code);
  });

  it.each<[string, Partial<UrlRequest>, string]>([
    ['empty field list', { fields: [] }, 'field'],
    ['field with a comma', { fields: ['a,b'] }, 'field'],
    ['field with a newline', { fields: ['a\nb'] }, 'field'],
    ['empty field name', { fields: [''] }, 'field'],
    ['all mixed with tokens', { base: ['all', 'C1'] }, 'base-filter'],
    ['bad token', { base: ['X1' as BaseFilter] }, 'base-filter'],
    ['C with letters', { base: ['Cabc' as BaseFilter] }, 'base-filter'],
    ['E with a dash', { base: ['Eab-c' as BaseFilter] }, 'base-filter'],
    ['unknown language', { language: 'DE' as 'EN' }, 'language'],
    ['unknown resource', { resource: 'Accounts' as 'Contacts' }, 'resource'],
  ])('refuses %s', (_name, request, code) => {
    expect(refusal(() => url(request)).code).toBe(code);
  });
});

describe('credentials', () => {
  it.each(['1', '12345', 'A1b2'])('accepts account %s', (account) => {
    expect(() => validateAccount(account)).not.toThrow();
  });

  it.each(['', '12 34', '12-34', '12/34', '１２', '1'.repeat(33), ' 123'])('refuses account %j', (account) => {
    expect(refusal(() => validateAccount(account)).code).toBe('account');
  });

  it.each(['abc', 'A_b~9', 'sandbox-key-123', 'f47ac10b-58cc-4372-a567-0e02b2c3d479'])('accepts key %s', (key) => {
    expect(() => validateApiKey(key)).not.toThrow();
  });

  it.each(['', 'a/b', 'a.b', 'a b', ' ab', 'ab ', '-ab', 'ab-', 'a%2Fb', 'a?b', 'a#b', 'clé', 'a+b', 'x'.repeat(257)])(
    'refuses key %j without echoing it',
    (key) => {
      const error = refusal(() => validateApiKey(key));
      expect(error.code).toBe('key');
      if (key.length > 1) expect(error.message).not.toContain(key);
      expect(error.detail).toBeUndefined();
    },
  );

  it('checks credentials in buildUrl too', () => {
    expect(
      refusal(() => buildUrl(PROD, { account: '1', apiKey: 'a/b' }, { language: 'EN', resource: 'Users' })).code,
    ).toBe('key');
    expect(
      refusal(() => buildUrl(PROD, { account: 'x y', apiKey: 'ab' }, { language: 'EN', resource: 'Users' })).code,
    ).toBe('account');
  });

  it('keeps a dashed key unambiguous: the base segment is always last', () => {
    const built = buildUrl(PROD, { account: '1', apiKey: 'ab-cd' }, { language: 'EN', resource: 'Scripts' }).url;
    expect(built).toBe(`${PROD}/EN/Scripts-1-ab-cd-all.awp?fields=all`);
  });
});

describe('base filter and field helpers', () => {
  it('builds and checks tokens', () => {
    expect(baseFilter.contact(1234)).toBe('C1234');
    expect(baseFilter.list('999')).toBe('S999');
    expect(baseFilter.external('login_42')).toBe('Elogin_42');
    expect(baseFilter.all).toBe('all');
    expect(refusal(() => baseFilter.contact('12a')).code).toBe('base-filter');
    expect(refusal(() => baseFilter.external('a@b.c')).code).toBe('base-filter');
  });

  it('reads tokens typed with or without spaces, as the guide writes them', () => {
    expect(parseBaseFilters('C1234, C125')).toEqual(['C1234', 'C125']);
    expect(parseBaseFilters('C1234,S999')).toEqual(['C1234', 'S999']);
    expect(refusal(() => parseBaseFilters('C1234, Z1')).code).toBe('base-filter');
  });

  it.each([
    ['CC_LinkedIn', 'Contact_Custom_LinkedIn'],
    ['AC_Industry', 'Account_Custom_Industry'],
    ['CCS_NextStep', 'Contact_Custom_Script_NextStep'],
    ['ACS_Budget', 'Account_Custom_Script_Budget'],
    ['Company', 'Company'],
  ])('expands %s to %s and back', (short, full) => {
    expect(expandFieldName(short)).toBe(full);
    expect(abbreviateFieldName(full)).toBe(short);
  });

  it('prefixes ContactScript fields', () => {
    expect(contactScriptField('salesrep1')).toBe('cs_salesrep1');
  });
});
