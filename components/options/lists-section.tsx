import type { ListOption } from '../../lib/ui/view-types';
import { useT } from '../shared/i18n';
import { Outside } from '../shared/outside';

export interface ListsSectionProps {
  lists: ListOption[] | undefined;
  error?: string | undefined;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  onReload: () => void;
}

/** The lists the popup pre-selects for new contacts. */
export function ListsSection({ lists, error, selected, onChange, onReload }: ListsSectionProps) {
  const tr = useT();
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id]);
  // Saved ids the account no longer has are shown so they can be unticked, not hidden.
  const known = new Set((lists ?? []).map((list) => list.id));
  const stale = selected.filter((id) => !known.has(id));
  return (
    <fieldset>
      <legend>{tr('optionsListsLegend')}</legend>
      {error !== undefined ? (
        <div class="notice bad" role="alert">
          {tr('optionsListsFailed', error)}{' '}
          <button type="button" class="link" onClick={onReload}>
            {tr('uiRetry')}
          </button>
        </div>
      ) : lists === undefined ? (
        <p class="muted">{tr('optionsListsLoading')}</p>
      ) : lists.length === 0 ? (
        <p class="muted">{tr('optionsListsNone')}</p>
      ) : null}
      <ul>
        {(lists ?? []).map((list) => (
          <li key={list.id}>
            <label class="row">
              <input type="checkbox" checked={selected.includes(list.id)} onChange={() => toggle(list.id)} />
              <Outside text={list.name} />
            </label>
          </li>
        ))}
        {lists !== undefined &&
          stale.map((id) => (
            <li key={id}>
              <label class="row">
                <input type="checkbox" checked onChange={() => toggle(id)} />
                {tr('optionsListsStale', id)}
              </label>
            </li>
          ))}
      </ul>
    </fieldset>
  );
}
