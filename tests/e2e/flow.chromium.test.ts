// The product flow (harness/product-flow.ts) in real Chromium, driven through playwright-core.
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension } from './harness/chromium';
import { CHROMIUM_SANDBOX_EXT_DIR } from './harness/paths';
import { describeProductFlow, type FlowBrowser, type FlowTab } from './harness/product-flow';

const PAGE_TIMEOUT_MS = 60_000;

function tabOf(page: Page): FlowTab {
  return {
    evaluate: (expression) => page.evaluate(expression),
    close: () => page.close(),
  };
}

async function launch(): Promise<FlowBrowser> {
  const extension = await launchChromiumWithExtension(CHROMIUM_SANDBOX_EXT_DIR);
  try {
    const errors: Error[][] = [];
    const openExtensionPage = async (pathname: string) => {
      const opened = await extension.openExtensionPage(pathname);
      errors.push(opened.errors);
      return opened.page;
    };
    // The options page does nothing by itself once loaded: a quiet place to message the background from.
    const extensionPage = tabOf(await openExtensionPage('/options.html'));
    return {
      extensionPage,
      async openTab(url) {
        const page = await extension.context.newPage();
        await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
        return tabOf(page);
      },
      openExtensionPage: async (pathname) => tabOf(await openExtensionPage(pathname)),
      extensionErrors: () => Promise.resolve(errors.flat().map(String)),
      close: () => extension.close(),
    };
  } catch (error) {
    await extension.close();
    throw error;
  }
}

describeProductFlow('Chromium', launch);
