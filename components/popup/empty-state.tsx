import { useT } from '../shared/i18n';

export interface EmptyStateProps {
  /** False on pages no content script can run on (browser pages, the store). */
  scannable: boolean;
  scanning: boolean;
  onScan: () => void;
}

/** Nothing found yet: say why that can happen and offer the one thing that may help. */
export function EmptyState({ scannable, scanning, onScan }: EmptyStateProps) {
  const tr = useT();
  if (!scannable) {
    return (
      <section class="section empty">
        <p>
          <strong>{tr('popupUnscannableTitle')}</strong>
        </p>
        <p class="muted">{tr('popupUnscannableText')}</p>
      </section>
    );
  }
  return (
    <section class="section empty">
      <p>
        <strong>{tr('popupEmptyTitle')}</strong>
      </p>
      <p class="muted">{tr('popupEmptyText')}</p>
      <p>
        <button type="button" class="primary" onClick={onScan} disabled={scanning}>
          {scanning ? tr('popupScanning') : tr('popupScan')}
        </button>
      </p>
    </section>
  );
}
