import type { PopupStore } from '../../lib/ui/popup-store';
import { roleLabel } from '../../lib/ui/role-label';
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

/** What the page holds, what to do with it, and what is on its way to Centrix. */
export function CapturePanel({ store }: { store: PopupStore }) {
  const tr = useT();
  const view = store.view.value;
  const pending = store.pendingUpdate.value;
  const hasCandidates = view.people.length + view.emails.length > 0;
  return (
    <>
      <div class="status-area">
        <p class="small muted" role="status" aria-live="polite">
          {store.tabState.value?.lookup.status === 'pending' ? tr('popupLookingUp') : ''}
        </p>
        <Announcer announcement={store.announcement.value} />
      </div>
      {store.isEmpty.value ? (
        <EmptyState
          scannable={store.scannable.value}
          scanning={store.scanning.value}
          onScan={() => void store.scan()}
        />
      ) : (
        <>
          <PeopleSection
            people={view.people}
            selected={store.selected.value}
            onToggle={store.toggle}
            onSelectNew={store.selectNew}
          />
          <EmailsSection emails={view.emails} selected={store.selected.value} onToggle={store.toggle} />
          <CompaniesSection companies={view.companies} />
          <MissingNotice codes={view.missing} />
          {hasCandidates && (
            <section class="section">
              <ListPicker
                lists={store.lists.value}
                error={store.listsError.value}
                selected={store.selectedLists.value}
                onToggle={store.toggleList}
                onReload={() => void store.reloadLists()}
              />
            </section>
          )}
        </>
      )}
      {store.outboxPaused.value !== null && (
        <div class="section">
          <OutboxPaused paused={store.outboxPaused.value} onOpenOptions={() => void store.openOptions()} />
        </div>
      )}
      <Guarded what={tr('popupOutboxPart')}>
        <OutboxSection items={store.outboxItems.value} onRetry={store.retry} onDiscard={store.discard} />
      </Guarded>
      {hasCandidates && !store.isEmpty.value && (
        // Stays at the bottom of the popup while the lists above scroll: the buttons are always one Tab away.
        <section class="section actions" aria-label={tr('popupActionsLabel')}>
          {pending ? (
            <AccountWarning
              fields={pending.roles.map((role) => roleLabel(store.locale.value, role))}
              onConfirm={() => void store.confirmUpdate(true)}
              onSkipAccount={() => void store.confirmUpdate(false)}
              onCancel={store.cancelUpdate}
            />
          ) : (
            <>
              <UnmappedNote
                roles={store.unmappedRoles.value.map((role) => roleLabel(store.locale.value, role))}
                onOpenOptions={() => void store.openOptions()}
              />
              <ActionBar
                addCount={store.addCount.value}
                updateCount={store.updateCount.value}
                busy={store.busy.value}
                onAdd={() => void store.add()}
                onUpdate={() => void store.update()}
              />
            </>
          )}
        </section>
      )}
    </>
  );
}
