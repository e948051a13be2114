import { useEffect } from 'preact/hooks';
import type { PopupStore } from '../../lib/ui/popup-store';
import { roleLabel } from '../../lib/ui/role-label';
import { LocaleProvider, useT } from '../shared/i18n';
import { AccountWarning } from './account-warning';
import { ActionBar } from './action-bar';
import { Announcer } from './announcer';
import { CompaniesSection } from './companies-section';
import { EmailsSection } from './emails-section';
import { EmptyState } from './empty-state';
import { ListPicker } from './list-picker';
import { MissingNotice } from './missing-notice';
import { NotConfigured } from './not-configured';
import { OutboxPaused } from './outbox-paused';
import { OutboxSection } from './outbox-section';
import { PeopleSection } from './people-section';
import { PopupHeader } from './popup-header';

export function PopupApp({ store }: { store: PopupStore }) {
  useEffect(() => {
    void store.load();
    return () => store.dispose();
  }, [store]);
  return (
    <LocaleProvider locale={store.locale.value}>
      <PopupBody store={store} />
    </LocaleProvider>
  );
}

function PopupBody({ store }: { store: PopupStore }) {
  const tr = useT();
  const phase = store.phase.value;
  const ready = phase !== 'loading';
  const view = store.view.value;
  const openOptions = () => void store.openOptions();
  return (
    <div
      class="popup"
      lang={store.locale.value}
      data-testid={ready ? 'app-ready' : undefined}
      aria-busy={ready ? undefined : 'true'}
    >
      <PopupHeader host={store.host.value} onOpenOptions={openOptions} />
      <main>
        {phase === 'loading' && <p class="section muted">{tr('uiLoading')}</p>}
        {phase === 'failed' && (
          <div class="section">
            <div class="notice bad" role="alert">
              {tr('popupLoadFailed', store.loadError.value ?? '')}
            </div>
            <button type="button" onClick={() => void store.load()}>
              {tr('uiRetry')}
            </button>
          </div>
        )}
        {phase === 'ready' && !store.configured.value && <NotConfigured onOpenOptions={openOptions} />}
        {phase === 'ready' && store.configured.value && (
          <>
            <div class="section">
              <div class="row">
                <span class="spacer small muted">
                  {store.tabState.value?.lookup.status === 'pending' ? tr('popupLookingUp') : ''}
                </span>
                {store.scannable.value && !store.isEmpty.value && (
                  <button type="button" onClick={() => void store.scan()} disabled={store.scanning.value}>
                    {store.scanning.value ? tr('popupScanning') : tr('popupRescan')}
                  </button>
                )}
              </div>
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
                <PeopleSection people={view.people} selected={store.selected.value} onToggle={store.toggle} />
                <EmailsSection emails={view.emails} selected={store.selected.value} onToggle={store.toggle} />
                <CompaniesSection companies={view.companies} />
                <MissingNotice codes={view.missing} />
                {view.people.length + view.emails.length > 0 && (
                  <section class="section actions" aria-label={tr('popupActionsLabel')}>
                    <ListPicker
                      lists={store.lists.value}
                      error={store.listsError.value}
                      selected={store.selectedLists.value}
                      onToggle={store.toggleList}
                      onReload={() => void store.reloadLists()}
                    />
                    {store.pendingUpdate.value ? (
                      <AccountWarning
                        fields={store.pendingUpdate.value.roles.map((role) => roleLabel(store.locale.value, role))}
                        onConfirm={() => void store.confirmUpdate(true)}
                        onSkipAccount={() => void store.confirmUpdate(false)}
                        onCancel={store.cancelUpdate}
                      />
                    ) : (
                      <ActionBar
                        addCount={store.addCount.value}
                        updateCount={store.updateCount.value}
                        busy={store.busy.value}
                        onAdd={() => void store.add()}
                        onUpdate={() => void store.update()}
                      />
                    )}
                  </section>
                )}
              </>
            )}
            {store.outboxPaused.value !== null && (
              <div class="section">
                <OutboxPaused paused={store.outboxPaused.value} onOpenOptions={openOptions} />
              </div>
            )}
            <OutboxSection items={store.outboxItems.value} onRetry={store.retry} onDiscard={store.discard} />
          </>
        )}
      </main>
    </div>
  );
}
