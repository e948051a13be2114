// The saved pages (harness/fixture-run.ts) in real Firefox ESR over WebDriver BiDi: the pages' host names resolve to
// loopback (`network.dns.localDomains`), so the manifest's match patterns decide where the content script runs; the
// URLs carry the server's port, which match patterns ignore.
import { launchFirefoxWithExtension, type FirefoxExtension } from './harness/firefox';
import { describeFixtureRun } from './harness/fixture-run';
import { FIREFOX_SANDBOX_EXT_DIR } from './harness/paths';
import type { FlowTab } from './harness/product-flow';

const tabOf = (firefox: FirefoxExtension, context: string): FlowTab => ({
  evaluate: (expression) => firefox.evaluate(context, expression),
  close: async () => {
    await firefox.bidi.send('browsingContext.close', { context });
  },
});

describeFixtureRun('Firefox', 'firefox', async (hosts) => {
  const firefox = await launchFirefoxWithExtension(FIREFOX_SANDBOX_EXT_DIR, {
    prefs: hosts.firefoxPrefs(),
    acceptInsecureCerts: true,
  });
  try {
    const extensionPage = tabOf(firefox, await firefox.openExtensionPage('/options.html'));
    return {
      extensionPage,
      openTab: async (url) => tabOf(firefox, await firefox.openTab(url)),
      openExtensionPage: async (pathname) => tabOf(firefox, await firefox.openExtensionPage(pathname)),
      extensionErrors: () => firefox.extensionErrors(),
      close: () => firefox.close(),
    };
  } catch (error) {
    await firefox.close();
    throw error;
  }
});
