import type { PersonView } from '../../lib/ui/view-types';
import { useT } from '../shared/i18n';
import { FindingSource } from './finding-source';
import { LookupStatus } from './lookup-status';

export interface PersonRowProps {
  person: PersonView;
  selected: boolean;
  onToggle: (key: string) => void;
}

/** A selection checkbox is offered only once Centrix has said whether the person exists (add vs update). */
export function isSelectable(person: { lookup: PersonView['lookup'] }): boolean {
  const { kind } = person.lookup;
  return kind === 'known' || kind === 'new' || kind === 'none' || kind === 'unchecked';
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
        disabled={!isSelectable(person)}
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
