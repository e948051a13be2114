import { describe, expect, it } from 'vitest';
import content from '../../entrypoints/content';
import { manifestFor, PRODUCTION_API_HOST, STATIC_CONTENT_MATCHES } from '../../lib/build/manifest';

const loopback = /127\.0\.0\.1|localhost|\[::1\]/;

describe('manifest', () => {
  for (const browser of ['chrome', 'firefox']) {
    it(`production ${browser} asks only for the Centrix API host, never loopback or <all_urls>`, () => {
      const m = manifestFor({ browser, sandbox: false });
      expect(m.host_permissions).toEqual([PRODUCTION_API_HOST]);
      const text = JSON.stringify(m);
      expect(text).not.toMatch(loopback);
      expect(text).not.toContain('<all_urls>');
      expect(text).not.toMatch(/"\*:\/\/\*\/\*"/);
    });

    it(`sandbox ${browser} adds loopback`, () => {
      const m = manifestFor({ browser, sandbox: true });
      expect(m.host_permissions).toEqual(expect.arrayContaining(['http://127.0.0.1/*', 'http://localhost/*']));
    });
  }

  it('Firefox has a gecko id and data collection permissions', () => {
    const gecko = (manifestFor({ browser: 'firefox', sandbox: false }).browser_specific_settings as any).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions.required.length).toBeGreaterThan(0);
  });

  it('runs the content script statically on LinkedIn (every subdomain) and Gmail, nowhere broader', () => {
    expect(STATIC_CONTENT_MATCHES).toEqual(['https://*.linkedin.com/*', 'https://mail.google.com/*']);
    expect(content.matches).toBe(STATIC_CONTENT_MATCHES);
  });

  for (const browser of ['chrome', 'firefox']) {
    for (const sandbox of [false, true]) {
      it(`${browser}${sandbox ? ' sandbox' : ''}: no host permission names LinkedIn, Gmail or a wildcard host`, () => {
        // The match patterns give the static script its pages; every other page is reached through activeTab.
        const hosts = manifestFor({ browser, sandbox }).host_permissions as string[];
        for (const host of hosts) {
          expect(host).not.toMatch(/linkedin|google|<all_urls>|:\/\/\*/);
        }
      });
    }
  }
});
