import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../lib/build/manifest';
import { bundleDifferences, readmePermissions, zipProblems, type StoreManifest } from '../../lib/build/zip-check';

const readme = readFileSync('README.md', 'utf8');
const allowed = readmePermissions(readme);
const icons = Object.fromEntries([16, 32, 48, 96, 128].map((s) => [String(s), `icon/${s}.png`]));
const files = ['manifest.json', 'background.js', 'popup.html', 'options.html', ...Object.values(icons)];
const good: StoreManifest = {
  icons,
  action: { default_icon: icons },
  permissions: ['storage', 'alarms'],
  host_permissions: ['https://api.centrix.one/*'],
  content_scripts: [{ matches: ['https://mail.google.com/*'] }],
};

describe('zip check', () => {
  it("reads the README's Permissions table, which covers what the store manifests ask for", () => {
    expect(allowed).toEqual(expect.arrayContaining(['storage', 'activeTab', 'https://api.centrix.one/*']));
    for (const browser of ['chrome', 'firefox']) {
      const manifest = manifestFor({ browser, sandbox: false }) as StoreManifest;
      expect(zipProblems(files, manifest, allowed)).toEqual([]);
    }
  });

  it('accepts a complete zip', () => {
    expect(zipProblems(files, good, allowed)).toEqual([]);
  });

  it('refuses a missing icon, a permission the README does not list, loopback hosts and a missing page', () => {
    const problems = zipProblems(
      files.filter((f) => f !== 'icon/48.png' && f !== 'options.html'),
      {
        ...good,
        icons: { ...icons, '96': undefined as unknown as string },
        permissions: ['storage', 'tabs'],
        host_permissions: ['https://api.centrix.one/*', 'http://127.0.0.1/*'],
        content_scripts: [{ matches: ['<all_urls>'] }],
      },
      allowed,
    );
    expect(problems).toEqual([
      'the 48 px icon icon/48.png is not in the zip',
      'the manifest names no 96 px icon',
      "permission tabs is not in the README's table",
      "permission http://127.0.0.1/* is not in the README's table",
      "permission <all_urls> is not in the README's table",
      'options.html is not in the zip',
    ]);
  });

  it('finds no table in a README without one, so every permission is refused', () => {
    expect(readmePermissions('# x\n\n## Other\n| `storage` | y |\n')).toEqual([]);
    expect(zipProblems(files, good, [])).toContain("permission storage is not in the README's table");
  });

  it('compares bundles byte for byte', () => {
    const a = new Map([
      ['a.js', new Uint8Array([1, 2])],
      ['b.js', new Uint8Array([3])],
    ]);
    expect(bundleDifferences(a, new Map(a))).toEqual([]);
    const b = new Map([
      ['a.js', new Uint8Array([1, 3])],
      ['c.js', new Uint8Array([3])],
    ]);
    expect(bundleDifferences(a, b)).toEqual([
      'a.js differs',
      'b.js is missing from the rebuilt bundle',
      'c.js is only in the rebuilt bundle',
    ]);
  });
});
