// Where the e2e harness finds the browsers and the sandbox builds. One place, so global setup, the tests and
// `npm start` agree.
//
// Exports:
//   PROJECT_ROOT                      absolute path of the checkout
//   CHROMIUM_PATH, FIREFOX_PATH       browser executables (env CHROMIUM_PATH / FIREFOX_PATH override the Debian paths)
//   CHROMIUM_SANDBOX_EXT_DIR          `.output/chrome-mv3-sandbox` (CENTRIX_SANDBOX=1 wxt build)
//   FIREFOX_SANDBOX_EXT_DIR           `.output/firefox-mv3-sandbox` (CENTRIX_SANDBOX=1 wxt build -b firefox --mv3)
//   FIXTURES_DIR                      `tests/fixtures`
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const CHROMIUM_SANDBOX_EXT_DIR = path.join(PROJECT_ROOT, '.output/chrome-mv3-sandbox');
export const FIREFOX_SANDBOX_EXT_DIR = path.join(PROJECT_ROOT, '.output/firefox-mv3-sandbox');
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'tests/fixtures');
