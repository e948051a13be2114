import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl, isLinkedInHost } from '../../../lib/shared/linkedin-url';

const JANE = 'https://www.linkedin.com/in/jane-doe';
const SEB = 'https://www.linkedin.com/in/s%C3%A9bastien-roy';

describe('canonicalProfileUrl', () => {
  it.each([
    // hosts
    ['https://www.linkedin.com/in/jane-doe', JANE],
    ['https://linkedin.com/in/jane-doe', JANE],
    ['https://fr.linkedin.com/in/jane-doe', JANE],
    ['https://ca.linkedin.com/in/jane-doe', JANE],
    ['https://uk.linkedin.com/in/jane-doe', JANE],
    ['https://m.linkedin.com/in/jane-doe', JANE],
    ['https://WWW.LinkedIn.COM/in/jane-doe', JANE],
    ['https://www.linkedin.com./in/jane-doe', JANE],
    ['http://www.linkedin.com/in/jane-doe', JANE],
    ['https://www.linkedin.com:443/in/jane-doe', JANE],
    // no scheme, as typed into a CRM
    ['linkedin.com/in/jane-doe', JANE],
    ['www.linkedin.com/in/jane-doe/', JANE],
    ['//ca.linkedin.com/in/jane-doe', JANE],
    ['  https://www.linkedin.com/in/jane-doe  ', JANE],
    // path, query, hash, case
    ['https://www.linkedin.com/in/jane-doe/', JANE],
    ['https://www.linkedin.com/in/jane-doe//', JANE],
    ['https://www.linkedin.com/in/jane-doe?trk=public_profile', JANE],
    ['https://www.linkedin.com/in/jane-doe#experience', JANE],
    ['https://www.linkedin.com/in/jane-doe/?originalSubdomain=fr', JANE],
    ['https://www.linkedin.com/in/jane-doe/overlay/contact-info/', JANE],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', JANE],
    ['https://www.linkedin.com/in/jane-doe/en', JANE],
    ['https://www.linkedin.com/IN/jane-doe', JANE],
    ['https://www.linkedin.com/In/Jane-Doe', JANE],
    ['https://www.linkedin.com/in/JANE-DOE', JANE],
    ['https://www.linkedin.com/in/jane-doe-1a2b3c/', 'https://www.linkedin.com/in/jane-doe-1a2b3c'],
    // percent-encoding: lower-case escapes, raw letters and decomposed accents are one id
    ['https://ca.linkedin.com/in/s%c3%a9bastien-roy', SEB],
    ['https://ca.linkedin.com/in/s%C3%A9bastien-roy', SEB],
    ['https://ca.linkedin.com/in/sébastien-roy', SEB],
    ['https://ca.linkedin.com/in/S%C3%89bastien-Roy', SEB],
    ['https://ca.linkedin.com/in/se\u0301bastien-roy', SEB],
    ['https://www.linkedin.com/in/jane%2Ddoe', JANE],
    ['https://www.linkedin.com/in/bad%zzslug', 'https://www.linkedin.com/in/bad%zzslug'],
    // not a profile
    ['https://www.linkedin.com/company/acme', undefined],
    ['https://www.linkedin.com/pub/jane-doe/12/345/678', undefined],
    ['https://www.linkedin.com/in/', undefined],
    ['https://www.linkedin.com/in', undefined],
    ['https://www.linkedin.com/feed/', undefined],
    ['https://www.linkedin.com/search/results/people/?keywords=in/jane', undefined],
    ['https://www.linkedin.com/in/%20', undefined],
    // not LinkedIn
    ['https://evil.com/in/jane', undefined],
    ['https://linkedin.com.evil.com/in/jane', undefined],
    ['https://evillinkedin.com/in/jane', undefined],
    ['https://evil.com/?u=https://www.linkedin.com/in/jane', undefined],
    ['javascript:alert(1)//www.linkedin.com/in/jane', undefined],
    ['ftp://www.linkedin.com/in/jane', undefined],
    ['nonsense', undefined],
    ['', undefined],
  ])('%j → %s', (url, canonical) => {
    expect(canonicalProfileUrl(url)).toBe(canonical);
  });

  it('is idempotent', () => {
    for (const url of [JANE, SEB, 'https://www.linkedin.com/in/bad%zzslug']) {
      expect(canonicalProfileUrl(url)).toBe(url);
    }
  });
});

describe('isLinkedInHost', () => {
  it.each([
    ['linkedin.com', true],
    ['www.linkedin.com', true],
    ['fr.linkedin.com', true],
    ['CA.LinkedIn.com', true],
    ['linkedin.com.', true],
    ['evillinkedin.com', false],
    ['linkedin.com.evil.com', false],
    ['linkedin.co', false],
    ['', false],
  ])('%s → %s', (host, expected) => {
    expect(isLinkedInHost(host)).toBe(expected);
  });
});
