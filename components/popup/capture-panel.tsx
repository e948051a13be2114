import type { Locale } from '../../lib/i18n';
import type { Announcement } from '../../lib/ui/announcement';
import type { FindingsStore } from '../../lib/ui/findings-store';
import type { ListsStore } from '../../lib/ui/lists-store';
import type { OutboxStore } from '../../lib/ui/outbox-store';
import { roleLabel } from '../../lib/ui/role-label';
import type { SaveStore } from '../../lib/ui/save-store';
import type { SelectionStore } from '../../lib/ui/selection-store';
import { Guarded } from '../shared/guarded';
import { useT } from '../shared/i18n';
import { AccountWarning } from './account-warning';
import { ActionBar } from './action-bar';
import { Announcer } from './announcer';
import { CompaniesSection } from './companies-section';
import { EmailsSection } from './emails-section';
import { EmptyState } from './empty-state';
import { ListPicker } from './list-picker';
import { MissingNotice } from './missing-notice';
import { OutboxPaused } from './outbox-paused';
import { OutboxSection } from './outbox-section';
import { PeopleSection } from './people-section';
import { UnmappedNote } from './unmapped-note';

export interface CapturePanelProps {
  locale: Locale;
  announcement: Announcement | null;
  findings: FindingsStore;
  selection: SelectionStore;
  lists: ListsStore;
  outbox: OutboxStore;
  save: SaveStore;
  onScan: () => void;
  onOpenOptions: () => void;
}

/** What the page holds, what to do with it, and what is on its way to Centrix. */
export function CapturePanel(props: CapturePanelProps) {
  const { locale, findings, selection, lists, outbox, save, onScan, onOpenOptions } = props;
  const tr = useT();
  const view = findings.view.value;
  const pending = save.pendingUpdate.value;
  const hasCandidates = view.people.length + view.emails.length > 0;
  return (
    <>
      <div class="status-area">
        <p class="small muted" role="status" aria-live="polite">
          {findings.lookupPending.value ? tr('popupLookingUp') : ''}
        </p>
        <Announcer announcement={props.announcement} />
      </div>
      {findings.isEmpty.value ? (
        <EmptyState scannable={findings.scannable.value} scanning={findings.scanning.value} onScan={onScan} />
      ) : (
        <>
          <PeopleSection
            people={view.people}
            selected={selection.selected.value}
            onToggle={selection.toggle}
            onSelectNew={selection.selectNew}
            onDecide={findings.decide}
            joins={findings.joins.value}
            onToggleJoin={findings.toggleJoin}
          />
          <EmailsSection emails={view.emails} selected={selection.selected.value} onToggle={selection.toggle} />
          <CompaniesSection companies={view.companies} />
          <MissingNotice codes={view.missing} />
          {hasCandidates && (
            <section class="section">
              <ListPicker
                lists={lists.lists.value}
                error={lists.error.value}
                selected={lists.selected.value}
                onToggle={lists.toggle}
                onReload={() => void lists.reload()}
              />
            </section>
          )}
        </>
      )}
      {outbox.paused.value !== null && (
        <div class="section">
          <OutboxPaused paused={outbox.paused.value} onOpenOptions={onOpenOptions} />
        </div>
      )}
      <Guarded what={tr('popupOutboxPart')}>
        <OutboxSection items={outbox.items.value} onRetry={outbox.retry} onDiscard={outbox.discard} />
      </Guarded>
      {hasCandidates && !findings.isEmpty.value && (
        // Stays at the bottom of the popup while the lists above scroll: the buttons are always one Tab away.
        <section class="section actions" aria-label={tr('popupActionsLabel')}>
          {pending ? (
            <AccountWarning
              fields={pending.roles.map((role) => roleLabel(locale, role))}
              onConfirm={() => void save.confirmUpdate(true)}
              onSkipAccount={() => void save.confirmUpdate(false)}
              onCancel={save.cancelUpdate}
            />
          ) : (
            <>
              <UnmappedNote
                roles={save.unmappedRoles.value.map((role) => roleLabel(locale, role))}
                onOpenOptions={onOpenOptions}
              />
              <ActionBar
                addCount={save.addCount.value}
                updateCount={save.updateCount.value}
                busy={save.busy.value}
                onAdd={() => void save.add()}
                onUpdate={() => void save.update()}
              />
            </>
          )}
        </section>
      )}
    </>
  );
}
