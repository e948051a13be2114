// The options page's state: the saved settings, the form's draft, and the answers of the background's checks.
// The API key and account number are write-only: typed into the draft, sent once, then forgotten by the page.
import { batch, computed, signal } from '@preact/signals';
import type { ContactRole } from '../centrix/types';
import { toLocale, type Locale } from '../i18n';
import { CONTACT_ROLES, type StoredCatalogue } from '../messaging/contract';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings-schema';
import type { UiDeps } from './browser-deps';
import { isError, request } from './client';
import { connectionFailure, connectionView } from './connection-view';
import { createListsStore } from './lists-store';
import { hasErrors, validateCredentials, type FormErrors } from './options-validation';
import { errorText } from './reason-text';
import type { ConnectionView, MappingRowView } from './view-types';

export type OptionsPhase = 'loading' | 'ready' | 'failed';
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid' }
  /** The settings were saved; the typed credentials were not (the connection result says why). */
  | { kind: 'credentials-refused' }
  | { kind: 'failed'; text: string };

/** Fills the roles the user has not mapped with the background's proposals; never overrides a choice. */
export function withProposals(mapping: Settings['fieldMapping'], catalogue: StoredCatalogue | null) {
  const filled = { ...mapping };
  for (const proposal of catalogue?.proposals ?? []) {
    if (!filled[proposal.role] && proposal.field) filled[proposal.role] = proposal.field;
  }
  return filled;
}

