import { useT } from '../shared/i18n';

export interface ActionBarProps {
  addCount: number;
  updateCount: number;
  /** True while a request to queue contacts is on its way. */
  busy: boolean;
  onAdd: () => void;
  onUpdate: () => void;
}

export function ActionBar({ addCount, updateCount, busy, onAdd, onUpdate }: ActionBarProps) {
  const tr = useT();
  return (
    <div class="row">
      <button type="button" class="primary" disabled={busy || addCount === 0} onClick={onAdd}>
        {tr('popupAdd', addCount)}
      </button>
      <button type="button" disabled={busy || updateCount === 0} onClick={onUpdate}>
        {tr('popupUpdate', updateCount)}
      </button>
    </div>
  );
}
