// Which content script the background injects when a tab has none answering (entrypoints/content.ts and
// page.content.ts). Two instances in one tab would stop each other (lib/content/instance.ts), so LinkedIn and Gmail,
// where the static script may already run, get that same file, with its site adapters; every other page gets the
// light one.
import { siteOfUrl } from '../shared/site';

export const SITE_SCRIPT_FILE = '/content-scripts/content.js';
export const PAGE_SCRIPT_FILE = '/content-scripts/page.js';

export const scannerFileFor = (url: string | undefined): typeof SITE_SCRIPT_FILE | typeof PAGE_SCRIPT_FILE =>
  url !== undefined && siteOfUrl(url) !== 'other' ? SITE_SCRIPT_FILE : PAGE_SCRIPT_FILE;
