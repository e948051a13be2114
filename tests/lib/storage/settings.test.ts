import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { adoptBrowserLanguage, readSettings, saveSettings } from '../../../lib/storage/settings';
import { settingsItem } from '../../../lib/storage/items';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../../../lib/storage/settings-schema';

// What a v1 install writes (sample data for the migration tests: every later version must read it).
const v1Sample: Settings = {
  apiLanguage: 'FR',
  uiLanguage: 'fr',
  fieldMapping: {
    email: 'Courriel',
    firstName: 'Prenom',
    lastName: 'Nom',
    linkedinUrl: 'Contact_Custom_ProfilLinkedIn',
  },
  defaultListIds: ['12', '7'],
  sites: { linkedin: true, gmail: false, others: true },
  assignExternalIds: true,
  devApiBaseUrl: 'http://127.0.0.1:4010/API_WEB',
};

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads defaults on a fresh install', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads back v1 sample data unchanged', async () => {
    await fakeBrowser.storage.local.set({ settings: v1Sample, settings$: { v: 1 } });
    expect(await readSettings()).toEqual(v1Sample);
  });

  it('keeps the valid parts of a corrupted value and defaults the rest', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        apiLanguage: 'DE',
        uiLanguage: 'fr',
        fieldMapping: { email: 'Courriel', phone: '', company: 'a,b', bogus: 'x' },
        defaultListIds: 'not a list',
        sites: null,
        assignExternalIds: true,
      },
    });
    const settings = await readSettings();
    expect(settings.apiLanguage).toBe('EN');
    expect(settings.uiLanguage).toBe('fr');
    expect(settings.fieldMapping).toEqual({ email: 'Courriel' });
    expect(settings.defaultListIds).toEqual([]);
    expect(settings.sites).toEqual(DEFAULT_SETTINGS.sites);
    expect(settings.assignExternalIds).toBe(true);
    expect(settings.devApiBaseUrl).toBeNull();
  });

  it.each([null, 42, 'text', [], { fieldMapping: 'x' }])('never throws on stored %j', (raw) => {
    expect(sanitizeSettings(raw)).toEqual({ ...DEFAULT_SETTINGS });
  });

  it('applies a patch and refuses one that would not validate', async () => {
    expect(await saveSettings({ uiLanguage: 'fr', defaultListIds: ['3'] })).toMatchObject({ uiLanguage: 'fr' });
    expect(await saveSettings({ devApiBaseUrl: 'javascript:alert(1)' })).toBeNull();
    expect(await settingsItem.getValue()).toMatchObject({
      uiLanguage: 'fr',
      defaultListIds: ['3'],
      devApiBaseUrl: null,
    });
  });

  it('serialises concurrent patches so none is lost', async () => {
    await Promise.all([
      saveSettings({ uiLanguage: 'fr' }),
      saveSettings({ apiLanguage: 'FR' }),
      saveSettings({ assignExternalIds: true }),
    ]);
    expect(await readSettings()).toMatchObject({ uiLanguage: 'fr', apiLanguage: 'FR', assignExternalIds: true });
  });
});

describe('adoptBrowserLanguage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([
    ['fr-CA', 'fr'],
    ['fr', 'fr'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])('a browser in %s gets a UI in %s, and nothing else changes', async (tag, expected) => {
    await saveSettings({ assignExternalIds: true });
    await adoptBrowserLanguage(tag);
    const settings = await readSettings();
    expect(settings.uiLanguage).toBe(expected);
    expect(settings.assignExternalIds).toBe(true);
  });
});
