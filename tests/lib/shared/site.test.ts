import { describe, expect, it } from 'vitest';
import { hostOf, siteOfUrl } from '../../../lib/shared/site';

describe('which site a URL belongs to', () => {
  it.each([
    ['https://www.linkedin.com/in/jane', 'linkedin'],
    ['https://ca.linkedin.com/in/jane', 'linkedin'],
    ['https://LINKEDIN.com/company/acme', 'linkedin'],
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://notlinkedin.com/in/jane', 'other'],
    ['https://linkedin.com.evil.test/in/jane', 'other'],
    ['https://google.com/mail', 'other'],
    ['not a url', 'other'],
    ['', 'other'],
  ])('%s is %s', (url, site) => {
    expect(siteOfUrl(url)).toBe(site);
  });

  it('reads hosts lower-cased', () => {
    expect(hostOf('https://WWW.Example.COM/x')).toBe('www.example.com');
    expect(hostOf('::')).toBeUndefined();
  });
});
