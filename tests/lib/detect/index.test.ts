// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFindings, createPageScan, detectPage, scanNode, type SiteSupport } from '../../../lib/detect';
import { ORDINARY_PAGES } from '../../../lib/detect/ordinary';
import { SITE_ADAPTERS } from '../../../lib/detect/sites/all';
import { siteOf } from '../../../lib/detect/sites/site';
import type { PageFindings } from '../../../lib/detect/types';
import { PageFindingsSchema } from '../../../lib/messaging/contract';
import { FIXTURES, loadFixture, parse, type Expected } from './fixtures';

/** What the content script that runs at `url` carries (entrypoints/content.ts, entrypoints/page.content.ts). */
const scriptSupport = (url: string): SiteSupport => (siteOf(url).site === 'other' ? ORDINARY_PAGES : SITE_ADAPTERS);

function expectFindings(findings: PageFindings, expected: Expected) {
  expect(findings.site).toBe(expected.site);
  expect(findings.kind).toBe(expected.kind);
  expect(findings.subject).toBe(expected.subject);
  expect(findings.emails.map((e) => e.address.toLowerCase()).sort()).toEqual(expected.emails);
  expect(findings.people).toHaveLength(expected.people.length);
  expected.people.forEach((p, i) => expect(findings.people[i]).toMatchObject(p));
  expect(findings.companies).toHaveLength(expected.companies.length);
  expected.companies.forEach((c, i) => expect(findings.companies[i]).toMatchObject(c));
  expect(findings.missing).toEqual(expected.missing);
}

describe('detectPage on saved pages', () => {
  it('has fixtures to check', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(7);
  });

  it.each(FIXTURES)('%s', (name) => {
    const { html, expected } = loadFixture(name);
    expectFindings(detectPage(parse(html), expected.url), expected);
  });

  it.each(FIXTURES)('%s: scanning node by node, in reverse order, with its content script, finds the same', (name) => {
    const { html, expected } = loadFixture(name);
    const doc = parse(html);
    const state = createPageScan(expected.url, scriptSupport(expected.url));
    const all = Array.from(doc.body.querySelectorAll('*')).reverse();
    for (const el of all) scanNode(el, state);
    expect(collectFindings(doc, state)).toEqual(detectPage(parse(html), expected.url));
  });

  it('gives every finding a source and a confidence between 0 and 1', () => {
    for (const name of FIXTURES) {
      const { html, expected } = loadFixture(name);
      const f = detectPage(parse(html), expected.url);
      for (const x of [...f.people, ...f.emails, ...f.companies]) {
        expect(x.source).toMatch(/^[a-z][\w.+:-]*$/i);
        expect(x.confidence).toBeGreaterThan(0);
        expect(x.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('detectPage on small pages', () => {
  it('reports an inbox list as a Gmail view with nothing to capture', () => {
    const doc = parse(`<title>Inbox (3) - me@centrix.one - Gmail</title><div role="main"><table><tr>
      <td><span email="someone@acme.com" name="Someone">Someone</span></td><td>Hello someone@acme.com</td></tr></table></div>`);
    const f = detectPage(doc, 'https://mail.google.com/mail/u/0/#inbox');
    expect(f).toMatchObject({ site: 'gmail', kind: 'gmail-other', people: [], emails: [], companies: [], missing: [] });
  });

  it('caps what it sends at the message contract limits', () => {
    const items = Array.from({ length: 1200 }, (_, i) => `<li>user${i}@bulk-mail.com</li>`).join('');
    const f = detectPage(parse(`<ul>${items}</ul>`), 'https://bulk.example.com/');
    expect(f.emails).toHaveLength(1000);
  });

  it('builds within the bounds the contract checks: an oversized person or company is left out, the rest kept', () => {
    const longName = {
      '@type': 'Person',
      givenName: 'G'.repeat(200),
      familyName: 'F'.repeat(200),
      email: 'g@acme.com',
    };
    const longHost = {
      '@type': 'Organization',
      name: 'Evil',
      url: `https://${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com/`,
    };
    const good = {
      '@type': 'Person',
      name: 'Jane Doe',
      email: 'jane@acme.com',
      worksFor: { '@type': 'Organization', name: 'Acme' },
    };
    const html = `<script type="application/ld+json">${JSON.stringify([longName, longHost, good])}</script>`;
    const f = detectPage(parse(html), 'https://www.acme.com/team');
    expect(f.people.map((p) => p.name)).toEqual(['Jane Doe']);
    expect(f.companies.map((c) => c.name)).not.toContain('Evil');
    expect(f.companies.map((c) => c.name)).toContain('Acme');
    // What the content script sends passes the receiver's check whole: nothing is dropped there.
    expect(PageFindingsSchema.parse(f)).toMatchObject({ people: f.people, companies: f.companies });
  });

  it('does not throw on an empty or hostile document', () => {
    expect(detectPage(parse(''), 'not a url').kind).toBe('page');
    const nasty = `<script type="application/ld+json">${'['.repeat(5000)}</script><p>${'@'.repeat(20000)}</p>`;
    expect(detectPage(parse(nasty), 'https://x.example.com/').emails).toEqual([]);
  });
});

describe('the readers of ordinary pages', () => {
  it("stay off LinkedIn and Gmail: neither the site's own name nor names beside addresses", () => {
    const html =
      '<head><meta property="og:site_name" content="LinkedIn"></head>' +
      '<body><div><h3>Jane Doe</h3><p>jane.doe@acme.com</p></div></body>';
    for (const url of ['https://www.linkedin.com/feed/', 'https://mail.google.com/mail/u/0/#inbox']) {
      const f = detectPage(parse(html), url);
      expect(f.companies.map((c) => c.source)).not.toContain('og:site_name');
      expect(f.companies.map((c) => c.source)).not.toContain('page-host');
      expect(f.people).toEqual([]);
    }
    const ordinary = detectPage(parse(html), 'https://www.acme.com/team');
    expect(ordinary.companies.map((c) => c.source)).toContain('og:site_name');
    expect(ordinary.people.map((p) => p.name)).toEqual(['Jane Doe']);
  });
});
