import type { PersonView } from '../../lib/ui/view-types';
import { useT } from '../shared/i18n';
import { PersonRow } from './person-row';

export interface PeopleSectionProps {
  people: PersonView[];
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

export function PeopleSection({ people, selected, onToggle }: PeopleSectionProps) {
  const tr = useT();
  if (people.length === 0) return null;
  return (
    <section class="section" aria-labelledby="people-heading">
      <h2 id="people-heading">{tr('popupPeopleHeading', people.length)}</h2>
      <ul>
        {people.map((person) => (
          <PersonRow key={person.key} person={person} selected={selected.has(person.key)} onToggle={onToggle} />
        ))}
      </ul>
    </section>
  );
}
