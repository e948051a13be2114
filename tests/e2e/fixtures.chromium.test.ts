// The saved pages (harness/fixture-run.ts) in real Chromium: host names resolved by the browser's host-resolver
// rules, so the manifest's match patterns decide where the content script runs, as for a user.
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension } from './harness/chromium';
import { describeFixtureRun } from './harness/fixture-run';
import { CHROMIUM_SANDBOX_EXT_DIR } from './harness/paths';
import type { FlowTab } from './harness/product-flow';

const PAGE_TIMEOUT_MS = 60_000;

const tabOf = (page: Page): FlowTab => ({
  evaluate: (expression) => page.evaluate(expression),
  close: () => page.close(),
});

describeFixtureRun('Chromium', 'chromium', async (hosts) => {
  const extension = await launchChromiumWithExtension(CHROMIUM_SANDBOX_EXT_DIR, { extraArgs: hosts.chromiumArgs() });
  try {
    const extensionPage = tabOf((await extension.openExtensionPage('/options.html')).page);
    return {
      extensionPage,
      async openTab(url) {
        const page = await extension.context.newPage();
        await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
        return tabOf(page);
      },
      openExtensionPage: async (pathname) => tabOf((await extension.openExtensionPage(pathname)).page),
      extensionErrors: () => Promise.resolve([]),
      close: () => extension.close(),
    };
  } catch (error) {
    await extension.close();
    throw error;
  }
});
