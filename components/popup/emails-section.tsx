import type { EmailView } from '../../lib/ui/view-types';
import { isSelectable } from '../../lib/ui/lookup-kinds';
import { useT } from '../shared/i18n';
import { FindingSource } from './finding-source';
import { LookupStatus } from './lookup-status';
import { Outside } from '../shared/outside';

export interface EmailsSectionProps {
  emails: EmailView[];
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

/** Addresses found on the page that belong to no detected person: each can still become a contact. */
export function EmailsSection({ emails, selected, onToggle }: EmailsSectionProps) {
  const tr = useT();
  if (emails.length === 0) return null;
  return (
    <section class="section" aria-labelledby="emails-heading">
      <h2 id="emails-heading">{tr('popupEmailsHeading', emails.length)}</h2>
      <ul>
        {emails.map((email) => {
          const id = `email-${email.key}`;
          return (
            <li class="item" key={email.key}>
              <input
                type="checkbox"
                id={id}
                checked={selected.has(email.key)}
                disabled={!isSelectable(email.lookup)}
                aria-describedby={`${id}-status`}
                onChange={() => onToggle(email.key)}
              />
              <div class="body">
                <label for={id} class="line">
                  <Outside text={email.address} />
                </label>
                <div class="row">
                  <span id={`${id}-status`}>
                    <LookupStatus lookup={email.lookup} />
                  </span>
                  <FindingSource source={email.source} confidence={email.confidence} />
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
