import type { ListOption } from '../../lib/ui/view-types';
import { useT } from '../shared/i18n';
import { Outside } from '../shared/outside';

export interface ListPickerProps {
  /** `undefined` while loading. */
  lists: ListOption[] | undefined;
  error?: string | undefined;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onReload: () => void;
}

/** The contact lists (Centrix "Scripts") new and updated contacts join. */
export function ListPicker({ lists, error, selected, onToggle, onReload }: ListPickerProps) {
  const tr = useT();
  return (
    <fieldset class="list-picker">
      <legend>{tr('popupListsLegend')}</legend>
      {error !== undefined ? (
        <div class="notice bad" role="alert">
          {tr('popupListsFailed', error)}{' '}
          <button type="button" class="link" onClick={onReload}>
            {tr('uiRetry')}
          </button>
        </div>
      ) : lists === undefined ? (
        <p class="muted">{tr('popupListsLoading')}</p>
      ) : lists.length === 0 ? (
        <p class="muted">{tr('popupListsNone')}</p>
      ) : (
        <ul class="lists">
          {lists.map((list) => (
            <li key={list.id}>
              <label class="row">
                <input type="checkbox" checked={selected.has(list.id)} onChange={() => onToggle(list.id)} />
                <Outside text={list.name} />
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
