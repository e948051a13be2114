// What `npm start` prints once the sandbox runs: every setting a person needs to load and configure the extension
// by hand (build folder, API base URL, account, key, demo page), and, without a display, the steps for each browser.
// A pure function so tests/e2e/start.test.ts can check the real script's output against it.
export type StartBrowser = 'chromium' | 'firefox';

export interface StartInfo {
  browser: StartBrowser;
  /** The sandbox build for the browser asked for (relative to the project). */
  extensionDir: string;
  apiBase: string;
  account: string;
  key: string;
  demoUrl: string;
}

export function startSummary(info: StartInfo): string {
  return `
Centrix Capture — local demo (${info.browser === 'firefox' ? 'Firefox ESR' : 'Chromium'})
  extension build folder: ${info.extensionDir}
  API base URL:           ${info.apiBase}
  account number:         ${info.account}
  API key:                ${info.key}
  demo prospect page:     ${info.demoUrl}
`;
}

export function byHandSteps(info: StartInfo, reason: string): string {
  const load =
    info.browser === 'firefox'
      ? `open about:debugging#/runtime/this-firefox in Firefox, choose "Load Temporary Add-on…" and pick
  ${info.extensionDir}/manifest.json`
      : `open chrome://extensions in Chromium, turn on Developer mode, choose "Load unpacked" and pick
  ${info.extensionDir}`;
  return `${reason}
The sandbox and the demo page keep running. To try the extension by hand:
  1. ${load}
  2. in the extension's options (they open by themselves on install), fill in:
       API base URL:   ${info.apiBase}
       account number: ${info.account}
       API key:        ${info.key}
     then "Test connection" and "Save";
  3. open the demo page: ${info.demoUrl}
Press Ctrl-C to stop.`;
}
