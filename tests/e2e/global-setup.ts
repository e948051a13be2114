// Once per e2e run: check the browsers are installed, then build the sandbox variant for both (skip the build with
// E2E_SKIP_BUILD=1 when .output already holds fresh sandbox builds).
import { existsSync } from 'node:fs';
import { buildSandboxExtension, checkSandboxBuild } from './harness/build-extension';
import { CHROMIUM_PATH, FIREFOX_PATH } from './harness/paths';

export default async function setup(): Promise<void> {
  const missing = [CHROMIUM_PATH, FIREFOX_PATH].filter((exe) => !existsSync(exe));
  if (missing.length > 0) {
    throw new Error(
      `Browser tests need ${missing.join(' and ')}. On Debian: apt-get install -y chromium firefox-esr ` +
        '(or point CHROMIUM_PATH / FIREFOX_PATH at installed binaries). Never download browsers for these tests.',
    );
  }
  if (process.env.E2E_SKIP_BUILD === '1') {
    checkSandboxBuild('chrome');
    checkSandboxBuild('firefox');
    return;
  }
  // One after the other: two WXT builds at once share .wxt/ and the 2 cores.
  await buildSandboxExtension('chrome', { quiet: true });
  await buildSandboxExtension('firefox', { quiet: true });
}
