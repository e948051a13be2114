// Firefox ESR with a temporary add-on, driven over WebDriver BiDi straight from Firefox (no geckodriver here).
//
// Exports:
//   launchFirefoxWithExtension(extDir, { headless?, prefs?, executablePath?, acceptInsecureCerts? })
//       → Promise<FirefoxExtension>
//     acceptInsecureCerts  default false; true for pages served with a certificate made at test time
//   FirefoxExtension.bidi                 the BiDi client (session already open, `log.entryAdded` subscribed)
//   FirefoxExtension.addonId              the gecko id from the manifest
//   FirefoxExtension.extensionBaseUrl     `moz-extension://<uuid>` (the uuid is pinned per launch by a pref)
//   FirefoxExtension.openExtensionPage(pathname) → context id, once the page has finished loading
//     (BiDi refuses to navigate to moz-extension:// URLs, so the tab is opened from the browser's chrome window)
//   FirefoxExtension.openTab(url) → context id of a new ordinary tab, loaded
//   FirefoxExtension.navigate(context, url)          navigates and waits for `load`
//   FirefoxExtension.evaluate(context, expression)   awaits promises; returns plain JS; throws on a page exception
//   FirefoxExtension.evaluateInBackground(fnSource)  runs `(bg) => …` with `bg` = the background page's window,
//     reached through `runtime.getBackgroundPage()` from an extension page (BiDi lists no realm for the
//     background page). `bg.fetch(…)` is the background's own fetch, with its permissions.
//   FirefoxExtension.extensionErrors()    script errors (not warnings) from any of the add-on's own scripts so far:
//     pages and background alike, collected in the parent process from the console service, because BiDi
//     reports nothing for moz-extension:// documents
//   FirefoxExtension.pageErrors(context)  uncaught script errors BiDi reported for an ordinary tab so far
//   FirefoxExtension.close()              ends the session, kills Firefox if it lingers, removes the profile
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  connectBidi,
  fromRemoteValue,
  type BidiClient,
  type BrowsingContextInfo,
  type EvaluateResult,
  type LogEntry,
} from './bidi';
import { FIREFOX_PATH } from './paths';
import { delay, waitFor } from './wait';

export interface FirefoxLaunchOptions {
  headless?: boolean;
  prefs?: Record<string, string | number | boolean>;
  executablePath?: string;
  acceptInsecureCerts?: boolean;
}

export interface FirefoxExtension {
  bidi: BidiClient;
  addonId: string;
  extensionBaseUrl: string;
  openExtensionPage(pathname: string): Promise<string>;
  openTab(url: string): Promise<string>;
  navigate(context: string, url: string): Promise<void>;
  evaluate<T = unknown>(context: string, expression: string): Promise<T>;
  evaluateInBackground<T = unknown>(fnSource: string): Promise<T>;
  extensionErrors(): Promise<string[]>;
  pageErrors(context: string): string[];
  close(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;
const PAGE_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 10_000;

// Quiet, offline-friendly profile (the recipe's list), plus the pinned add-on UUID.
const BASE_PREFS: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'extensions.update.enabled': false,
  'app.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
};

interface Manifest {
  browser_specific_settings?: { gecko?: { id?: string } };
  options_ui?: { page?: string };
  action?: { default_popup?: string };
}

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
    .join('\n');
}