export function createOptionsStore(deps: Pick<UiDeps, 'send' | 'browserLanguage'>) {
  const phase = signal<OptionsPhase>('loading');
  const loadError = signal<string | undefined>(undefined);
  const saved = signal<Settings>(DEFAULT_SETTINGS);
  const draft = signal<Settings>(DEFAULT_SETTINGS);
  const initialLocale = toLocale(deps.browserLanguage());
  const locale = computed<Locale>(() => (phase.value === 'ready' ? draft.value.uiLanguage : initialLocale));
  const credentialsConfigured = signal(false);
  /** The account number the stored credentials are for (shown so the user knows which account is connected). */
  /** The user asked to replace the connected account's credentials: the account and key fields are shown. */
  const changingAccount = signal(false);
  const sandboxBuild = signal(false);
  const account = signal('');
  const apiKey = signal('');
  const baseUrl = signal('');
  /** Errors appear once the user tried to save or test, then follow every keystroke. */
  const showErrors = signal(false);
  const errors = computed<FormErrors>(() => (showErrors.value ? credentialErrors() : {}));
  const connection = signal<ConnectionView>({ kind: 'idle' });
  const catalogue = signal<StoredCatalogue | null | undefined>(undefined);
  const catalogueError = signal<string | undefined>(undefined);
  const refreshing = signal(false);
  /** The account's lists; the defaults chosen among them live in the draft (`defaultListIds`). */
  const lists = createListsStore(deps.send, locale);
  const saveState = signal<SaveState>({ kind: 'idle' });

  const typedCredentials = computed(() => account.value.trim() !== '' || apiKey.value.trim() !== '');
  const mappingRows = computed<MappingRowView[]>(() =>
    CONTACT_ROLES.map((role) => {
      const proposal = catalogue.value?.proposals.find((p) => p.role === role);
      const field = draft.value.fieldMapping[role] ?? '';
      const sample = field === '' ? undefined : catalogue.value?.samples?.[field];
      return {
        role,
        field,
        ...(proposal ? { proposed: { field: proposal.field, confidence: proposal.confidence } } : {}),
        ...(sample === undefined ? {} : { sample }),
      };
    }),
  );

  function credentialErrors(): FormErrors {
    // With credentials saved, leaving both fields empty keeps them; typing either means replacing both.
    const keep = credentialsConfigured.value && !typedCredentials.value;
    const found = keep
      ? validateCredentials({ account: '0', apiKey: '', apiBaseUrl: baseUrl.value }, true, sandboxBuild.value)
      : validateCredentials(
          { account: account.value, apiKey: apiKey.value, apiBaseUrl: baseUrl.value },
          false,
          sandboxBuild.value,
        );
    return found;
  }

  const fail = (error: Parameters<typeof errorText>[1]) => errorText(locale.value, error);

  function adopt(settings: Settings): void {
    batch(() => {
      saved.value = settings;
      draft.value = { ...settings, fieldMapping: withProposals(settings.fieldMapping, catalogue.value ?? null) };
      baseUrl.value = settings.devApiBaseUrl ?? '';
    });
  }

  async function loadCatalogue(refresh: boolean): Promise<void> {
    catalogueError.value = undefined;
    if (refresh) refreshing.value = true;
    const answer = await request(deps.send, { type: refresh ? 'ui/catalogue-refresh' : 'ui/catalogue-get' });
    refreshing.value = false;
    if (isError(answer)) {
      catalogueError.value = fail(answer);
      if (catalogue.value === undefined) catalogue.value = null;
      return;
    }
    batch(() => {
      catalogue.value = answer.catalogue;
      draft.value = { ...draft.value, fieldMapping: withProposals(draft.value.fieldMapping, answer.catalogue) };
    });
  }

  /** What only works with credentials: the account's lists and fields. */
  async function loadAccountData(): Promise<void> {
    await Promise.all([lists.load(), loadCatalogue(false)]);
    // A first visit has no stored catalogue yet: fetch it rather than show an empty mapping.
    if (catalogue.value === null && catalogueError.value === undefined) await loadCatalogue(true);
  }

  async function load(): Promise<void> {
    phase.value = 'loading';
    const answer = await request(deps.send, { type: 'ui/settings-get' });
    if (isError(answer)) {
      batch(() => {
        loadError.value = errorText(initialLocale, answer);
        phase.value = 'failed';
      });
      return;
    }
    batch(() => {
      credentialsConfigured.value = answer.credentialsConfigured;
      sandboxBuild.value = answer.sandboxBuild;
      adopt(answer.settings);
      phase.value = 'ready';
    });
    if (answer.credentialsConfigured) await loadAccountData();
  }

  function edit(patch: Partial<Settings>): void {
    draft.value = { ...draft.value, ...patch };
    if (saveState.value.kind !== 'saving') saveState.value = { kind: 'idle' };
  }

  function setMapping(role: ContactRole, field: string): void {
    const fieldMapping = { ...draft.value.fieldMapping };
    if (field === '') delete fieldMapping[role];
    else fieldMapping[role] = field;
    edit({ fieldMapping });
  }

  function settingsPatch(): Partial<Settings> {
    const patch: Partial<Settings> = { ...draft.value };
    // Production builds ignore the developer URL: do not write what the user cannot see.
    if (sandboxBuild.value) patch.devApiBaseUrl = baseUrl.value.trim() === '' ? null : baseUrl.value.trim();
    else delete patch.devApiBaseUrl;
    return patch;
  }

  async function saveSettings(): Promise<string | undefined> {
    const answer = await request(deps.send, { type: 'ui/settings-save', patch: settingsPatch() });
    if (isError(answer)) return fail(answer);
    adopt(answer.settings);
    return undefined;
  }

  /** Sends typed credentials (the background tests them and keeps them unless Centrix rejects them). */
  async function saveCredentials(): Promise<boolean> {
    connection.value = { kind: 'testing' };
    const answer = await request(deps.send, {
      type: 'ui/credentials-save',
      account: account.value.trim(),
      apiKey: apiKey.value.trim(),
    });
    if (isError(answer)) {
      connection.value = connectionFailure(locale.value, answer);
      return false;
    }
    connection.value = connectionView(answer.connection);
    if (!answer.saved) return false;
    // The account number never comes back to the page, so any replacement of saved credentials counts as a switch:
    // what is shown is read again from the background, which forgot the old account's data if it changed.
    const switched = credentialsConfigured.value;
    batch(() => {
      credentialsConfigured.value = true;
      changingAccount.value = false;
      account.value = '';
      apiKey.value = '';
      // Another account: nothing shown may come from the previous one (the background forgot it too).
      if (switched) {
        catalogue.value = undefined;
        lists.forget();
      }
    });
    // The background may have reset what belonged to the previous account (mapping, default lists): show its state.
    const fresh = await request(deps.send, { type: 'ui/settings-get' });
    if (!isError(fresh)) adopt(fresh.settings);
    await loadAccountData();
    return true;
  }

  async function testConnection(): Promise<void> {
    showErrors.value = true;
    if (hasErrors(credentialErrors())) return;
    connection.value = { kind: 'testing' };
    // What the form shows is tested as it is (typed credentials, language, developer URL); nothing is saved.
    const typed = typedCredentials.value
      ? {
          account: account.value.trim(),
          apiKey: apiKey.value.trim(),
          apiLanguage: draft.value.apiLanguage,
          devApiBaseUrl: settingsPatch().devApiBaseUrl ?? saved.value.devApiBaseUrl,
        }
      : undefined;
    const answer = await request(deps.send, { type: 'ui/test-connection', ...(typed ? { typed } : {}) });
    connection.value = isError(answer) ? connectionFailure(locale.value, answer) : connectionView(answer.connection);
  }

  function baseUrlChanged(): boolean {
    return sandboxBuild.value && (saved.value.devApiBaseUrl ?? '') !== baseUrl.value.trim();
  }

  async function save(): Promise<void> {
    showErrors.value = true;
    if (hasErrors(credentialErrors())) {
      saveState.value = { kind: 'invalid' };
      return;
    }
    saveState.value = { kind: 'saving' };
    const problem = await saveSettings();
    if (problem) {
      saveState.value = { kind: 'failed', text: problem };
      return;
    }
    if (typedCredentials.value && !(await saveCredentials())) {
      saveState.value = { kind: 'credentials-refused' };
      return;
    }
    saveState.value = { kind: 'saved' };
  }

  async function forgetCredentials(): Promise<void> {
    const answer = await request(deps.send, { type: 'ui/credentials-clear' });
    if (isError(answer)) {
      saveState.value = { kind: 'failed', text: fail(answer) };
      return;
    }
    batch(() => {
      credentialsConfigured.value = false;
      changingAccount.value = false;
      connection.value = { kind: 'idle' };
      catalogue.value = undefined;
      lists.forget();
    });
  }

  return {
    phase,
    loadError,
    locale,
    saved,
    draft,
    credentialsConfigured,
    changingAccount,
    sandboxBuild,
    account,
    apiKey,
    baseUrl,
    errors,
    connection,
    catalogue,
    catalogueError,
    refreshing,
    lists,
    saveState,
    mappingRows,
    dirty: computed(
      () => JSON.stringify(draft.value) !== JSON.stringify(saved.value) || typedCredentials.value || baseUrlChanged(),
    ),
    load,
    edit,
    setMapping,
    testConnection,
    save,
    forgetCredentials,
    refreshCatalogue: () => loadCatalogue(true),
  };
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
