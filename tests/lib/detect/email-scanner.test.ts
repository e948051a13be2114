import fc from 'fast-check';
import tlds from 'tlds';
import { describe, expect, it } from 'vitest';
import { findEmails, normaliseEmail } from '../../../lib/detect/email-scanner';

const addresses = (text: string) => findEmails(text).map((m) => m.address);

describe('findEmails: what it finds', () => {
  it.each([
    ['plain', 'Contact jane@acme.com today', ['jane@acme.com']],
    ['domain lower-cased, local part kept', 'Jane.Doe@ACME-Robotics.COM', ['Jane.Doe@acme-robotics.com']],
    ['sentence full stop', 'Write to sales@acme.com.', ['sales@acme.com']],
    ['comma list', 'a@acme.com, b@acme.com;c@acme.com', ['a@acme.com', 'b@acme.com', 'c@acme.com']],
    ['angle brackets', 'Jane <jane@acme.com>', ['jane@acme.com']],
    ['parentheses', '(jane@acme.com)', ['jane@acme.com']],
    ['quotes', '"jane@acme.com" and «paul@acme.fr»', ['jane@acme.com', 'paul@acme.fr']],
    ['plus and underscore', 'first_last+crm@acme.io', ['first_last+crm@acme.io']],
    ['percent', 'user%tag@acme.io', ['user%tag@acme.io']],
    ['hyphens and digits', 'x-1@mail-2.acme-3.com', ['x-1@mail-2.acme-3.com']],
    ['subdomains and ccSLD', 'jane@mail.acme.co.uk', ['jane@mail.acme.co.uk']],
    ['new gTLD', 'jane@acme.agency', ['jane@acme.agency']],
    ['brand TLD', 'press@nic.lamborghini', ['press@nic.lamborghini']],
    ['country TLD', 'info@beispiel.de', ['info@beispiel.de']],
    ['IDN domain', 'user@例子.中国', ['user@例子.中国']],
    ['punycode TLD', 'user@example.xn--p1ai', ['user@example.xn--p1ai']],
    ['accented domain', 'info@café.fr', ['info@café.fr']],
    ['mailto text', 'mailto:jane@acme.com', ['jane@acme.com']],
    ['colon label', 'Email:jane@acme.com', ['jane@acme.com']],
    ['missing space after full stop', 'jane@acme.com.Thanks again', ['jane@acme.com']],
    ['line breaks', 'Jane\njane@acme.com\n+1 514', ['jane@acme.com']],
    ['no-break spaces', 'courriel\u00a0:\u00a0jane@acme.ca', ['jane@acme.ca']],
    ['exactly 64 in the local part', `${'a'.repeat(64)}@acme.com`, [`${'a'.repeat(64)}@acme.com`]],
    ['label of 63', `x@${'b'.repeat(63)}.com`, [`x@${'b'.repeat(63)}.com`]],
    ['fullwidth at sign', 'jane＠acme.com', ['jane@acme.com']],
    ['fullwidth everything', 'ｊａｎｅ＠ａｃｍｅ．ｃｏｍ', ['jane@acme.com']],
    ['[at] [dot]', 'jane [at] acme [dot] com', ['jane@acme.com']],
    ['(at) (dot)', 'jane (at) acme (dot) com', ['jane@acme.com']],
    ['(at) with a real dot', 'jane(at)acme.com', ['jane@acme.com']],
    ['[AT] upper case', 'jane [AT] acme [DOT] com', ['jane@acme.com']],
    ['spelled-out then a sentence', 'jane [at] acme [dot] com. Thanks', ['jane@acme.com']],
    ['spelled-out with a bare dot word', 'jane [at] acme dot com', ['jane@acme.com']],
    ['spelled-out subdomain', 'ops (at) mail (dot) acme (dot) co (dot) uk', ['ops@mail.acme.co.uk']],
    ['two in a row', 'a@acme.com b@acme.com', ['a@acme.com', 'b@acme.com']],
    ['plain and spelled-out', 'a@acme.com or b [at] acme [dot] com', ['a@acme.com', 'b@acme.com']],
    [
      'in order of appearance',
      'b (at) acme.com, c@acme.com, d [at] acme.com',
      ['b@acme.com', 'c@acme.com', 'd@acme.com'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(addresses(text)).toEqual(expected);
  });

  it('says how each address was written', () => {
    expect(findEmails('a@acme.com b＠acme.com c [at] acme [dot] com').map((m) => m.kind)).toEqual([
      'plain',
      'spelled-out',
      'fullwidth',
    ]);
  });
});

describe('findEmails: what it refuses', () => {
  it.each([
    ['retina asset', 'logo@2x.png'],
    ['retina webp', 'icon@3x.webp'],
    ['fractional density', 'hero@1.5x.jpg'],
    ['package version', 'pkg@1.2.3'],
    ['scoped package', '@types/node@20.11.5'],
    ['dist tag', 'vue@next'],
    ['localhost', 'user@localhost'],
    ['IP address', 'root@127.0.0.1'],
    ['IPv6 literal', 'admin@[::1]'],
    ['mention', 'thanks @jane and @acme.com'],
    ['fediverse handle', '@jane@mastodon.social'],
    ['decorator', '@Component({})'],
    ['CSS at-rule', '@media (min-width: 2px)'],
    ['no TLD', 'jobs@acme'],
    ['one-letter TLD', 'sales@acme.c'],
    ['numeric TLD', 'info@acme.123'],
    ['digit in TLD', 'hello@acme.c0m'],
    ['unknown short TLD', 'x@acme.zzz'],
    ['pseudo TLD local', 'bob@host.local'],
    ['pseudo TLD internal', 'pg@db.internal'],
    ['pseudo TLD example', 'a@example.invalid'],
    ['pseudo TLD lan', 'x@router.lan'],
    ['pseudo TLD test', 'x@mail.test'],
    ['leading dot', '.lead@acme.com'],
    ['trailing dot in local part', 'a.@acme.com'],
    ['double dot in local part', 'a..b@acme.com'],
    ['double dot in domain', 'a@acme..com'],
    ['leading dot in domain', 'a@.acme.com'],
    ['hyphen at label edge', 'a@-acme-.com'],
    ['local part of 65', `${'a'.repeat(65)}@acme.com`],
    ['label of 64', `x@${'b'.repeat(64)}.com`],
    ['domain over 253', `x@${'abcdefghi.'.repeat(26)}com`],
    ['two at signs', 'a@@acme.com'],
    ['glued addresses', 'a@acme.com@evil.com'],
    ['glued to a letter we cannot read', 'andré.dupont@acme.fr'],
    ['only punctuation in the local part', '-+-@acme.com'],
    ['at sign alone', '@'],
    ['look (at) this', 'look (at) this'],
    ['[at] in prose', 'see [at] least one'],
    ['price', '3 items @ $4.99'],
  ])('%s', (_label, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

// Real pages put characters next to an address that end the local part we can read: what is left is another
// mailbox's address (reilly@acme.com is not o'reilly@acme.com's owner), worse than nothing.
describe('findEmails: never a tail', () => {
  it.each([
    ['straight apostrophe', "Contact o'reilly@acme.com today"],
    ['curly apostrophe', 'sean.o’brien@example.ie'],
    ['left quote as apostrophe', 'd‘artagnan@example.fr'],
    ['modifier-letter apostrophe', 'o\u02bcneil@example.ie'],
    ['slash and equals', 'user+tag/dept=x@host.com'],
    ['customer/department', 'customer/department=shipping@example.com'],
    ['quoted local part', '"quoted"local@host.com'],
    ['quoted with a space', '"john doe"@example.com'],
    ['backtick', 'a`b@acme.com'],
    ['exclamation', 'hey!jane@acme.com'],
    ['hash', 'team#ops@acme.com'],
    ['dollar', 'cash$jane@acme.com'],
    ['ampersand', 'r&d@acme.com'],
    ['asterisk', 'star*jane@acme.com'],
    ['question mark', 'who?jane@acme.com'],
    ['caret', 'a^b@acme.com'],
    ['braces', 'x{y}z@acme.com'],
    ['pipe', 'ops|jane@acme.com'],
    ['tilde', 'a~b@acme.com'],
    ['accented letter before', 'andré.dupont@acme.fr'],
    ['accent then apostrophe', 'é’jane@acme.fr'],
    ['URL credentials', 'http://user:pass@example.com'],
    ['URL credentials over https', 'see https://admin:s3cret@intranet.acme.com/x'],
    ['URL user only', 'https://jane@example.com/'],
    ['FTP user', 'ftp://anonymous@ftp.acme.org'],
    ['URL query value', 'https://acme.com/unsubscribe?email=jane@acme.com'],
    ['URL path', 'https://acme.com/people/jane@acme.com'],
    ['mail part id', 'cid:image005.png@01D8A1B2.C3D4E5F0'],
    ['mail part id with a real domain', 'src="cid:part1.06090408.01060107@example.com"'],
    ['message id', 'mid:960830.1639@example.com'],
    ['upper-case part id', 'CID:logo.1234@acme.com'],
    ['spelled-out after an apostrophe', "o'reilly [at] acme [dot] com"],
    ['spelled-out after a curly apostrophe', 'o’brien (at) example (dot) ie'],
  ])('%s', (_label, text) => {
    expect(addresses(text)).toEqual([]);
  });

  it.each([
    ['quoted in prose', "Write to 'jane@acme.com' today", ['jane@acme.com']],
    ['curly quotes in prose', 'Write to “jane@acme.com”', ['jane@acme.com']],
    ['French quotes', 'à « jane@acme.fr »', ['jane@acme.fr']],
    ['after a slash and a space', 'Tel / jane@acme.com', ['jane@acme.com']],
    ['slash after a space', 'see /jane@acme.com', ['jane@acme.com']],
    ['pipe with spaces', 'Paris | jane@acme.com', ['jane@acme.com']],
    ['mailto as text', 'mailto:jane@acme.com', ['jane@acme.com']],
    ['French label', 'Courriel:jane@acme.ca', ['jane@acme.ca']],
    ['a word ending in cid', 'Placid:jane@acme.com', ['jane@acme.com']],
    ['URL then a space', 'https://acme.com/ jane@acme.com', ['jane@acme.com']],
    ['URL then a comma list', 'Site https://acme.com, mail jane@acme.com', ['jane@acme.com']],
    ['apostrophe in the name before', "O'Reilly: jane@acme.com", ['jane@acme.com']],
    ['apostrophe then a space', "it's jane@acme.com", ['jane@acme.com']],
    ['equals with spaces', 'email = jane@acme.com', ['jane@acme.com']],
  ])('%s: the whole address', (_label, text, expected) => {
    expect(addresses(text)).toEqual(expected);
  });
});

describe('normaliseEmail', () => {
  it.each([
    ['Jane.Doe@ACME.com', 'Jane.Doe@acme.com'],
    ['  jane@acme.com ', 'jane@acme.com'],
    ['jane@acme', undefined],
    ['jane@acme.com extra', undefined],
    ['two@acme.com,three@acme.com', undefined],
    ['', undefined],
    ['logo@2x.png', undefined],
    ["o'reilly@acme.com", undefined],
    ['http://user:pass@acme.com', undefined],
  ])('%j → %j', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });
});

// An address as RFC 5321/5322 and the IANA list allow it, checked independently of the scanner's own code.
const TLDS = new Set(tlds);
function isValidAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const labels = domain.split('.');
  const tld = labels[labels.length - 1]!;
  return (
    at > 0 &&
    !local.includes('@') &&
    local.length <= 64 &&
    /^[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*$/.test(local) &&
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((l) => l.length >= 1 && l.length <= 63 && !l.startsWith('-') && !l.endsWith('-')) &&
    labels.every((l) => /^[\p{L}\p{M}\p{N}-]+$/u.test(l)) &&
    domain === domain.toLowerCase() &&
    // Long ASCII TLDs are checked by fingerprint (tld-codec.ts): a rare stranger may pass, never a malformed one.
    (TLDS.has(tld) || (/^[a-z]{5,}$/.test(tld) ? true : !/^[a-z0-9-]+$/.test(tld) || tld.startsWith('xn--')))
  );
}

const emailish = fc.string({
  unit: fc.constantFrom(
    ...['a', 'b', 'z', 'A', '0', '9', '.', '-', '_', '+', '@', '@', '@', ' ', '(', ')', '[', ']'],
    ...['at', 'dot', 'com', 'fr', 'io', 'png', '＠', '．', 'é', '中', '\u00a0'],
  ),
  maxLength: 80,
});

describe('findEmails: properties', () => {
  it('never throws and returns only valid addresses, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const { address } of findEmails(text)) expect(isValidAddress(address)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns only valid addresses for strings dense in @, dots, letters and spelled-out words', () => {
    fc.assert(
      fc.property(emailish, (text) => {
        for (const { address } of findEmails(text)) expect(isValidAddress(address)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads no character past either end of a string, its own re-read strings included', () => {
    // Such a read gives NaN, and V8 then recompiles the scanner for doubles (email-scanner.ts): slower for good.
    const charCodeAt = String.prototype.charCodeAt;
    const bounded = function (this: string, i: number) {
      if (!(i >= 0 && i < this.length)) throw new RangeError(`read at ${i} of ${this.length}`);
      return charCodeAt.call(this, i);
    };
    const scan = (text: string) => {
      String.prototype.charCodeAt = bounded;
      try {
        return findEmails(text);
      } finally {
        String.prototype.charCodeAt = charCodeAt;
      }
    };
    expect(() => scan('jane@x')).not.toThrow();
    expect(scan('jane@acme.com')).toHaveLength(1);
    expect(scan('sales [at] acme [dot] com')).toHaveLength(1);
    for (const text of ['@', 'a@', '@a', '(', '[', 'a (at', 'a [at] b', 'a [at] b.', 'a [at] b [dot] co', '.@.']) {
      expect(() => scan(text)).not.toThrow();
    }
    fc.assert(
      fc.property(emailish, (text) => {
        scan(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds an address however it is surrounded by spaces or punctuation', () => {
    const local = fc.stringMatching(/^[a-z0-9]{1,10}(?:[._+-][a-z0-9]{1,10}){0,2}$/);
    const label = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12})?$/);
    const tld = fc.constantFrom('com', 'ca', 'fr', 'io', 'agency', 'museum', 'co.uk');
    const edge = fc.constantFrom(' ', ', ', '(', ')', '<', '>', '"', '\n', ': ', '; ');
    fc.assert(
      fc.property(local, label, tld, edge, edge, (l, d, t, before, after) => {
        const address = `${l}@${d}.${t}`;
        expect(addresses(`text${before}${address}${after}text`)).toEqual([address]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('findEmails: adversarial input', () => {
  // Timing lives in `npm run bench`; here only that such inputs end with the right answer.
  it.each([
    ['a'.repeat(50_000)],
    ['@'.repeat(50_000)],
    ['a.'.repeat(30_000)],
    ['a@'.repeat(25_000)],
    ['.@'.repeat(25_000)],
    [`a@${'b.'.repeat(30_000)}`],
    ['x [at] '.repeat(10_000)],
    ['(at)'.repeat(20_000)],
    ['＠'.repeat(20_000)],
  ])('input %#', (text) => {
    expect(findEmails(text)).toEqual([]);
  });
});
