import type { PersonView } from '../../lib/ui/view-types';
import { isSelectable } from '../../lib/ui/lookup-kinds';
import { useT } from '../shared/i18n';
import { FindingSource } from './finding-source';
import { LookupStatus } from './lookup-status';

export interface PersonRowProps {
  person: PersonView;
  selected: boolean;
  onToggle: (key: string) => void;
}

export function PersonRow({ person, selected, onToggle }: PersonRowProps) {
  const tr = useT();
  const id = `person-${person.key}`;
  const name = person.name ?? person.email ?? tr('popupPersonUnnamed');
  const details = [person.title, person.company].filter((part): part is string => Boolean(part)).join(' · ');
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
          {name}
        </label>
        {details && <div class="line">{details}</div>}
        {person.email && person.name && <div class="line small">{person.email}</div>}
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
