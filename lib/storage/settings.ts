// Reading and changing the settings: always validated, changes serialised so two saves never lose each other.
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
