import { useT } from '../shared/i18n';

export function NotConfigured({ onOpenOptions }: { onOpenOptions: () => void }) {
  const tr = useT();
  return (
    <section class="section empty">
      <p>
        <strong>{tr('popupNotConfiguredTitle')}</strong>
      </p>
      <p class="muted">{tr('popupNotConfiguredText')}</p>
      <p>
        <button type="button" class="primary" onClick={onOpenOptions}>
          {tr('popupNotConfiguredAction')}
        </button>
      </p>
    </section>
  );
}
