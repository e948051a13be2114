import type { Announcement } from '../../lib/ui/announcement';
import { useT } from '../shared/i18n';

/** The popup's one polite live region: what just happened, in a sentence. */
export function Announcer({ announcement }: { announcement: Announcement | null }) {
  const tr = useT();
  let text = '';
  if (announcement) {
    switch (announcement.kind) {
      case 'queued':
        text = tr('popupQueued', announcement.count);
        break;
      case 'error':
        text = announcement.text;
        break;
      case 'scan-done':
        text = tr('popupScanDone', announcement.count);
        break;
      case 'scan-empty':
        text = tr('popupScanEmpty');
        break;
    }
  }
  const tone = announcement?.kind === 'error' ? 'notice bad' : text ? 'notice ok' : undefined;
  return (
    <div role="status" aria-live="polite" class={tone}>
      {text}
    </div>
  );
}
