import type { LookupView } from '../../lib/ui/view-types';
import { reasonText } from '../../lib/ui/reason-text';
import { useLocale, useT } from '../shared/i18n';
import { Said } from '../shared/outside';
import { inlineText } from '../../lib/ui/outside-text';

/** Whether a finding is already a Centrix contact, in words (colour is never the only signal). */
export function LookupStatus({ lookup }: { lookup: LookupView }) {
  const tr = useT();
  const locale = useLocale();
  switch (lookup.kind) {
    case 'pending':
      return <span class="badge">{tr('popupLookupPending')}</span>;
    case 'known':
      return (
        <span
          class="badge known"
          title={
            lookup.name
              ? tr('popupLookupKnownNamed', inlineText(lookup.name), inlineText(lookup.idc))
              : tr('popupLookupKnownTitle', inlineText(lookup.idc))
          }
        >
          {lookup.name ? (
            <Said k="popupLookupKnownNamed" subs={[lookup.name, lookup.idc]} />
          ) : (
            <Said k="popupLookupKnown" subs={[lookup.idc]} />
          )}
        </span>
      );
    case 'possible':
      return (
        <span class="badge low">
          {lookup.candidates && lookup.candidates > 1 ? (
            <Said k="popupLookupPossibleMany" subs={[lookup.name ?? '', lookup.idc, lookup.candidates - 1]} />
          ) : (
            <Said k="popupLookupPossible" subs={[lookup.name ?? '', lookup.idc]} />
          )}
        </span>
      );
    case 'new':
      return <span class="badge new">{tr('popupLookupNew')}</span>;
    case 'failed':
      return (
        <Badge
          tone="failed"
          text={tr(lookup.retrying ? 'popupLookupRetrying' : 'popupLookupFailed', reasonText(locale, lookup.reason))}
        />
      );
    case 'unchecked':
      return <Badge tone="low" text={tr('popupLookupUnchecked', reasonText(locale, lookup.reason))} />;
    case 'queued':
      return <span class="badge known">{tr('popupLookupQueued')}</span>;
    case 'none':
      return <span class="badge">{tr('popupLookupNone')}</span>;
  }
}

/** A badge whose text may be long (a reason): cut with an ellipsis, whole in its tooltip. */
function Badge({ tone, text }: { tone: string; text: string }) {
  return (
    <span class={`badge ${tone}`} title={text}>
      {text}
    </span>
  );
}
