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

/** Letters and digits of a text, lower-cased: what is left to read once everything else is set aside. */
const visible = (text: string) =>
  text
    .replace(/<[^>]*>/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

describe('redact, a key written to slip past an exact match', () => {
  const key = 'Sup3r_S3cret~Key';
  it.each([
    ['zero-width spaces', 'key S\u200bu\u200bp\u200b3r_S3cret~Key refused'],
    ['a zero-width joiner and a BOM', 'key Sup3r\u200d_S3cr\ufeffet~Key refused'],
    ['a soft hyphen and bidi controls', 'key Sup3r_S3\u00adcr\u202eet~\u202cKey refused'],
    ['HTML tags', 'key <b>Sup3r</b>_<i>S3cret</i>~Key refused'],
    ['empty tags', 'key S<span></span>up3r_S3cret~Key refused'],
    ['spaces', 'key S u p 3 r _ S 3 c r e t ~ K e y refused'],
    ['other separators', 'key Sup3r-S3cret-Key refused'],
    ['another case and separators', 'key SUP3R S3CRET KEY refused'],
    ['character references', 'key &#83;up3r_&#x53;3cret~Key refused'],
    ['fullwidth letters', 'key Ｓｕｐ３ｒ_S3cret~Key refused'],
    ['line breaks', 'key Sup3r\n_S3cret\r\n~Key refused'],
  ])('withholds the whole text when the key is written with %s', (_name, text) => {
    expect(redact(text, { apiKey: key })).toBe('');
  });

  it('keeps a text that does not spell the key', () => {
    expect(redact('Service Unavailable: try again at 10:00', { apiKey: key })).toBe(
      'Service Unavailable: try again at 10:00',
    );
    expect(redact('<b>Sup3r</b> is fine, S3cret too', { apiKey: key })).toBe('<b>Sup3r</b> is fine, S3cret too');
  });

  const obfuscations = fc.constantFrom(
    '\u200b',
    '\u200c',
    '\u200d',
    '\u2060',
    '\ufeff',
    '\u00ad',
    '\u202e',
    '\u2066',
    ' ',
    '  ',
    '-',
    '.',
    '\n',
    '<b>',
    '</b>',
    '<span class="x">',
    '<!-- -->',
    '',
  );

  it('never lets a key through, whatever is put between its characters and whatever their case', () => {
    fc.assert(
      fc.property(
        keyArb.filter((k) => visible(k).length >= 4),
        fc.array(obfuscations, { minLength: 24, maxLength: 24 }),
        fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        (apiKey, between, upper, before, after) => {
          const written = [...apiKey]
            .map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase()) + (between[i] ?? ''))
            .join('');
          const out = redact(`${before}${written}${after}`, { apiKey });
          expect(visible(out)).not.toContain(visible(apiKey));
        },
      ),
    );
  });

  it('changes no text that does not spell the key, and never throws', () => {
    fc.assert(
      fc.property(keyArb, fc.string({ unit: 'grapheme', maxLength: 80 }), (apiKey, text) => {
        fc.pre(!/:\/\//.test(text) && !visible(text).includes(visible(apiKey)) && !text.includes(apiKey));
        fc.pre(!text.toLowerCase().includes(apiKey.toLowerCase()) && !text.includes('%'));
        expect(redact(text, { apiKey })).toBe(text);
      }),
    );
  });
});
