// The route table: each message type to its handler, with the worker's dependencies bound.
import type { BackgroundDeps } from '../deps';
import type { Handlers } from '../router';
import { handleContactSave, handleOutboxDiscard, handleOutboxRetry, handleOutboxStatus } from './outbox';
import { handleFindings, handleLookup, handleScanTab, handleTabState } from './page';
import { handleCatalogueGet, handleCatalogueRefresh } from './catalogue';
import { handleCredentialsClear, handleCredentialsSave, handleTestConnection } from './credentials';
import { handleListsGet } from './lists';
import { handleSettingsGet, handleSettingsSave } from './settings';

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    'cs/findings': (request, sender) => handleFindings(deps, request, sender),
    'ui/tab-state': (request) => handleTabState(deps, request),
    'ui/scan-tab': (request) => handleScanTab(deps, request),
    'ui/lookup': (request) => handleLookup(deps, request),
    'ui/settings-get': () => handleSettingsGet(deps),
    'ui/settings-save': (request) => handleSettingsSave(deps, request),
    'ui/credentials-save': (request) => handleCredentialsSave(deps, request),
    'ui/credentials-clear': () => handleCredentialsClear(deps),
    'ui/test-connection': (request) => handleTestConnection(deps, request),
    'ui/catalogue-get': () => handleCatalogueGet(deps),
    'ui/catalogue-refresh': () => handleCatalogueRefresh(deps),
    'ui/lists-get': (request) => handleListsGet(deps, request),
    'ui/contact-save': (request) => handleContactSave(deps, request),
    'ui/outbox-status': () => handleOutboxStatus(deps),
    'ui/outbox-retry': (request) => handleOutboxRetry(deps, request),
    'ui/outbox-discard': (request) => handleOutboxDiscard(deps, request),
  };
}
