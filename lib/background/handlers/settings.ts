// The user's settings, for the popup and the options page. Nothing here is secret (see credentials.ts).
import type { BackgroundRequest, BackgroundResponse } from '../../messaging/contract';
import type { BackgroundDeps } from '../deps';
import { refreshAllTabs } from './page';

export async function handleSettingsGet(deps: BackgroundDeps): Promise<BackgroundResponse<'ui/settings-get'>> {
  const [settings, credentials] = await Promise.all([deps.settings.read(), deps.credentials.get()]);
  return {
    ok: true,
    settings,
    credentialsConfigured: credentials !== null,
    sandboxBuild: deps.sandboxBuild,
  };
}

export async function handleSettingsSave(
  deps: BackgroundDeps,
  request: BackgroundRequest<'ui/settings-save'>,
): Promise<BackgroundResponse<'ui/settings-save'>> {
  const saved = await deps.settings.save(request.patch);
  if (!saved) return { ok: false, error: 'invalid' };
  // The language or base URL may have changed: the next request builds a new client (and may find permission).
  deps.api.reset();
  void deps.drainer.drain().catch(deps.report);
  // Another mapping finds other contacts: what open tabs say about their people is asked again.
  if (request.patch.fieldMapping || request.patch.devApiBaseUrl !== undefined) {
    void refreshAllTabs(deps).catch(deps.report);
  }
  return handleSettingsGet(deps);
}
