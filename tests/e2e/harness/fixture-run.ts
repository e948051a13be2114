// Every saved page of tests/fixtures that a static content script serves (LinkedIn on any subdomain, Gmail), loaded
// in a real browser under its real host name over HTTPS, with the content script's own findings read back
// (`bg/scan-now` to the tab, the message the background sends) and compared with the page's expected findings and
// with what the same detectors find in happy-dom. Run by fixtures.chromium.test.ts and fixtures.firefox.test.ts.
//
// Exports:
//   describeFixtureRun(label, launch)   the suite; `launch(hosts)` starts the browser with the sandbox build loaded,
//     resolving the names `hosts` serves to it
//   STATIC_FIXTURES                     the fixtures the suite loads, with the URL each is opened at
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect';
import { siteOf } from '../../../lib/detect/sites/site';
import type { PageFindings } from '../../../lib/detect/types';
import { FIXTURES, loadFixture, type Expected } from '../../lib/detect/fixtures';
import { startHttpsHosts, type HttpsHosts } from './https-hosts';
import type { FlowBrowser, FlowTab } from './product-flow';
import { waitFor } from './wait';

export interface FixtureCase {
  name: string;
  url: string;
  html: string;
  expected: Expected;
}

/** The same LinkedIn profile under other LinkedIn subdomains than the one it was saved from. */
const SUBDOMAIN_COPIES: [fixture: string, host: string][] = [
  ['linkedin-person-2024', 'fr.linkedin.com'],
  ['linkedin-person-2024', 'uk.linkedin.com'],
  ['linkedin-person-fr', 'ca.linkedin.com'],
  ['linkedin-company', 'de.linkedin.com'],
];

function staticFixtures(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const name of FIXTURES) {
    const { html, expected } = loadFixture(name);
    if (siteOf(expected.url).site === 'other') continue;
    cases.push({ name, url: expected.url, html, expected });
  }
  for (const [name, host] of SUBDOMAIN_COPIES) {
    const { html, expected } = loadFixture(name);
    const url = new URL(expected.url);
    url.hostname = host;
    cases.push({ name: `${name} on ${host}`, url: url.href, html, expected: { ...expected, url: url.href } });
  }
  return cases;
}

export const STATIC_FIXTURES = staticFixtures();

/** Hosts that only look like LinkedIn's: the static script never runs there. */
const LOOK_ALIKES = ['https://linkedin.com.example.net/in/jane-doe', 'https://www.notlinkedin.com/in/jane-doe'];

/** What the detectors find in happy-dom for the page at `url`, as the unit tests see it. */
function happyDomFindings(html: string, url: string): PageFindings {
  const window = new Window({ url });
  try {
    window.document.write(html);
    return detectPage(window.document as unknown as Document, url);
  } finally {
    void window.happyDOM.close();
  }
}

/** The parts of findings the expected files state, in a form two runs can be compared by. */
function comparable(f: PageFindings) {
  return {
    site: f.site,
    kind: f.kind,
    subject: f.subject,
    emails: f.emails.map((e) => e.address.toLowerCase()).sort(),
    people: f.people,
    companies: f.companies,
    missing: f.missing,
  };
}

function expectFindings(findings: PageFindings, expected: Expected): void {
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

const EXTENSION_API = '(globalThis.browser ?? globalThis.chrome)';

async function evaluateJson<T>(tab: FlowTab, expression: string): Promise<T> {
  const text = await tab.evaluate(`Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`);
  if (typeof text !== 'string') throw new Error(`the page answered ${String(text)} instead of JSON`);
  return JSON.parse(text) as T;
}

type ScanReply = { ok: true; url: string; findings: PageFindings } | null;

export function describeFixtureRun(
  label: string,
  browserName: 'chromium' | 'firefox',
  launch: (hosts: HttpsHosts) => Promise<FlowBrowser>,
): void {
  describe(`saved pages under their own host names in ${label}`, () => {
    let hosts: HttpsHosts;
    let browser: FlowBrowser;

    beforeAll(async () => {
      const profile = loadFixture('linkedin-person-2024').html;
      hosts = await startHttpsHosts({
        ...Object.fromEntries(STATIC_FIXTURES.map((c) => [c.url, c.html])),
        ...Object.fromEntries(LOOK_ALIKES.map((url) => [url, profile])),
      });
      browser = await launch(hosts);
    });

    afterAll(async () => {
      await browser?.close();
      await hosts?.close();
    });

    // Without the tabs permission a tab's URL is hidden from the extension: every tab is asked, and the content
    // script's answer says which page it reads. A tab without a static script (or before it started) answers null.
    const scanReplies = () =>
      evaluateJson<ScanReply[]>(
        browser.extensionPage,
        `${EXTENSION_API}.tabs.query({}).then((tabs) => Promise.all(tabs.map((tab) =>
          ${EXTENSION_API}.tabs.sendMessage(tab.id, { type: 'bg/scan-now' }, { frameId: 0 }).catch(() => null))))`,
      );

    it('serves every LinkedIn and Gmail fixture, on more than one LinkedIn subdomain', () => {
      const linkedInHosts = new Set(
        STATIC_FIXTURES.filter((c) => c.expected.site === 'linkedin').map((c) => new URL(c.url).hostname),
      );
      expect([...linkedInHosts].sort()).toEqual(
        expect.arrayContaining(['ca.linkedin.com', 'fr.linkedin.com', 'uk.linkedin.com', 'www.linkedin.com']),
      );
    });

    it('runs nowhere on hosts that only look like LinkedIn', async () => {
      const lookAlikes = await Promise.all(LOOK_ALIKES.map((url) => browser.openTab(hosts.urlFor(url, browserName))));
      // They show the profile, as a phishing copy would.
      for (const t of lookAlikes) expect(await t.evaluate('document.title')).toMatch(/\| LinkedIn$/);
      // A real LinkedIn page opened after them answers: the look-alikes had the same time to start a script.
      const control = hosts.urlFor(STATIC_FIXTURES[0]!.url, browserName);
      const tab = await browser.openTab(control);
      try {
        const replies = await waitFor(
          async () => {
            const all = await scanReplies();
            return all.some((r) => r?.url === control) && all;
          },
          { what: `the content script's findings on ${control}` },
        );
        const answered = replies.flatMap((r) => (r ? [new URL(r.url).hostname] : []));
        expect(answered).toEqual([new URL(control).hostname]);
      } finally {
        await tab.close();
        for (const t of lookAlikes) await t.close();
      }
    });

    it.each(STATIC_FIXTURES.map((c) => [c.name, c] as const))(
      '%s: the static content script finds what the page shows, as happy-dom does',
      async (_name, fixture) => {
        const opened = hosts.urlFor(fixture.url, browserName);
        const tab = await browser.openTab(opened);
        try {
          const reply = await waitFor(async () => (await scanReplies()).find((r) => r?.url === opened), {
            what: `the content script's findings on ${opened}`,
          });
          expect(reply.ok).toBe(true);
          // Firefox opens the page with the server's port in its URL: the findings carry no URL of their own.
          expect(new URL(reply.url).hostname).toBe(new URL(fixture.url).hostname);
          expectFindings(reply.findings, fixture.expected);
          expect(comparable(reply.findings)).toEqual(comparable(happyDomFindings(fixture.html, fixture.url)));
        } finally {
          await tab.close();
        }
      },
    );
  });
}
