import { useT } from '../shared/i18n';

export interface AccountWarningProps {
  /** Labels of the account-level fields the update would send. */
  fields: string[];
  onConfirm: () => void;
  onSkipAccount: () => void;
  onCancel: () => void;
}

/**
 * Centrix stores company, address, website… once per account: updating them on one contact changes every contact
 * of that account, and the API cannot undo it. So the user confirms, or updates the contact fields only.
 */
export function AccountWarning({ fields, onConfirm, onSkipAccount, onCancel }: AccountWarningProps) {
  const tr = useT();
  return (
    <div
      class="notice warn"
      role="alertdialog"
      aria-labelledby="account-warning-title"
      aria-describedby="account-warning-text"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id="account-warning-title">
        <strong>{tr('popupAccountWarningTitle')}</strong>
      </p>
      <p id="account-warning-text">{tr('popupAccountWarningText', fields.join(', '))}</p>
      <div class="row">
        <button type="button" onClick={onConfirm}>
          {tr('popupAccountWarningConfirm')}
        </button>
        <button type="button" class="primary" onClick={onSkipAccount}>
          {tr('popupAccountWarningSkip')}
        </button>
        <button type="button" onClick={onCancel} autoFocus>
          {tr('uiCancel')}
        </button>
      </div>
    </div>
  );
}
