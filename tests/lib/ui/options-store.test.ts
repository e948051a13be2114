import { describe, expect, it } from 'vitest';
import type { StoredCatalogue } from '../../../lib/messaging/contract';
import { createOptionsStore, withProposals } from '../../../lib/ui/options-store';
import { fakeBackground, settingsAnswer } from './fake-background';

const CATALOGUE: StoredCatalogue = {
  fetchedAt: 1,
  known: true,
  contactFields: ['Prenom', 'Nom', 'Courriel', 'Entreprise'],
  samples: { Courriel: 'ada@example.com' },
  contactScriptFields: [],
  proposals: [
    { role: 'firstName', field: 'Prenom', confidence: 1 },
    { role: 'email', field: 'Courriel', confidence: 0.8 },
  ],
};

async function loaded(handlers: Parameters<typeof fakeBackground>[0] = {}) {
  const bg = fakeBackground(handlers);
  const store = createOptionsStore(bg.deps);
  await store.load();
  return { bg, store };
}

const connected = { ok: true, connection: { result: 'success', lists: 2 }, saved: true };

describe('withProposals', () => {
  it('fills only unmapped roles', () => {
    expect(withProposals({ email: 'Mail' }, CATALOGUE)).toEqual({ email: 'Mail', firstName: 'Prenom' });
    expect(withProposals({}, null)).toEqual({});
  });
});

