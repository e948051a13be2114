import { useLocale, useT } from '../shared/i18n';
import { sourceText } from '../../lib/ui/finding-text';
import { LOW_CONFIDENCE } from '../../lib/ui/view-types';

/** Where a finding came from and how sure the detector is, said plainly. */
export function FindingSource({ source, confidence }: { source: string; confidence: number }) {
  const tr = useT();
  const locale = useLocale();
  const percent = Math.round(Math.min(1, Math.max(0, confidence)) * 100);
  return (
    <span class="small muted">
      {sourceText(locale, source)}
      {' · '}
      {confidence < LOW_CONFIDENCE ? (
        <span class="badge low">{tr('popupConfidenceLow', percent)}</span>
      ) : (
        tr('popupConfidence', percent)
      )}
    </span>
  );
}
