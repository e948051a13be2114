import type { ContactRole } from '../../lib/centrix/types';
import { roleLabel } from '../../lib/ui/role-label';
import type { MappingRowView } from '../../lib/ui/view-types';
import { useLocale, useT } from '../shared/i18n';
import { inlineText } from '../../lib/ui/outside-text';

export interface MappingSectionProps {
  rows: MappingRowView[];
  /** The account's field names; `undefined` while loading. */
  fields: string[] | undefined;
  /** False when the account has no contact yet to learn its field names from. */
  catalogueKnown: boolean;
  error?: string | undefined;
  refreshing: boolean;
  onChange: (role: ContactRole, field: string) => void;
  onRefresh: () => void;
}

/** Which Centrix field receives each kind of detail: field names differ per account, so nothing is assumed. */
export function MappingSection(props: MappingSectionProps) {
  const tr = useT();
  const locale = useLocale();
  const { rows, fields, catalogueKnown, error, refreshing, onChange, onRefresh } = props;
  return (
    <fieldset>
      <legend>{tr('optionsMappingLegend')}</legend>
      <p class="small muted">{tr('optionsMappingHint')}</p>
      {error !== undefined && (
        <div class="notice bad" role="alert">
          {tr('optionsMappingFailed', error)}
        </div>
      )}
      {fields !== undefined && !catalogueKnown && <div class="notice warn">{tr('optionsMappingUnknown')}</div>}
      <table class="mapping">
        <thead>
          <tr>
            <th scope="col">{tr('optionsMappingRole')}</th>
            <th scope="col">{tr('optionsMappingField')}</th>
            <th scope="col">{tr('optionsMappingProposed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const id = `map-${row.role}`;
            // A saved field the catalogue no longer lists is kept visible rather than silently dropped.
            const choices = fields === undefined ? [] : [...fields];
            if (row.field !== '' && !choices.includes(row.field)) choices.unshift(row.field);
            return (
              <tr key={row.role}>
                <th scope="row">
                  <label for={id}>{roleLabel(locale, row.role)}</label>
                </th>
                <td>
                  <select
                    id={id}
                    value={row.field}
                    disabled={fields === undefined}
                    onChange={(event) => onChange(row.role, event.currentTarget.value)}
                  >
                    <option value="">{tr('optionsMappingNone')}</option>
                    {choices.map((field) => (
                      <option key={field} value={field}>
                        {inlineText(field)}
                      </option>
                    ))}
                  </select>
                  {row.sample !== undefined && (
                    <div class="small muted" data-testid={`sample-${row.role}`}>
                      {tr('optionsMappingSample', row.sample)}
                    </div>
                  )}
                </td>
                <td class="small muted">
                  {row.proposed
                    ? tr('optionsMappingProposal', row.proposed.field, Math.round(row.proposed.confidence * 100))
                    : tr('optionsMappingNoProposal')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={onRefresh} disabled={refreshing}>
          {refreshing ? tr('optionsMappingRefreshing') : tr('optionsMappingRefresh')}
        </button>
      </p>
    </fieldset>
  );
}
