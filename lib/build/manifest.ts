// The manifest fields we set ourselves, as a pure function so a test can check both browsers and both variants.
export const PRODUCTION_API_HOST = 'https://api.centrix.one/*';
export const SANDBOX_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
export const GECKO_ID = 'capture@centrix.one';

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
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: hosts,
    action: { default_title: '__MSG_actionTitle__' },
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
        data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
      },
    };
  }
  return manifest;
}
