import { describe, expect, it } from 'vitest';
import type { PageFindings } from '../../../lib/detect/types';
import { enrichFindings, isFreeMailDomain, registrableDomain } from '../../../lib/enrich/enrich-findings';

const findings = (over: Partial<PageFindings>): PageFindings => ({
  site: 'other',
  kind: 'page',
  people: [],
  emails: [],
  companies: [],
  missing: [],
  ...over,
});

describe('registrableDomain', () => {
  it.each([
    ['www.acme.com', 'acme.com'],
    ['mail.acme.co.uk', 'acme.co.uk'],
    ['ACME.github.io', 'acme.github.io'],
    ['例子.中国', '例子.中国'],
    ['127.0.0.1', undefined],
    ['localhost', undefined],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe('isFreeMailDomain', () => {
  it.each([
    ['gmail.com', true],
    ['hotmail.fr', true],
    ['outlook.com', true],
    ['yahoo.co.jp', true],
    ['mail.yahoo.com', true],
    ['videotron.ca', true],
    ['sympatico.ca', true],
    ['orange.fr', true],
    ['free.fr', true],
    ['laposte.net', true],
    ['gmx.de', true],
    ['orange.com', false],
    ['laposte.fr', false],
    ['acme.com', false],
    ['gmail-partners.com', false],
  ])('%s → %s', (domain, free) => {
    expect(isFreeMailDomain(domain)).toBe(free);
  });
});

describe('enrichFindings', () => {
  it.each(['127.0.0.1', 'localhost', '[::1]', 'intranet'])('drops a company known only by the host %s', (host) => {
    const result = enrichFindings(
      findings({
        companies: [
          { name: host, domain: host, source: 'host', confidence: 0.3 },
          { name: 'Northwind Robotics', domain: host, source: 'json-ld', confidence: 0.8 },
        ],
      }),
    );
    expect(result.companies).toEqual([{ name: 'Northwind Robotics', source: 'json-ld', confidence: 0.8 }]);
  });

  it('reduces company domains, drops webmail companies and merges what now shares a domain', () => {
    const result = enrichFindings(
      findings({
        companies: [
          {
            name: 'Acme Inc.',
            domain: 'www.acme.co.uk',
            website: 'https://www.acme.co.uk/',
            source: 'json-ld',
            confidence: 0.8,
          },
          { name: 'mail.acme.co.uk', domain: 'mail.acme.co.uk', source: 'email-domain', confidence: 0.4 },
          { name: 'gmail.com', domain: 'gmail.com', source: 'email-domain', confidence: 0.4 },
          { name: 'videotron.ca', domain: 'videotron.ca', source: 'email-domain', confidence: 0.4 },
          { name: 'Globex', source: 'linkedin.companyLabel', confidence: 0.85 },
          { name: 'intranet', domain: 'intranet', source: 'page-host', confidence: 0.3 },
        ],
      }),
    );
    expect(result.companies).toEqual([
      { name: 'Globex', source: 'linkedin.companyLabel', confidence: 0.85 },
      {
        name: 'Acme Inc.',
        domain: 'acme.co.uk',
        website: 'https://www.acme.co.uk/',
        source: 'json-ld',
        confidence: 0.8,
      },
      // `intranet` has no registrable domain: a host, not a company.
    ]);
  });

  it('marks webmail addresses and drops addresses whose TLD the root zone does not know', () => {
    const result = enrichFindings(
      findings({
        emails: [
          { address: 'jane@acme.com', source: 'text', confidence: 0.9 },
          { address: 'jane.doe@gmail.com', source: 'text', confidence: 0.9 },
          { address: 'x@host.notarealtld', source: 'text', confidence: 0.9 },
        ],
        people: [{ name: 'X', email: 'x@host.notarealtld', source: 'json-ld', confidence: 0.8 }],
      }),
    );
    expect(result.emails).toEqual([
      { address: 'jane@acme.com', source: 'text', confidence: 0.9 },
      { address: 'jane.doe@gmail.com', source: 'text', confidence: 0.9, freeMail: true },
    ]);
    expect(result.people).toEqual([{ name: 'X', source: 'json-ld', confidence: 0.8 }]);
  });

  it('keeps everything else as it was', () => {
    const input = findings({ site: 'gmail', kind: 'gmail-thread', subject: 'Hi', missing: ['gmail.subject'] });
    expect(enrichFindings(input)).toEqual(input);
  });
});
