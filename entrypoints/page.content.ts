import { startCapture } from '@/lib/content/start';
import { ORDINARY_PAGES } from '@/lib/detect/ordinary';

// Ordinary pages: never in the manifest, injected by the background (scripting.executeScript with files:
// ['content-scripts/page.js']) after the user's gesture (activeTab), and carrying no site adapter,
// only the readers of ordinary pages: microdata, names beside addresses, the site's own name. `matches` stays
// empty: WXT adds a runtime script's matches to the host permissions, and this one needs none.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, browser.runtime, window, ORDINARY_PAGES);
  },
});
