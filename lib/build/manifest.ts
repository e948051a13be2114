// The manifest fields we set ourselves, as a pure function so a test can check both browsers and both variants.
export const PRODUCTION_API_HOST = 'https://api.centrix.one/*';
export const SANDBOX_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
export const GECKO_ID = 'capture@centrix.one';
/** Rendered from assets/icon.svg by `npm run icons` (scripts/render-icons.ts). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
/** The permissions the README lists; the zip check refuses a store manifest that asks for more. */
export const PERMISSIONS = ['storage', 'alarms', 'activeTab', 'scripting', 'contextMenus'] as const;
/**
 * Firefox's data categories for what leaves the browser (to the user's Centrix account, nowhere else): names and
 * email addresses (personally identifying), what the page says about them (website content), and the LinkedIn
 * profile addresses looked up while browsing (browsing activity). The README's privacy section names each one.
 */
export const FIREFOX_DATA_COLLECTION = ['personallyIdentifyingInfo', 'websiteContent', 'browsingActivity'] as const;

/**
 * Where the content script runs statically: LinkedIn on every subdomain (`www`, `fr`, `ca`, `uk` … serve the same
 * pages; the pattern also matches `linkedin.com` itself) and Gmail. The match patterns are the only access to those
 * sites the extension asks for: no host permission names them, and ordinary pages get the scanner on demand.
 */
export const STATIC_CONTENT_MATCHES = ['https://*.linkedin.com/*', 'https://mail.google.com/*'];

export interface ManifestInput {
  browser: string;
  sandbox: boolean;
}

export function manifestFor({ browser, sandbox }: ManifestInput) {
  const hosts = sandbox ? [PRODUCTION_API_HOST, ...SANDBOX_HOSTS] : [PRODUCTION_API_HOST];
  const manifest: Record<string, unknown> = {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: ICONS,
    permissions: [...PERMISSIONS],
    host_permissions: hosts,
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    // Nothing outside this extension may message it: no web page, no other extension.
    externally_connectable: { ids: [], matches: [] },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandOpenPopup__',
      },
    },
  };
  if (browser === 'firefox') {
    // Firefox has no externally_connectable; web-ext lint warns about unknown keys.
    delete manifest.externally_connectable;
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: [...FIREFOX_DATA_COLLECTION] },
      },
    };
  }
  return manifest;
}
