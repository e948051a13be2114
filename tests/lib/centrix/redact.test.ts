import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact, redactError } from '../../../lib/centrix/redact';

const secrets = { apiKey: 'Sup3r_S3cret~Key', account: '48213' };

describe('redact', () => {
  it.each([
    ['raw key', 'failed for Sup3r_S3cret~Key today'],
    ['percent-encoded ~', 'failed for Sup3r_S3cret%7EKey today'],
    ['lower-case hex', 'failed for Sup3r_S3cret%7eKey today'],
    ['fully encoded', `failed for ${[...'Sup3r_S3cret~Key'].map((c) => '%' + c.charCodeAt(0).toString(16)).join('')}`],
    ['double-encoded', 'failed for Sup3r_S3cret%257EKey'],
  ])('removes the %s', (_name, text) => {
    const out = redact(text, secrets);
    expect(out).not.toContain('Sup3r');
    expect(out).not.toMatch(/S3cret/i);
    expect(out).toContain('failed for ***');
  });

  it('removes whole URLs, with the account-key segment', () => {
    const out = redact(
      'GET https://api.centrix.one/API_WEB/EN/Contacts-48213-Sup3r_S3cret~Key-all.awp?fields=all failed',
      secrets,
    );
    expect(out).toBe('GET <url> failed');
  });

  it('removes an account-key path segment even without a scheme', () => {
    const out = redact('path /EN/Contacts-48213-Sup3r_S3cret~Key-C1.awp', secrets);
    expect(out).not.toContain('48213');
    expect(out).not.toContain('Sup3r_S3cret~Key');
  });

  it('removes the account where it stands alone, not inside longer numbers', () => {
    expect(redact('account 48213 refused', secrets)).toBe('account *** refused');
    expect(redact('id 9482139', secrets)).toBe('id 9482139');
  });

  it('removes the key in any letter case', () => {
    expect(redact('SUP3R_S3CRET~KEY and sup3r_s3cret%7ekey', secrets)).toBe('*** and ***');
  });

  it('removes a dashed key and its form-encoded variant', () => {
    expect(redact('k=ab-cd-ef!', { apiKey: 'ab-cd-ef' })).toBe('k=***!');
    expect(redact('k=a+b', { apiKey: 'a b' })).toBe('k=***');
  });

  it('picks a marker that cannot spell the key again', () => {
    const out = redact('***x***', { apiKey: '*' });
    expect(out).not.toContain('*');
  });

  it('redacts thrown errors', () => {
    expect(redactError(new TypeError('fetch Sup3r_S3cret~Key failed'), secrets)).toBe('TypeError: fetch *** failed');
    expect(redactError('plain 48213', secrets)).toBe('plain ***');
  });

  it('leaves text alone when there is no secret', () => {
    expect(redact('HTTP 500: oops', {})).toBe('HTTP 500: oops');
  });
});

const keyChars = fc.constantFrom(...'abcXYZ019_~-'.split(''));
const keyArb = fc
  .string({ unit: keyChars, minLength: 1, maxLength: 24 })
  .filter((k) => /^(?!-)[A-Za-z0-9_~-]+(?<!-)$/.test(k));
const encodings: ((k: string) => string)[] = [
  (k) => k,
  encodeURIComponent,
  (k) => [...k].map((c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()).join(''),
  (k) => [...k].map((c) => '%' + c.charCodeAt(0).toString(16)).join(''),
];

describe('redact properties', () => {
  it('leaves no copy of any allowed key, raw or percent-encoded, in any text', () => {
    fc.assert(
      fc.property(
        keyArb,
        fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.string({ unit: keyChars, maxLength: 6 })), { maxLength: 5 }),
        fc.constantFrom(...encodings),
        (key, parts, encode) => {
          const text = parts.join(encode(key)) + encode(key);
          const out = redact(text, { apiKey: key });
          expect(out).not.toContain(key);
          expect(out).not.toContain(encodeURIComponent(key));
          expect(out.toLowerCase()).not.toContain(encodings[2]!(key).toLowerCase());
        },
      ),
    );
  });
});
