// The store zips' check (`npm test` runs it after `npm run zip`'s two commands): icons at every size, manifests
// asking for nothing the README's Permissions table does not list, `web-ext lint --warnings-as-errors` on the
// Firefox zip as Mozilla receives it, and the sources zip (what a reviewer at addons.mozilla.org rebuilds) building
// to the very same Firefox bundle. Prints one line per check; exits 1 when any fails.
// Usage: tsx scripts/check-zips.ts [outputDir]   (default .output)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { bundleDifferences, readmePermissions, zipProblems, type StoreManifest } from '../lib/build/zip-check';

const ROOT = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, '.output'));
const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, string>;
const zipName = (kind: string) => path.join(outDir, `${name}-${version}-${kind}.zip`);

let failed = 0;
function report(label: string, problems: string[]): void {
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${label}`);
  for (const problem of problems) console.log(`       ${problem}`);
  if (problems.length > 0) failed++;
}

async function readZip(file: string): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  }
  return files;
}

async function extract(files: Map<string, Uint8Array>, dir: string): Promise<void> {
  for (const [file, bytes] of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), bytes);
  }
}

function readFolder(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full));
  }
  return files;
}

const allowed = readmePermissions(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
report(`README lists ${allowed.length} permissions: ${allowed.join(', ')}`, allowed.length ? [] : ['no table found']);

const bundles = new Map<string, Map<string, Uint8Array>>();
for (const browser of ['chrome', 'firefox']) {
  const file = zipName(browser);
  if (!existsSync(file)) {
    report(`${path.basename(file)}`, ['missing: run `npm run zip`']);
    continue;
  }
  const files = await readZip(file);
  bundles.set(browser, files);
  const manifest = JSON.parse(Buffer.from(files.get('manifest.json') ?? '{}').toString('utf8')) as StoreManifest;
  report(
    `${path.basename(file)}: ${files.size} files, icons ${Object.keys(manifest.icons ?? {}).join('/')} px, ` +
      `permissions ${[...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])].join(', ')}`,
    zipProblems([...files.keys()], manifest, allowed),
  );
}

const firefox = bundles.get('firefox');
const scratch = mkdtempSync(path.join(tmpdir(), 'centrix-zips-'));
try {
  if (firefox) {
    const lintDir = path.join(scratch, 'firefox');
    await extract(firefox, lintDir);
    const lint = spawnSync(
      path.join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', lintDir, '--warnings-as-errors', '--output', 'json', '--no-input'],
      { encoding: 'utf8' },
    );
    const summary = (JSON.parse(lint.stdout || '{}') as { summary?: Record<string, number> }).summary;
    report(
      `web-ext lint --warnings-as-errors on the Firefox zip: ${JSON.stringify(summary ?? {})}`,
      lint.status === 0 ? [] : [lint.stderr.trim() || lint.stdout.slice(0, 2_000)],
    );

    const sources = zipName('sources');
    if (!existsSync(sources)) report(path.basename(sources), ['missing: run `npm run zip`']);
    else {
      // A reviewer runs `npm ci` then the build; the project's installed node_modules stands in for `npm ci`.
      const sourceDir = path.join(scratch, 'sources');
      await extract(await readZip(sources), sourceDir);
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(sourceDir, 'node_modules'), 'dir');
      const build = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox', '--mv3'], {
        cwd: sourceDir,
        encoding: 'utf8',
        env: { ...process.env, CENTRIX_SANDBOX: '' },
      });
      const rebuilt = path.join(sourceDir, '.output/firefox-mv3');
      report(
        `the sources zip builds (wxt build -b firefox --mv3) to the Firefox zip's ${firefox.size} files, byte for byte`,
        build.status !== 0 || !existsSync(rebuilt)
          ? [`the build failed:\n${(build.stdout + build.stderr).slice(-3_000)}`]
          : bundleDifferences(firefox, readFolder(rebuilt)),
      );
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(failed === 0 ? 'zip check: all passed' : `zip check: ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
