import { useT } from '../shared/i18n';
import { CheckboxField } from './checkbox-field';

export interface SitesValue {
  linkedin: boolean;
  gmail: boolean;
  others: boolean;
}

export interface SitesSectionProps {
  sites: SitesValue;
  assignExternalIds: boolean;
  onSites: (sites: SitesValue) => void;
  onAssignExternalIds: (value: boolean) => void;
}

export function SitesSection({ sites, assignExternalIds, onSites, onAssignExternalIds }: SitesSectionProps) {
  const tr = useT();
  return (
    <fieldset>
      <legend>{tr('optionsSitesLegend')}</legend>
      <CheckboxField
        id="site-linkedin"
        label={tr('optionsSiteLinkedin')}
        checked={sites.linkedin}
        onChange={(linkedin) => onSites({ ...sites, linkedin })}
      />
      <CheckboxField
        id="site-gmail"
        label={tr('optionsSiteGmail')}
        checked={sites.gmail}
        onChange={(gmail) => onSites({ ...sites, gmail })}
      />
      <CheckboxField
        id="site-others"
        label={tr('optionsSiteOthers')}
        hint={tr('optionsSiteOthersHint')}
        checked={sites.others}
        onChange={(others) => onSites({ ...sites, others })}
      />
      <CheckboxField
        id="external-ids"
        label={tr('optionsExternalIds')}
        hint={tr('optionsExternalIdsHint')}
        checked={assignExternalIds}
        onChange={onAssignExternalIds}
      />
    </fieldset>
  );
}
