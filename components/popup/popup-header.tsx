import { useT } from '../shared/i18n';
import { Outside } from '../shared/outside';
import { inlineText } from '../../lib/ui/outside-text';

export interface PopupHeaderProps {
  /** The current page's host; empty on pages the extension cannot read (new tab, browser pages). */
  host: string;
  onOpenOptions: () => void;
  /** Offered once the page has findings; the empty state has its own, larger scan button. */
  onRescan?: () => void;
  scanning?: boolean;
}

export function PopupHeader({ host, onOpenOptions, onRescan, scanning = false }: PopupHeaderProps) {
  const tr = useT();
  return (
    <header>
      <div class="spacer">
        <h1>{tr('popupHeading')}</h1>
        <div class="host" title={inlineText(host)}>
          {host ? <Outside text={host} /> : tr('popupNoHost')}
        </div>
      </div>
      {onRescan && (
        <button type="button" onClick={onRescan} disabled={scanning}>
          {scanning ? tr('popupScanning') : tr('popupRescan')}
        </button>
      )}
      <button type="button" onClick={onOpenOptions}>
        {tr('popupOpenOptions')}
      </button>
    </header>
  );
}
