import { useState } from 'preact/hooks';
import type { FormErrors } from '../../lib/ui/options-validation';
import type { ConnectionView } from '../../lib/ui/view-types';
import { useT } from '../shared/i18n';
import { ConnectionResult } from './connection-result';
import { SelectField } from './select-field';
import { TextField } from './text-field';

export interface CredentialsSectionProps {
  /** Whether credentials are stored; their values are never given to the page. */
  configured: boolean;
  /** How many lists the connected account has, once read. */
  listCount: number | undefined;
  savedApiLanguage: 'EN' | 'FR';
  /** The user chose to replace the connected account's credentials. */
  changing: boolean;
  onChange: () => void;
  account: string;
  apiKey: string;
  apiLanguage: 'EN' | 'FR';
  sandbox: boolean;
  baseUrl: string;
  errors: FormErrors;
  connection: ConnectionView;
  onAccount: (value: string) => void;
  onApiKey: (value: string) => void;
  onApiLanguage: (value: 'EN' | 'FR') => void;
  onBaseUrl: (value: string) => void;
  onTest: () => void;
  onForget: () => void;
}

export function CredentialsSection(props: CredentialsSectionProps) {
  const tr = useT();
  const { configured, errors, connection } = props;
  const [confirmForget, setConfirmForget] = useState(false);
  const connected = configured;
  const showFields = !connected || props.changing;
  const language = props.savedApiLanguage === 'FR' ? tr('optionsApiLanguageFr') : tr('optionsApiLanguageEn');
  return (
    <fieldset>
      <legend>{tr('optionsAccountLegend')}</legend>
      <p class={configured ? 'notice ok' : 'notice'} data-testid="credentials-state">
        {connected
          ? props.listCount === undefined
            ? tr('optionsConnectedTo', language)
            : tr('optionsConnectedToLists', props.listCount, language)
          : configured
            ? tr('optionsCredentialsSaved')
            : tr('optionsCredentialsMissing')}
      </p>
      {connected && !props.changing && (
        <div class="row">
          <button type="button" onClick={props.onTest} disabled={connection.kind === 'testing'}>
            {tr('optionsTestButton')}
          </button>
          <button type="button" onClick={props.onChange}>
            {tr('optionsChangeAccount')}
          </button>
          {!confirmForget && (
            <button type="button" onClick={() => setConfirmForget(true)}>
              {tr('optionsForgetButton')}
            </button>
          )}
        </div>
      )}
      {showFields && (
        <>
          <TextField
            id="account"
            label={tr('optionsAccountLabel')}
            value={props.account}
            onInput={props.onAccount}
            error={errors.account}
            placeholder={configured ? tr('optionsSavedPlaceholder') : undefined}
            hint={tr('optionsAccountHint')}
          />
          <TextField
            id="api-key"
            type="password"
            label={tr('optionsKeyLabel')}
            value={props.apiKey}
            onInput={props.onApiKey}
            error={errors.apiKey}
            autoComplete="new-password"
            placeholder={configured ? tr('optionsSavedPlaceholder') : undefined}
            hint={configured ? tr('optionsKeyReplaceHint') : tr('optionsKeyHint')}
          />
          <SelectField
            id="api-language"
            label={tr('optionsApiLanguageLabel')}
            value={props.apiLanguage}
            options={[
              { value: 'EN', label: tr('optionsApiLanguageEn') },
              { value: 'FR', label: tr('optionsApiLanguageFr') },
            ]}
            onChange={props.onApiLanguage}
          />
          {props.sandbox && (
            <TextField
              id="base-url"
              type="url"
              label={tr('optionsBaseUrlLabel')}
              value={props.baseUrl}
              onInput={props.onBaseUrl}
              error={errors.apiBaseUrl}
              placeholder="http://127.0.0.1:8787/API_WEB"
              hint={tr('optionsBaseUrlHint')}
            />
          )}
          <div class="row">
            <button type="button" onClick={props.onTest} disabled={connection.kind === 'testing'}>
              {tr('optionsTestButton')}
            </button>
            {configured && !connected && !confirmForget && (
              <button type="button" onClick={() => setConfirmForget(true)}>
                {tr('optionsForgetButton')}
              </button>
            )}
          </div>
        </>
      )}
      {configured && confirmForget && (
        // Only Centrix support can issue the key again: forgetting it is confirmed first.
        <div class="notice warn" role="alertdialog" aria-labelledby="forget-text">
          <p id="forget-text">{tr('optionsForgetConfirmText')}</p>
          <div class="row">
            <button
              type="button"
              onClick={() => {
                setConfirmForget(false);
                props.onForget();
              }}
            >
              {tr('optionsForgetConfirm')}
            </button>
            <button type="button" autoFocus onClick={() => setConfirmForget(false)}>
              {tr('uiCancel')}
            </button>
          </div>
        </div>
      )}
      <ConnectionResult result={connection} />
      {connection.kind === 'ok' && (props.account.trim() !== '' || props.apiKey.trim() !== '') && (
        <p class="small muted" data-testid="test-not-saved">
          {tr('optionsTestNotSaved')}
        </p>
      )}
    </fieldset>
  );
}
