import type { CompanyView } from '../../lib/ui/view-types';
import { useT } from '../shared/i18n';
import { FindingSource } from './finding-source';
import { Outside } from '../shared/outside';

export function CompaniesSection({ companies }: { companies: CompanyView[] }) {
  const tr = useT();
  if (companies.length === 0) return null;
  return (
    <section class="section" aria-labelledby="companies-heading">
      <h2 id="companies-heading">{tr('popupCompaniesHeading', companies.length)}</h2>
      <ul>
        {companies.map((company) => (
          <li class="item" key={company.key}>
            <div class="body">
              <div class="line">
                <strong>
                  <Outside text={company.name} />
                </strong>
                {company.domain && company.domain.toLowerCase() !== company.name.toLowerCase() && (
                  <span class="muted">
                    {' · '}
                    <Outside text={company.domain} />
                  </span>
                )}{' '}
                {company.known && <span class="badge known">{tr('popupCompanyKnown')}</span>}
              </div>
              <FindingSource source={company.source} confidence={company.confidence} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
