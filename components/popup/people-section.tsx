import type { PersonView } from '../../lib/ui/view-types';
import { useT } from '../shared/i18n';
import { isNewish } from '../../lib/ui/lookup-kinds';
import { PersonRow } from './person-row';

export interface PeopleSectionProps {
  people: PersonView[];
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  /** Selects every person Centrix does not have yet; offered when there are at least two. */
  onSelectNew?: () => void;
  onDecide?: (key: string, decision: 'same' | 'other') => void;
  /** People whose near account match the user accepted. */
  joins?: ReadonlySet<string>;
  onToggleJoin?: (key: string) => void;
}

export function PeopleSection(props: PeopleSectionProps) {
  const { people, selected, onToggle, onSelectNew, onDecide, joins, onToggleJoin } = props;
  const tr = useT();
  if (people.length === 0) return null;
  return (
    <section class="section" aria-labelledby="people-heading">
      <div class="row">
        <h2 id="people-heading" class="spacer">
          {tr('popupPeopleHeading', people.length)}
        </h2>
        {onSelectNew && people.filter((p) => isNewish(p.lookup)).length > 1 && (
          <button type="button" class="link small" onClick={onSelectNew}>
            {tr('popupSelectNew')}
          </button>
        )}
      </div>
      <ul>
        {people.map((person) => (
          <PersonRow
            key={person.key}
            person={person}
            selected={selected.has(person.key)}
            onToggle={onToggle}
            {...(onDecide ? { onDecide } : {})}
            joined={joins?.has(person.key) ?? false}
            {...(onToggleJoin ? { onToggleJoin } : {})}
          />
        ))}
      </ul>
    </section>
  );
}
