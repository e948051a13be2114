// The product flow (harness/product-flow.ts) in real Firefox ESR, driven over WebDriver BiDi.
//
// Host permissions, as seen on Firefox ESR 153.8 with this harness: MV3 `host_permissions` are revocable by the
// user, and whether they are granted at install follows the pref `extensions.originControls.grantByDefault`
// (default true). With the default, the temporarily installed add-on holds every manifest origin (`permissions
// .getAll()` lists the loopback patterns); with the pref set to false it holds none, and scan and API calls on
// loopback would fail. The suite's first test checks `permissions.contains` for the loopback pattern from an
// extension page, so a change of that default shows up there, not as a confusing failure further on.
import { launchFirefoxWithExtension, type FirefoxExtension } from './harness/firefox';
import { FIREFOX_SANDBOX_EXT_DIR } from './harness/paths';
import { describeProductFlow, type FlowBrowser, type FlowTab } from './harness/product-flow';

function tabOf(firefox: FirefoxExtension, context: string): FlowTab {
  return {
    evaluate: (expression) => firefox.evaluate(context, expression),
    close: async () => {
      await firefox.bidi.send('browsingContext.close', { context });
    },
  };
}

async function launch(): Promise<FlowBrowser> {
  const firefox = await launchFirefoxWithExtension(FIREFOX_SANDBOX_EXT_DIR);
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
}

describeProductFlow('Firefox', launch);
