import type { PersonView } from '../../lib/ui/view-types';
import { isSelectable } from '../../lib/ui/lookup-kinds';
import { useT } from '../shared/i18n';
import { FindingSource } from './finding-source';
import { LookupStatus } from './lookup-status';
import { Outside, Said } from '../shared/outside';

export interface PersonRowProps {
  person: PersonView;
  selected: boolean;
  onToggle: (key: string) => void;
  /** The user's answer to a possible match. */
  onDecide?: (key: string, decision: 'same' | 'other') => void;
  /** Whether the user accepted the near account match, and how they change it. */
  joined?: boolean;
  onToggleJoin?: (key: string) => void;
}

/** Parts of one line, each shown isolated (they come from a page or the CRM), joined by a middle dot. */
function Parts({ parts }: { parts: string[] }) {
  return (
    <>
      {parts.map((part, i) => (
        <>
          {i > 0 && ' · '}
          <Outside text={part} />
        </>
      ))}
    </>
  );
}

export function PersonRow({ person, selected, onToggle, onDecide, joined, onToggleJoin }: PersonRowProps) {
  const tr = useT();
  const id = `person-${person.key}`;
  const name = person.name ?? person.email ?? tr('popupPersonUnnamed');
  const details = [person.title, person.company].filter((part): part is string => Boolean(part));
  const contact = [person.phone, person.location].filter((part): part is string => Boolean(part));
  const emails = person.emails ?? (person.email && person.name ? [person.email] : []);
  const account = person.lookup.kind === 'known' ? undefined : person.account;
  return (
    <li class="item">
      <input
        type="checkbox"
        id={id}
        checked={selected}
        disabled={!isSelectable(person.lookup)}
        aria-describedby={`${id}-status`}
        onChange={() => onToggle(person.key)}
      />
      <div class="body">
        <label for={id} class="name line">
          <Outside text={name} />
        </label>
        {details.length > 0 && (
          <div class="line">
            <Parts parts={details} />
          </div>
        )}
        {emails.map((email) => (
          <div key={email} class="line small">
            <Outside text={email} />
          </div>
        ))}
        {contact.length > 0 && (
          <div class="line small">
            <Parts parts={contact} />
          </div>
        )}
        <div class="row">
          <span id={`${id}-status`}>
            <LookupStatus lookup={person.lookup} />
          </span>
          <FindingSource source={person.source} confidence={person.confidence} />
        </div>
        {person.lookup.kind === 'possible' && onDecide && (
          <div class="row" role="group" aria-label={tr('popupMatchQuestion')}>
            <span class="small spacer">{tr('popupMatchQuestion')}</span>
            <button type="button" class="small" onClick={() => onDecide(person.key, 'same')}>
              {tr('popupMatchSame')}
            </button>
            <button type="button" class="small" onClick={() => onDecide(person.key, 'other')}>
              {tr('popupMatchOther')}
            </button>
          </div>
        )}
        {account?.match === 'exact' && (
          <div class="line small">
            <Said k="popupAccountExact" subs={[account.name]} />
          </div>
        )}
        {account?.match === 'near' && (
          <label class="line small">
            <input type="checkbox" checked={joined ?? false} onChange={() => onToggleJoin?.(person.key)} />{' '}
            <Said k="popupAccountJoin" subs={[account.name]} />
          </label>
        )}
      </div>
    </li>
  );
}
