import { startCapture } from '@/lib/content/start';

// Static on LinkedIn and Gmail. On any other page the background injects this same file on demand
// (scripting.executeScript with files: ['content-scripts/content.js']) after the user's gesture (activeTab).
export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://mail.google.com/*'],
  // The started-script notice goes through a DOM event; a postMessage would also reach the page's own listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, browser.runtime, window);
  },
});
