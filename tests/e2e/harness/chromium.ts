// Debian Chromium with an unpacked extension, through playwright-core (never `playwright`: it downloads browsers).
//
// Exports:
//   CHROMIUM_FLAGS   the launch flags every headless Chromium here needs (the benchmark uses them too)
//   launchChromiumWithExtension(extDir, { headless?, userDataDir?, extraArgs?, executablePath?, handleSignals? })
//       → Promise<ChromiumExtension>
//     headless       default true; `npm start` passes false for a visible window (and no automation banner)
//     userDataDir    default: a fresh temporary profile, deleted by close()
//     handleSignals  default true: playwright closes the browser on Ctrl-C; false when the caller does it itself
//   ChromiumExtension.context            the playwright persistent BrowserContext
//   ChromiumExtension.extensionId        read from the service worker's URL
//   ChromiumExtension.extensionBaseUrl   `chrome-extension://<id>`
//   ChromiumExtension.serviceWorker      the background service worker seen at start
//   ChromiumExtension.getServiceWorker() the live worker (MV3 workers stop when idle; this waits for the next one)
//   ChromiumExtension.openExtensionPage(pathname) → { page, response, errors }
//     opens e.g. '/popup.html' in a new tab; `errors` collects the page's uncaught errors from before navigation on
//   ChromiumExtension.close()            closes the browser (and kills it if it hangs), removes a temporary profile
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Response, type Worker } from 'playwright-core';
import { CHROMIUM_PATH } from './paths';
import { delay } from './wait';

export interface ChromiumLaunchOptions {
  headless?: boolean;
  userDataDir?: string;
  extraArgs?: string[];
  executablePath?: string;
  handleSignals?: boolean;
}

export interface ExtensionPage {
  page: Page;
  response: Response | null;
  errors: Error[];
}

export interface ChromiumExtension {
  context: BrowserContext;
  extensionId: string;
  extensionBaseUrl: string;
  serviceWorker: Worker;
  getServiceWorker(): Promise<Worker>;
  openExtensionPage(pathname: string): Promise<ExtensionPage>;
  close(): Promise<void>;
}

const SERVICE_WORKER_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 20_000;

// Flags verified on this machine (TOOLCHAIN.md): no sandbox in containers, and nothing that phones home. Shared with
// bench/run.ts.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const runsAsRoot = () => process.getuid?.() === 0;

function headedFlags(): string[] {
  const flags = CHROMIUM_FLAGS.filter((flag) => flag !== '--no-sandbox' || runsAsRoot());
  return [...flags, '--test-type'];
}

function isExtensionWorker(worker: Worker, extensionId?: string): boolean {
  const url = new URL(worker.url());
  return url.protocol === 'chrome-extension:' && (extensionId === undefined || url.host === extensionId);
}

async function nextServiceWorker(context: BrowserContext, extensionId?: string): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => isExtensionWorker(w, extensionId));
  if (existing) return existing;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => isExtensionWorker(w, extensionId),
    timeout: SERVICE_WORKER_TIMEOUT_MS,
  });
}

// A persistent context hides the browser process; its profile path on the command line identifies our processes.
async function killByProfile(profile: string): Promise<void> {
  const marker = `--user-data-dir=${profile}`;
  for (const pid of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(pid)) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.split('\0').includes(marker)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

export async function launchChromiumWithExtension(
  extDir: string,
  {
    headless = true,
    userDataDir,
    extraArgs = [],
    executablePath = CHROMIUM_PATH,
    handleSignals = true,
  }: ChromiumLaunchOptions = {},
): Promise<ChromiumExtension> {
  const absoluteExtDir = path.resolve(extDir);
  const profile = userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'centrix-chromium-')));
  const ownsProfile = userDataDir === undefined;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
    // A person looks at the headed window: spare them the "controlled by automated software" bar.
    ignoreDefaultArgs: headless ? [] : ['--enable-automation'],
    // A headed window keeps Chromium's sandbox wherever it can run (not as root), and `--test-type` stops Chromium
    // from putting an "unsupported command-line flag" bar above the page for the flags it still needs.
    chromiumSandbox: !headless && !runsAsRoot(),
    args: [
      `--disable-extensions-except=${absoluteExtDir}`,
      `--load-extension=${absoluteExtDir}`,
      ...(headless ? CHROMIUM_FLAGS : headedFlags()),
      ...extraArgs,
    ],
  });

  const close = async () => {
    const closed = context.close().then(
      () => true,
      () => false,
    );
    // A browser that ignored the polite close must not outlive the test run.
    if (!(await Promise.race([closed, delay(CLOSE_TIMEOUT_MS).then(() => false)]))) await killByProfile(profile);
    if (ownsProfile) await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  };

  try {
    const serviceWorker = await nextServiceWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    const extensionBaseUrl = `chrome-extension://${extensionId}`;
    return {
      context,
      extensionId,
      extensionBaseUrl,
      serviceWorker,
      getServiceWorker: () => nextServiceWorker(context, extensionId),
      async openExtensionPage(pathname) {
        const page = await context.newPage();
        const errors: Error[] = [];
        page.on('pageerror', (error) => errors.push(error));
        const response = await page.goto(new URL(pathname, extensionBaseUrl).href, { waitUntil: 'load' });
        return { page, response, errors };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
