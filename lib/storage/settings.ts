// Reading and changing the settings: always validated, changes serialised so two saves never lose each other.
import { toLocale } from '../i18n';
import { withLock } from './lock';
import { settingsItem } from './items';
import { sanitizeSettings, SettingsSchema, type Settings, type SettingsPatch } from './settings-schema';

export async function readSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** Applies a validated partial change; refuses (throws nothing, returns null) a patch that would not validate. */
export function saveSettings(patch: SettingsPatch): Promise<Settings | null> {
  return withLock('settings', async () => {
    const next = SettingsSchema.safeParse({ ...(await readSettings()), ...patch });
    if (!next.success) return null;
    await settingsItem.setValue(next.data);
    return next.data;
  });
}

/**
 * On a fresh install the UI speaks the browser's language (most of Centrix's customers are francophone); the
 * options page changes it afterwards. Called only for `onInstalled` with reason `install`.
 */
export function adoptBrowserLanguage(browserLanguage: string | undefined): Promise<Settings | null> {
  return saveSettings({ uiLanguage: toLocale(browserLanguage) });
}
