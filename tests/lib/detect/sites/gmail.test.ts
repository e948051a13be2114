// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { JSON_LD, readJsonLd } from '../../../../lib/detect/json-ld';
import { detectGmail, mailboxOwners, signatureCompany } from '../../../../lib/detect/sites/gmail';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmcxKpJTbhKwzqtRCGMF';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const detect = (html: string, url = THREAD) => {
  const doc = parse(html);
  return detectGmail({ doc, url, jsonLd: readJsonLd(doc, doc.querySelectorAll(JSON_LD)) });
};

describe('mailboxOwners', () => {
  it('reads the account switcher in English and French, and the title', () => {
    expect(mailboxOwners(parse('<a aria-label="Google Account: Marc  (marc@centrix.one)"></a>'))).toEqual([
      'marc@centrix.one',
    ]);
    expect(mailboxOwners(parse('<a aria-label="Compte Google : Marc (Marc@Centrix.one)"></a>'))).toEqual([
      'marc@centrix.one',
    ]);
    expect(mailboxOwners(parse('<title>Inbox (3) - me@acme.com - Gmail</title>'))).toEqual(['me@acme.com']);
    expect(mailboxOwners(parse('<title>Gmail</title>'))).toEqual([]);
  });
});

describe('signatureCompany', () => {
  const body = (html: string) => parse(`<div class="a3s">${html}</div>`).querySelector('.a3s')!;

  it.each([
    [
      'a Gmail signature block',
      '<p>Hi</p><div class="gmail_signature">Jane<br>VP Sales | Acme Robotics Inc.</div>',
      'acme-robotics.com',
      'Acme Robotics Inc.',
    ],
    [
      'the last lines of a plain body',
      '<div>Thanks</div><div>Paul</div><div>ACME ROBOTICS</div>',
      'acme-robotics.com',
      'ACME ROBOTICS',
    ],
    ['a comma-separated line', '<p>Ann Lee, Globex Corporation, Springfield</p>', 'globex.com', 'Globex Corporation'],
    ['nothing that spells the domain', '<p>Cheers, Bob</p>', 'acme.com', ''],
    ['a web address only', '<p>www.acme.com</p>', 'acme.com', ''],
    ['a quoted signature only', '<blockquote class="gmail_quote">Acme Corp</blockquote>', 'acme.com', ''],
    ['a domain too short to match', '<p>AB Foods</p>', 'ab.com', ''],
  ])('%s', (_label, html, domain, company) => {
    expect(signatureCompany(body(html), domain)).toBe(company);
  });
});

describe('detectGmail', () => {
  it('reports a thread whose subject has not rendered yet as missing it', () => {
    const result = detect(
      '<div role="main"><div role="listitem"><span class="gD" email="a@acme.com" name="Ann">Ann</span></div></div>',
    );
    expect(result.missing).toEqual(['gmail.subject']);
    expect(result.people).toEqual([{ email: 'a@acme.com', name: 'Ann', source: 'gmail.sender', confidence: 0.9 }]);
  });

  it('never lists the owner, even as a sender, nor "me"', () => {
    const result = detect(`<title>Hi - me@centrix.one - Gmail</title><div role="main"><h2 class="hP">Hi</h2>
      <div role="listitem"><span class="gD" email="me@centrix.one" name="Marc">Marc</span>
      <span class="g2" email="b@acme.com">me</span></div></div>`);
    expect(result.exclude).toEqual(['me@centrix.one']);
    expect(result.people).toEqual([{ email: 'b@acme.com', source: 'gmail.recipient', confidence: 0.8 }]);
  });

  it('reads nothing outside a thread', () => {
    const result = detect(
      '<div role="main"><span email="a@acme.com">A</span></div>',
      'https://mail.google.com/mail/u/0/#inbox',
    );
    expect(result.people).toEqual([]);
    expect(result.subject).toBeUndefined();
  });

  it('ignores recipients typed in a reply form', () => {
    const result = detect(`<div role="main"><h2 class="hP">Hi</h2><div role="listitem">
      <span class="gD" email="a@acme.com" name="Ann">Ann</span><form><span email="typed@acme.com">typed</span></form></div></div>`);
    expect(result.people.map((p) => p.email)).toEqual(['a@acme.com']);
  });
});
