import type { LookupView } from '../../lib/ui/view-types';
import { reasonText } from '../../lib/ui/reason-text';
import { useLocale, useT } from '../shared/i18n';

/** Whether a finding is already a Centrix contact, in words (colour is never the only signal). */
export function LookupStatus({ lookup }: { lookup: LookupView }) {
  const tr = useT();
  const locale = useLocale();
  switch (lookup.kind) {
    case 'pending':
      return <span class="badge">{tr('popupLookupPending')}</span>;
    case 'known':
      return (
        <span class="badge known" title={tr('popupLookupKnownTitle', lookup.idc)}>
          {lookup.name ? tr('popupLookupKnownNamed', lookup.name, lookup.idc) : tr('popupLookupKnown', lookup.idc)}
        </span>
      );
    case 'new':
      return <span class="badge new">{tr('popupLookupNew')}</span>;
    case 'failed':
      return <span class="badge failed">{tr('popupLookupFailed', reasonText(locale, lookup.reason))}</span>;
    case 'unchecked':
      return <span class="badge low">{tr('popupLookupUnchecked', reasonText(locale, lookup.reason))}</span>;
    case 'queued':
      return <span class="badge known">{tr('popupLookupQueued')}</span>;
    case 'none':
      return <span class="badge">{tr('popupLookupNone')}</span>;
  }
}
