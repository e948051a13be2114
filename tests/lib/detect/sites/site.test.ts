import { describe, expect, it } from 'vitest';
import { siteOf } from '../../../../lib/detect/sites/site';

describe('siteOf', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe/', 'linkedin', 'linkedin-person'],
    ['https://fr.linkedin.com/in/jane-doe', 'linkedin', 'linkedin-person'],
    ['https://linkedin.com/in/jane/overlay/contact-info/', 'linkedin', 'linkedin-person'],
    ['https://www.linkedin.com/company/acme/about/', 'linkedin', 'linkedin-company'],
    ['https://www.linkedin.com/school/mcgill/', 'linkedin', 'linkedin-company'],
    ['https://www.linkedin.com/feed/', 'linkedin', 'linkedin-other'],
    ['https://www.linkedin.com/in/', 'linkedin', 'linkedin-other'],
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmcxKpJTbhKwzqtRCGMF', 'gmail', 'gmail-thread'],
    ['https://mail.google.com/mail/u/1/#label/Clients/18d3c2b1a0f9e8d7', 'gmail', 'gmail-thread'],
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail', 'gmail-other'],
    ['https://mail.google.com/mail/u/0/#search/acme', 'gmail', 'gmail-other'],
    ['https://www.acme.com/contact', 'other', 'page'],
    ['https://notlinkedin.com/in/jane', 'other', 'page'],
    ['https://linkedin.com.evil.io/in/jane', 'other', 'page'],
    ['not a url', 'other', 'page'],
  ])('%s → %s %s', (url, site, kind) => {
    expect(siteOf(url)).toMatchObject({ site, kind });
  });
});
