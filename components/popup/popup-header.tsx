import { useT } from '../shared/i18n';

export interface PopupHeaderProps {
  /** The current page's host; empty on pages the extension cannot read (new tab, browser pages). */
  host: string;
  onOpenOptions: () => void;
}

export function PopupHeader({ host, onOpenOptions }: PopupHeaderProps) {
  const tr = useT();
  return (
    <header>
      <div class="spacer">
        <h1>{tr('popupHeading')}</h1>
        <div class="host" title={host}>
          {host || tr('popupNoHost')}
        </div>
      </div>
      <button type="button" onClick={onOpenOptions}>
        {tr('popupOpenOptions')}
      </button>
    </header>
  );
}
