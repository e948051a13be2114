// What `npm start` does (scripts/start.mjs loads this through tsx): Chromium by default, Firefox ESR with
// `npm start -- --firefox` (the sandbox build installed as a temporary add-on over WebDriver BiDi, with the harness
// the browser tests use). Every server it starts listens on loopback only and stops on Ctrl-C, on SIGTERM, or when
// the Chromium window is closed. Without a display it prints every setting needed to do the same by hand.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../tests/sandbox/server';
import { addDemoKnownPerson } from './demo-contact';
import { buildSandboxExtension } from '../tests/e2e/harness/build-extension';
import { launchChromiumWithExtension } from '../tests/e2e/harness/chromium';
import { launchFirefoxWithExtension } from '../tests/e2e/harness/firefox';
import { startFixtureServer } from '../tests/e2e/harness/fixture-server';
import { CHROMIUM_PATH, FIREFOX_PATH, PROJECT_ROOT } from '../tests/e2e/harness/paths';
import { seedExtensionSettings, seedSettingsWith, type SeedResult } from '../tests/e2e/harness/seed-settings';
import { byHandSteps, startSummary, type StartBrowser } from './start-instructions';

const PREFERRED_PORT = 8787;
const PORTS_TO_TRY = 10;
const DEMO_ACCOUNT = '1234';
const DEMO_PAGE = '/demo/prospect.html';

async function startSandboxNearPreferredPort(): Promise<Sandbox> {
  for (let port = PREFERRED_PORT; port < PREFERRED_PORT + PORTS_TO_TRY; port++) {
    try {
      return await startSandbox({ port, account: DEMO_ACCOUNT });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  return startSandbox({ port: 0, account: DEMO_ACCOUNT });
}

function whyNoBrowser(browser: StartBrowser): string | undefined {
  const firefox = browser === 'firefox';
  const executable = firefox ? FIREFOX_PATH : CHROMIUM_PATH;
  if (!existsSync(executable)) {
    return `${firefox ? 'Firefox ESR' : 'Chromium'} is not installed at ${executable} (Debian: apt-get install ${firefox ? 'firefox-esr' : 'chromium'}).`;
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'There is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.';
  }
  return undefined;
}

function connectedText(seeded: SeedResult): string {
  return seeded.ok && seeded.saved
    ? 'The extension is connected to the sandbox (account and key saved through its options).'
    : `The extension could not be connected to the sandbox: ${seeded.connection?.message ?? seeded.error ?? 'unknown reason'}`;
}

export async function runStartSession(): Promise<void> {
  const cleanups: Array<() => Promise<void>> = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    console.log('Stopped.');
    process.exit(code);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    // A second Ctrl-C while shutting down means "now".
    if (stopping) process.exit(130);
    void stop(signal === 'SIGINT' ? 0 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const browser: StartBrowser = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
    console.log(`Building the sandbox extension for ${browser === 'firefox' ? 'Firefox' : 'Chromium'}…`);
    const extDir = await buildSandboxExtension(browser === 'firefox' ? 'firefox' : 'chrome');

    const sandbox = await startSandboxNearPreferredPort();
    cleanups.push(() => sandbox.close());
    await addDemoKnownPerson(sandbox);
    const pages = await startFixtureServer();
    cleanups.push(() => pages.close());
    const info = {
      browser,
      extensionDir: path.relative(PROJECT_ROOT, extDir) || extDir,
      apiBase: sandbox.apiBase,
      account: sandbox.account,
      key: sandbox.key,
      demoUrl: pages.url(DEMO_PAGE),
    };
    console.log(startSummary(info));

    const reason = whyNoBrowser(browser);
    if (reason) {
      console.log(byHandSteps(info, reason));
      return;
    }
    const settings = { apiBase: sandbox.apiBase, account: sandbox.account, key: sandbox.key };

    if (browser === 'firefox') {
      console.log('Opening Firefox ESR with the extension installed as a temporary add-on (fresh profile)…');
      const firefox = await launchFirefoxWithExtension(extDir, { headless: false });
      cleanups.push(() => firefox.close());
      const options = await firefox.openExtensionPage('/options.html');
      const send = (message: unknown) =>
        firefox.evaluate(options, `browser.runtime.sendMessage(${JSON.stringify(message)})`);
      console.log(connectedText(await seedSettingsWith(send, settings)));
      await firefox.openTab(info.demoUrl);
      console.log('Firefox is open on the demo page. Press Ctrl-C to stop.');
      return;
    }

    console.log('Opening Chromium with the extension loaded (fresh profile)…');
    const chromium = await launchChromiumWithExtension(extDir, { headless: false, handleSignals: false });
    cleanups.push(() => chromium.close());
    console.log(connectedText(await seedExtensionSettings(chromium, settings)));
    const page = await chromium.context.newPage();
    await page.goto(info.demoUrl);
    chromium.context.on('close', () => {
      console.log('Chromium was closed.');
      void stop(0);
    });
    console.log('Chromium is open on the demo page. Close its window or press Ctrl-C to stop.');
  } catch (error) {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}