async function startFirefox(
  executablePath: string,
  profile: string,
  headless: boolean,
): Promise<{ child: ChildProcess; wsUrl: string }> {
  const args = ['--no-remote', '--profile', profile, '--remote-debugging-port', '0', '--remote-allow-system-access'];
  const child = spawn(executablePath, headless ? ['--headless', ...args] : args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const wsUrl = new Promise<string>((resolve, reject) => {
    // Keep draining both pipes for the whole run: a full pipe would block Firefox.
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`Firefox exited (${code ?? signal}) before BiDi:\n${output}`)),
    );
  });
  const timeout = delay(STARTUP_TIMEOUT_MS).then(() => {
    throw new Error(`Firefox gave no BiDi endpoint within ${STARTUP_TIMEOUT_MS} ms:\n${output}`);
  });
  try {
    return { child, wsUrl: await Promise.race([wsUrl, timeout]) };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

function flatten(contexts: BrowsingContextInfo[]): BrowsingContextInfo[] {
  return contexts.flatMap((c) => [c, ...flatten(c.children ?? [])]);
}

export async function launchFirefoxWithExtension(
  extDir: string,
  {
    headless = true,
    prefs = {},
    executablePath = FIREFOX_PATH,
    acceptInsecureCerts = false,
  }: FirefoxLaunchOptions = {},
): Promise<FirefoxExtension> {
  const absoluteExtDir = path.resolve(extDir);
  const manifest = JSON.parse(await readFile(path.join(absoluteExtDir, 'manifest.json'), 'utf8')) as Manifest;
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${absoluteExtDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const uuid = randomUUID();
  const extensionBaseUrl = `moz-extension://${uuid}`;

  const profile = await mkdtemp(path.join(os.tmpdir(), 'centrix-firefox-'));
  await writeFile(
    path.join(profile, 'user.js'),
    userJs({ ...BASE_PREFS, 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }), ...prefs }),
  );

  let child: ChildProcess | undefined;
  let bidi: BidiClient | undefined;
  const close = async () => {
    if (bidi) {
      await Promise.race([bidi.send('browser.close').catch(() => undefined), delay(CLOSE_TIMEOUT_MS)]);
      bidi.close();
    }
    if (child && child.exitCode === null && child.signalCode === null) {
      const proc = child;
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      await Promise.race([exited, delay(CLOSE_TIMEOUT_MS)]);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    }
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  };

  try {
    const started = await startFirefox(executablePath, profile, headless);
    child = started.child;
    const client = await connectBidi(`${started.wsUrl}/session`);
    bidi = client;
    await client.send('session.new', {
      capabilities: acceptInsecureCerts ? { alwaysMatch: { acceptInsecureCerts: true } } : {},
    });

    const errorsByContext = new Map<string, string[]>();
    client.on('log.entryAdded', (params) => {
      const entry = params as LogEntry;
      if (entry.type !== 'javascript' || entry.level !== 'error' || !entry.source.context) return;
      const list = errorsByContext.get(entry.source.context) ?? [];
      list.push(entry.text ?? '(no message)');
      errorsByContext.set(entry.source.context, list);
    });
    await client.send('session.subscribe', { events: ['log.entryAdded'] });

    const contextIds = async () =>
      flatten((await client.send<{ contexts: BrowsingContextInfo[] }>('browsingContext.getTree', {})).contexts);

    const evaluate = async <T>(context: string, expression: string): Promise<T> => {
      const result = await client.send<EvaluateResult>('script.evaluate', {
        expression,
        target: { context },
        awaitPromise: true,
      });
      if (result.type === 'exception') throw new Error(`Page exception: ${result.exceptionDetails.text}`);
      return fromRemoteValue(result.result) as T;
    };

    const chromeTree = await client.send<{ contexts: BrowsingContextInfo[] }>('browsingContext.getTree', {
      'moz:scope': 'chrome',
    });
    const chromeWindow = chromeTree.contexts[0]?.context;
    if (!chromeWindow) throw new Error('Firefox has no chrome window to drive the add-on from');
    // Registered before the install so errors from the background's first start are kept too.
    await evaluate(
      chromeWindow,
      `(() => {
        const prefix = ${JSON.stringify(extensionBaseUrl + '/')};
        const quiet = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
        const errors = [];
        Services.console.registerListener({
          observe(message) {
            if (!(message instanceof Ci.nsIScriptError) || (message.flags & quiet)) return;
            if (String(message.sourceName).startsWith(prefix)) {
              errors.push(message.errorMessage + ' (' + message.sourceName + ':' + message.lineNumber + ')');
            }
          },
        });
        window.__centrixHarnessErrors = errors;
        return true;
      })()`,
    );
    await client.send('webExtension.install', { extensionData: { type: 'path', path: absoluteExtDir } });

    const waitLoaded = (context: string) =>
      waitFor(() => evaluate<string>(context, 'document.readyState').then((s) => s === 'complete'), {
        timeoutMs: PAGE_TIMEOUT_MS,
        what: 'the page to finish loading',
      });

    const openExtensionPage = async (pathname: string) => {
      const url = new URL(pathname, extensionBaseUrl).href;
      const before = new Set((await contextIds()).map((c) => c.context));
      await client.send('script.evaluate', {
        target: { context: chromeWindow },
        awaitPromise: false,
        expression: `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, {
          triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`,
      });
      const context = await waitFor(
        async () => (await contextIds()).find((c) => !before.has(c.context) && c.url.split('#')[0] === url)?.context,
        { timeoutMs: PAGE_TIMEOUT_MS, what: `a tab showing ${pathname}` },
      );
      await waitLoaded(context);
      return context;
    };

    const navigate = async (context: string, url: string) => {
      await client.send('browsingContext.navigate', { context, url, wait: 'complete' });
    };

    const openTab = async (url: string) => {
      const { context } = await client.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await navigate(context, url);
      return context;
    };

    let bridge: Promise<string> | undefined;
    const evaluateInBackground = async <T>(fnSource: string): Promise<T> => {
      // Any extension page can reach the background window; the options page is the one with the least to do.
      bridge ??= openExtensionPage(manifest.options_ui?.page ?? manifest.action?.default_popup ?? 'popup.html');
      const context = await bridge;
      return evaluate<T>(
        context,
        `(async () => {
          const bg = await browser.runtime.getBackgroundPage();
          if (!bg) throw new Error('no background page');
          return (${fnSource})(bg);
        })()`,
      );
    };

    return {
      bidi: client,
      addonId,
      extensionBaseUrl,
      openExtensionPage,
      openTab,
      navigate,
      evaluate,
      evaluateInBackground,
      extensionErrors: () => evaluate<string[]>(chromeWindow, 'window.__centrixHarnessErrors.slice()'),
      pageErrors: (context) => [...(errorsByContext.get(context) ?? [])],
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
