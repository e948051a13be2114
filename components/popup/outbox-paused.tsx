import type { OutboxPause } from '../../lib/messaging/contract';
import { useT } from '../shared/i18n';

/** Why nothing leaves the outbox at all, with the way out. */
export function OutboxPaused({ paused, onOpenOptions }: { paused: OutboxPause; onOpenOptions: () => void }) {
  const tr = useT();
  if (paused === null) return null;
  const text =
    paused === 'permission'
      ? tr('popupPausedPermission')
      : paused === 'no-credentials'
        ? tr('popupPausedNoCredentials')
        : tr('popupPausedBadCredentials');
  return (
    <div class="notice bad" role="alert">
      {text}{' '}
      {paused !== 'permission' && (
        <button type="button" class="link" onClick={onOpenOptions}>
          {tr('popupOpenOptions')}
        </button>
      )}
    </div>
  );
}
