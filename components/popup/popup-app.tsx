import { useEffect } from 'preact/hooks';
import type { PopupStore } from '../../lib/ui/popup-store';
import { LocaleProvider, useT } from '../shared/i18n';
import { CapturePanel } from './capture-panel';
import { NotConfigured } from './not-configured';
import { PopupHeader } from './popup-header';

export function PopupApp({ store }: { store: PopupStore }) {
  useEffect(() => {
    void store.load();
    return () => store.dispose();
  }, [store]);
  return (
    <LocaleProvider locale={store.locale.value}>
      <PopupShell store={store} />
    </LocaleProvider>
  );
}

/** Header and the one state the popup is in: loading, failed to start, not configured, or capturing. */
function PopupShell({ store }: { store: PopupStore }) {
  const tr = useT();
  const phase = store.phase.value;
  const ready = phase !== 'loading';
  const capturing = phase === 'ready' && store.configured.value;
  const openOptions = () => void store.openOptions();
  return (
    <div
      class="popup"
      lang={store.locale.value}
      data-testid={ready ? 'app-ready' : undefined}
      aria-busy={ready ? undefined : 'true'}
    >
      <PopupHeader
        host={store.findings.host.value}
        onOpenOptions={openOptions}
        {...(capturing && store.findings.scannable.value && !store.findings.isEmpty.value
          ? { onRescan: () => void store.scan(), scanning: store.findings.scanning.value }
          : {})}
      />
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
        {capturing && (
          <CapturePanel
            locale={store.locale.value}
            announcement={store.announcement.value}
            findings={store.findings}
            selection={store.selection}
            lists={store.lists}
            outbox={store.outbox}
            save={store.save}
            onScan={() => void store.scan()}
            onOpenOptions={openOptions}
          />
        )}
      </main>
    </div>
  );
}
