import { STATIC_CONTENT_MATCHES } from '@/lib/build/manifest';
import { startCapture } from '@/lib/content/start';
import { SITE_ADAPTERS } from '@/lib/detect/sites/all';

// Static on LinkedIn and Gmail, with their site adapters. The background injects this same file on demand there
// (the user switched the site off and on again); ordinary pages get the lighter `page` script instead.
export default defineContentScript({
  matches: STATIC_CONTENT_MATCHES,
  // The started-script notice goes through a DOM event; a postMessage would also reach the page's own listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, browser.runtime, window, SITE_ADAPTERS);
  },
});
