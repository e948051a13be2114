// Points a freshly loaded Chromium extension at the local sandbox, the way a user would through the options page:
// the messages go from an extension page (the background refuses `ui/*` messages from anywhere else), the API base
// URL as a setting (honoured by sandbox builds only), then the credentials, which the background tests with a
// `Scripts` read before it keeps them in its credential store.
//
// Exports:
//   seedExtensionSettings(extension, { apiBase, account, key }) → Promise<SeedResult>
//     SeedResult = the background's answer to `ui/credentials-save` (`{ ok, connection: { result }, saved }`)
//   seedSettingsWith(send, { apiBase, account, key }) → Promise<SeedResult>
//     the same two messages through any browser's `send` (a `runtime.sendMessage` made from an extension page)
//   DevSettings   { apiBase, account, key }
import type { ChromiumExtension } from './chromium';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export interface DevSettings {
  apiBase: string;
  account: string;
  key: string;
}

export interface SeedResult {
  ok: boolean;
  connection?: { result: string; message?: string };
  saved?: boolean;
  error?: string;
}

export async function seedSettingsWith(
  send: (message: unknown) => Promise<unknown>,
  { apiBase, account, key }: DevSettings,
): Promise<SeedResult> {
  const saved = (await send({ type: 'ui/settings-save', patch: { devApiBaseUrl: apiBase } })) as {
    ok: boolean;
    error?: string;
  };
  if (!saved.ok) return { ok: false, error: `settings refused: ${saved.error ?? 'unknown'}` };
  return (await send({ type: 'ui/credentials-save', account, apiKey: key })) as SeedResult;
}

export async function seedExtensionSettings(extension: ChromiumExtension, settings: DevSettings): Promise<SeedResult> {
  const { page } = await extension.openExtensionPage('/options.html');
  try {
    return await seedSettingsWith((message) => page.evaluate((m) => chrome.runtime.sendMessage(m), message), settings);
  } finally {
    await page.close();
  }
}
