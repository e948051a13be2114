import { useEffect, useRef } from 'preact/hooks';
import type { OptionsStore } from '../../lib/ui/options-store';
import { LocaleProvider, useT } from '../shared/i18n';
import { CredentialsSection } from './credentials-section';
import { ListsSection } from './lists-section';
import { MappingSection } from './mapping-section';
import { SaveBar } from './save-bar';
import { SelectField } from './select-field';
import { SitesSection } from './sites-section';

export function OptionsApp({ store }: { store: OptionsStore }) {
  useEffect(() => {
    void store.load();
  }, [store]);
  return (
    <LocaleProvider locale={store.locale.value}>
      <OptionsBody store={store} />
    </LocaleProvider>
  );
}

function OptionsBody({ store }: { store: OptionsStore }) {
  const tr = useT();
  const form = useRef<HTMLFormElement>(null);
  const phase = store.phase.value;
  const draft = store.draft.value;
  const configured = store.credentialsConfigured.value;
  const saveState = store.saveState.value;

  // After a refused save, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (saveState.kind === 'invalid') form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [saveState]);

  return (
    <div class="options" lang={store.locale.value} data-testid={phase === 'loading' ? undefined : 'app-ready'}>
      <h1>{tr('optionsHeading')}</h1>
      {phase === 'loading' && <p class="muted">{tr('uiLoading')}</p>}
      {phase === 'failed' && (
        <div class="notice bad" role="alert">
          {tr('optionsLoadFailed', store.loadError.value ?? '')}{' '}
          <button type="button" class="link" onClick={() => void store.load()}>
            {tr('uiRetry')}
          </button>
        </div>
      )}
      {phase === 'ready' && (
        <form
          ref={form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void store.save();
          }}
        >
          <CredentialsSection
            configured={configured}
            listCount={store.lists.lists.value?.length}
            savedApiLanguage={store.saved.value.apiLanguage}
            changing={store.changingAccount.value}
            onChange={() => (store.changingAccount.value = true)}
            account={store.account.value}
            apiKey={store.apiKey.value}
            apiLanguage={draft.apiLanguage}
            sandbox={store.sandboxBuild.value}
            baseUrl={store.baseUrl.value}
            errors={store.errors.value}
            connection={store.connection.value}
            onAccount={(value) => (store.account.value = value)}
            onApiKey={(value) => (store.apiKey.value = value)}
            onApiLanguage={(apiLanguage) => store.edit({ apiLanguage })}
            onBaseUrl={(value) => (store.baseUrl.value = value)}
            onTest={() => void store.testConnection()}
            onForget={() => void store.forgetCredentials()}
          />
          <fieldset>
            <legend>{tr('optionsInterfaceLegend')}</legend>
            <SelectField
              id="ui-language"
              label={tr('optionsUiLanguageLabel')}
              value={draft.uiLanguage}
              options={[
                { value: 'en', label: 'English' },
                { value: 'fr', label: 'Français' },
              ]}
              onChange={(uiLanguage) => store.edit({ uiLanguage })}
            />
          </fieldset>
          {configured ? (
            <>
              <MappingSection
                rows={store.mappingRows.value}
                fields={store.catalogue.value === undefined ? undefined : (store.catalogue.value?.contactFields ?? [])}
                catalogueKnown={store.catalogue.value?.known ?? false}
                error={store.catalogueError.value}
                refreshing={store.refreshing.value}
                onChange={store.setMapping}
                onRefresh={() => void store.refreshCatalogue()}
              />
              <ListsSection
                lists={store.lists.lists.value}
                error={store.lists.error.value}
                selected={draft.defaultListIds}
                onChange={(defaultListIds) => store.edit({ defaultListIds })}
                onReload={() => void store.lists.reload()}
              />
            </>
          ) : (
            <p class="notice">{tr('optionsAccountDataLater')}</p>
          )}
          <SitesSection
            sites={draft.sites}
            assignExternalIds={draft.assignExternalIds}
            onSites={(sites) => store.edit({ sites })}
            onAssignExternalIds={(assignExternalIds) => store.edit({ assignExternalIds })}
          />
          <SaveBar state={saveState} dirty={store.dirty.value} />
        </form>
      )}
    </div>
  );
}
