import { useT } from '../shared/i18n';

/** Details found on the page that no Centrix field receives: said before sending, not discovered later. */
export function UnmappedNote({ roles, onOpenOptions }: { roles: string[]; onOpenOptions: () => void }) {
  const tr = useT();
  if (roles.length === 0) return null;
  return (
    <p class="small muted">
      {tr('popupUnmapped', roles.join(', '))}{' '}
      <button type="button" class="link" onClick={onOpenOptions}>
        {tr('popupOpenOptions')}
      </button>
    </p>
  );
}
