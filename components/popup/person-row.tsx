import type { PersonView } from '../../lib/ui/view-types';
import { isSelectable } from '../../lib/ui/lookup-kinds';
import { useT } from '../shared/i18n';
import { FindingSource } from './finding-source';
import { LookupStatus } from './lookup-status';
import { Outside } from '../shared/outside';

export interface PersonRowProps {
  person: PersonView;
  selected: boolean;
  onToggle: (key: string) => void;
}

export function PersonRow({ person, selected, onToggle }: PersonRowProps) {
  const tr = useT();
  const id = `person-${person.key}`;
  const name = person.name ?? person.email ?? tr('popupPersonUnnamed');
  const details = [person.title, person.company].filter((part): part is string => Boolean(part));
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
            {details.map((part, i) => (
              <>
                {i > 0 && ' · '}
                <Outside text={part} />
              </>
            ))}
          </div>
        )}
        {person.email && person.name && (
          <div class="line small">
            <Outside text={person.email} />
          </div>
        )}
        <div class="row">
          <span id={`${id}-status`}>
            <LookupStatus lookup={person.lookup} />
          </span>
          <FindingSource source={person.source} confidence={person.confidence} />
        </div>
      </div>
    </li>
  );
}
