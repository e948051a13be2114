// What `npm start` does (scripts/start.mjs loads this through tsx). Every server it starts listens on loopback only
// and stops on Ctrl-C, on SIGTERM, or when the Chromium window is closed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../tests/sandbox/server';
import { addDemoKnownPerson } from './demo-contact';
import { buildSandboxExtension } from '../tests/e2e/harness/build-extension';
import { launchChromiumWithExtension } from '../tests/e2e/harness/chromium';
import { startFixtureServer } from '../tests/e2e/harness/fixture-server';
import { CHROMIUM_PATH, PROJECT_ROOT } from '../tests/e2e/harness/paths';
import { seedExtensionSettings } from '../tests/e2e/harness/seed-settings';

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

function whyNoBrowser(): string | undefined {
  if (!existsSync(CHROMIUM_PATH))
    return `Chromium is not installed at ${CHROMIUM_PATH} (Debian: apt-get install chromium).`;
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'There is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.';
  }
  return undefined;
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
    console.log('Building the sandbox extension for Chromium (CENTRIX_SANDBOX=1 wxt build)…');
    const extDir = await buildSandboxExtension('chrome');

    const sandbox = await startSandboxNearPreferredPort();
    cleanups.push(() => sandbox.close());
    await addDemoKnownPerson(sandbox);
    const pages = await startFixtureServer();
    cleanups.push(() => pages.close());
    const demoUrl = pages.url(DEMO_PAGE);

    console.log(`
Centrix Capture — local demo
  extension (unpacked): ${path.relative(PROJECT_ROOT, extDir) || extDir}
  sandbox API base:     ${sandbox.apiBase}
  account:              ${sandbox.account}
  key:                  (demo key set; it is DEFAULT_KEY in tests/sandbox/server.ts)
  demo prospect page:   ${demoUrl}
`);

    const reason = whyNoBrowser();
    if (reason) {
      console.log(`${reason}
The sandbox and the demo page keep running. To try the extension by hand, open chrome://extensions in Chromium,
turn on Developer mode, choose "Load unpacked" and pick ${extDir}, then open the demo page above.
Press Ctrl-C to stop.`);
      return;
    }

    console.log('Opening Chromium with the extension loaded (fresh profile)…');
    const browser = await launchChromiumWithExtension(extDir, { headless: false, handleSignals: false });
    cleanups.push(() => browser.close());
    const seeded = await seedExtensionSettings(browser, {
      apiBase: sandbox.apiBase,
      account: sandbox.account,
      key: sandbox.key,
    });
    console.log(
      seeded.ok && seeded.saved
        ? 'The extension is connected to the sandbox (account and key saved through its options).'
        : `The extension could not be connected to the sandbox: ${seeded.connection?.message ?? seeded.error ?? 'unknown reason'}`,
    );
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(demoUrl);
    browser.context.on('close', () => {
      console.log('Chromium was closed.');
      void stop(0);
    });
    console.log('Chromium is open on the demo page. Close its window or press Ctrl-C to stop.');
  } catch (error) {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}