describe('options store', () => {
  it('loads settings, then lists and the catalogue when credentials exist, pre-filling the mapping', async () => {
    const { store } = await loaded({
      'ui/settings-get': () => settingsAnswer({ fieldMapping: {} }),
      'ui/catalogue-get': () => ({ ok: true, catalogue: CATALOGUE }),
    });
    expect(store.phase.value).toBe('ready');
    expect(store.credentialsConfigured.value).toBe(true);
    expect(store.lists.lists.value).toHaveLength(2);
    expect(store.draft.value.fieldMapping).toEqual({ firstName: 'Prenom', email: 'Courriel' });
    const email = store.mappingRows.value.find((r) => r.role === 'email');
    expect(email).toEqual({
      role: 'email',
      field: 'Courriel',
      proposed: { field: 'Courriel', confidence: 0.8 },
      sample: 'ada@example.com',
    });
    // Proposals not yet saved make the form dirty, so the user sees there is something to save.
    expect(store.dirty.value).toBe(true);
  });

  it('fetches the catalogue on a first visit that has none stored', async () => {
    const { bg } = await loaded({ 'ui/catalogue-refresh': () => ({ ok: true, catalogue: CATALOGUE }) });
    expect(bg.of('ui/catalogue-refresh')).toHaveLength(1);
  });

  it('without credentials, asks for nothing account-specific', async () => {
    const { bg, store } = await loaded({ 'ui/settings-get': () => settingsAnswer({}, false) });
    expect(bg.sent.map((m) => m.type)).toEqual(['ui/settings-get']);
    expect(store.credentialsConfigured.value).toBe(false);
  });

  it('shows no error before the first save, then inline errors that block it', async () => {
    const { bg, store } = await loaded({ 'ui/settings-get': () => settingsAnswer({}, false) });
    expect(store.errors.value).toEqual({});
    store.account.value = '12 x';
    await store.save();
    expect(store.errors.value).toEqual({ account: 'optionsErrorAccountCharacters', apiKey: 'optionsErrorKeyRequired' });
    expect(store.saveState.value).toEqual({ kind: 'invalid' });
    expect(bg.of('ui/settings-save')).toEqual([]);
    store.account.value = '123';
    expect(store.errors.value).toEqual({ apiKey: 'optionsErrorKeyRequired' });
  });

  it('keeps saved credentials when both fields stay empty', async () => {
    const { bg, store } = await loaded();
    store.edit({ apiLanguage: 'FR' });
    await store.save();
    expect(store.saveState.value).toEqual({ kind: 'saved' });
    expect(bg.of('ui/credentials-save')).toEqual([]);
    expect(bg.of('ui/settings-save')[0]!.patch).toMatchObject({ apiLanguage: 'FR' });
  });

  it('replacing credentials needs both the account and the key', async () => {
    const { store } = await loaded();
    store.apiKey.value = 'newkey';
    await store.save();
    expect(store.errors.value).toEqual({ account: 'optionsErrorAccountRequired' });
  });

  it('saves settings then credentials, and forgets the typed key once stored', async () => {
    const { bg, store } = await loaded({
      'ui/settings-get': () => settingsAnswer({}, false),
      'ui/settings-save': (m) => settingsAnswer(m.patch as object, false),
      'ui/credentials-save': () => connected,
    });
    store.account.value = ' 12345 ';
    store.apiKey.value = 'S3cretKey';
    await store.save();
    expect(bg.of('ui/credentials-save')).toEqual([
      { type: 'ui/credentials-save', account: '12345', apiKey: 'S3cretKey' },
    ]);
    expect(store.saveState.value).toEqual({ kind: 'saved' });
    expect(store.credentialsConfigured.value).toBe(true);
    expect(store.apiKey.value).toBe('');
    expect(store.account.value).toBe('');
    expect(store.connection.value).toEqual({ kind: 'ok', lists: 2 });
  });

  it('keeps what was typed when Centrix refuses the credentials', async () => {
    const { store } = await loaded({
      'ui/settings-get': () => settingsAnswer({}, false),
      'ui/credentials-save': () => ({
        ok: true,
        connection: { result: 'bad-credentials', message: 'Bad key' },
        saved: false,
      }),
    });
    store.account.value = '12345';
    store.apiKey.value = 'wrong';
    await store.save();
    expect(store.saveState.value).toEqual({ kind: 'credentials-refused' });
    expect(store.connection.value).toEqual({ kind: 'bad-credentials', message: 'Bad key' });
    expect(store.apiKey.value).toBe('wrong');
    expect(store.credentialsConfigured.value).toBe(false);
  });

  it('keeps the draft when saving fails', async () => {
    const { store } = await loaded({
      'ui/settings-save': () => ({ ok: false, error: 'invalid', message: 'Storage is full.' }),
    });
    store.edit({ sites: { linkedin: false, gmail: true, others: true } });
    await store.save();
    expect(store.saveState.value).toEqual({ kind: 'failed', text: 'Storage is full.' });
    expect(store.draft.value.sites.linkedin).toBe(false);
  });

  it('tests the stored credentials, or the typed ones without saving anything', async () => {
    const { bg, store } = await loaded({
      'ui/test-connection': (m) =>
        'typed' in m
          ? { ok: true, connection: { result: 'success', lists: 2 }, saved: false }
          : { ok: true, connection: { result: 'unavailable', message: 'Retry in 2 min' }, saved: false },
    });
    expect(store.credentialsConfigured.value).toBe(true);
    await store.testConnection();
    expect(bg.of('ui/test-connection')).toEqual([{ type: 'ui/test-connection' }]);
    expect(store.connection.value).toEqual({ kind: 'unavailable', message: 'Retry in 2 min' });
    store.account.value = '99';
    store.apiKey.value = 'sandbox-key';
    await store.testConnection();
    expect(bg.of('ui/test-connection')[1]).toEqual({
      type: 'ui/test-connection',
      typed: { account: '99', apiKey: 'sandbox-key', apiLanguage: 'EN', devApiBaseUrl: null },
    });
    expect(store.connection.value).toEqual({ kind: 'ok', lists: 2 });
    // Nothing was saved: the stored credentials stay connected, and the form still has something to save.
    expect(bg.of('ui/credentials-save')).toEqual([]);
    expect(bg.of('ui/settings-save')).toEqual([]);
    expect(store.credentialsConfigured.value).toBe(true);
    expect(store.dirty.value).toBe(true);
  });

  it("tests with the form's language and developer URL, in a sandbox build, without saving them", async () => {
    const { bg, store } = await loaded({
      'ui/settings-get': () => settingsAnswer({}, false, true),
      'ui/test-connection': () => ({ ok: true, connection: { result: 'success', lists: 2 }, saved: false }),
    });
    store.baseUrl.value = 'http://127.0.0.1:8787/API_WEB';
    store.edit({ apiLanguage: 'FR' });
    store.account.value = '1234';
    store.apiKey.value = 'sandbox-key';
    await store.testConnection();
    expect(bg.of('ui/test-connection')[0]!.typed).toEqual({
      account: '1234',
      apiKey: 'sandbox-key',
      apiLanguage: 'FR',
      devApiBaseUrl: 'http://127.0.0.1:8787/API_WEB',
    });
    expect(bg.of('ui/settings-save')).toEqual([]);
    expect(store.credentialsConfigured.value).toBe(false);
  });

  it('saves typed credentials with Save, then shows what the background kept for the new account', async () => {
    let account: string | null = '1234';
    const { bg, store } = await loaded({
      'ui/settings-get': () => settingsAnswer({ defaultListIds: account === '1234' ? ['1'] : [] }),
      'ui/credentials-save': (m) => {
        account = String(m.account);
        return connected;
      },
      'ui/catalogue-get': () => ({ ok: true, catalogue: CATALOGUE }),
    });
    expect(store.draft.value.defaultListIds).toEqual(['1']);
    store.changingAccount.value = true;
    store.account.value = '5678';
    store.apiKey.value = 'other-key';
    await store.save();
    expect(bg.of('ui/credentials-save')).toEqual([
      { type: 'ui/credentials-save', account: '5678', apiKey: 'other-key' },
    ]);
    expect(store.saveState.value).toEqual({ kind: 'saved' });
    expect(store.credentialsConfigured.value).toBe(true);
    expect(store.changingAccount.value).toBe(false);
    // The background forgot the old account's default lists: the page shows that, not its stale draft.
    expect(store.draft.value.defaultListIds).toEqual([]);
    expect(bg.of('ui/catalogue-get').length).toBeGreaterThanOrEqual(2);
    expect(store.account.value).toBe('');
    expect(store.apiKey.value).toBe('');
  });

  it('never writes a developer URL from a production build', async () => {
    const { bg, store } = await loaded();
    await store.save();
    expect(bg.of('ui/settings-save')[0]!.patch).not.toHaveProperty('devApiBaseUrl');
  });

  it('edits the mapping, and unmaps a role with an empty choice', async () => {
    const { store } = await loaded({
      'ui/settings-get': () => settingsAnswer({ fieldMapping: {} }),
      'ui/catalogue-get': () => ({ ok: true, catalogue: CATALOGUE }),
    });
    store.setMapping('company', 'Entreprise');
    store.setMapping('email', '');
    expect(store.draft.value.fieldMapping).toEqual({ firstName: 'Prenom', company: 'Entreprise' });
  });

  it('switches the page language as soon as the user picks one', async () => {
    const { store } = await loaded();
    expect(store.locale.value).toBe('en');
    store.edit({ uiLanguage: 'fr' });
    expect(store.locale.value).toBe('fr');
  });

  it('forgets credentials on request', async () => {
    const { bg, store } = await loaded({ 'ui/credentials-clear': () => ({ ok: true }) });
    await store.forgetCredentials();
    expect(bg.of('ui/credentials-clear')).toHaveLength(1);
    expect(store.credentialsConfigured.value).toBe(false);
  });
});
