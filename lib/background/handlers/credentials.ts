// Credentials, for the options page. They go in and never come back out: the page learns only whether they are
// configured and what the connection test said.
import { validateAccount, validateApiKey, type CentrixResult } from '../../centrix';
import { t, type Locale } from '../../i18n';
import type { BackgroundRequest, BackgroundResponse, ConnectionResult } from '../../messaging/contract';
import { localeOf, type BackgroundDeps } from '../deps';
import { requeueBadCredentials } from '../outbox/actions';
import { notConfigured } from './answers';
import { refreshCatalogue } from './catalogue';
import { refreshAllTabs } from './page';

export function connectionResult(result: CentrixResult<{ scripts: number }>, locale: Locale): ConnectionResult {
  if (result.ok) return { result: 'success', lists: result.value.scripts };
  const message = result.error.message(locale);
  switch (result.error.kind) {
    case 'bad-credentials':
      return { result: 'bad-credentials', message };
    case 'unavailable':
    case 'rate-limited':
    case 'network':
    case 'timeout':
      return { result: 'unavailable', message };
    default:
      return { result: 'error', message };
  }
}

function formatProblem(account: string, apiKey: string): string | undefined {
  try {
    validateAccount(account);
    validateApiKey(apiKey);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.name : 'invalid';
  }
}

export async function handleCredentialsSave(
  deps: BackgroundDeps,
  request: BackgroundRequest<'ui/credentials-save'>,
): Promise<BackgroundResponse<'ui/credentials-save'>> {
  const locale = await localeOf(deps);
  const account = request.account.trim();
  const apiKey = request.apiKey.trim();
  if (formatProblem(account, apiKey)) {
    return {
      ok: true,
      saved: false,
      connection: { result: 'bad-credentials', message: t(locale, 'apiErrorBadCredentials') },
    };
  }
  const settings = await deps.settings.read();
  const connection = connectionResult(await deps.api.clientFor({ account, apiKey }, settings).testConnection(), locale);
  // Rejected credentials are not kept; a server that cannot answer now does not make good credentials bad.
  if (connection.result === 'bad-credentials') return { ok: true, saved: false, connection };
  await deps.credentials.set({ account, apiKey });
  await deps.clearApiCache();
  deps.api.reset();
  await requeueBadCredentials(deps.outbox, deps.now());
  const pause = await deps.pause.getValue();
  if (pause === 'bad-credentials' || pause === 'no-credentials') await deps.pause.setValue(null);
  if (connection.result === 'success' && !(await deps.catalogue.getValue())) {
    await refreshCatalogue(deps).catch(deps.report);
  }
  void deps.drainer.drain().catch(deps.report);
  // Tabs opened before the credentials were entered say "not checked" until they are looked up with them.
  void refreshAllTabs(deps).catch(deps.report);
  return { ok: true, saved: true, connection };
}

export async function handleCredentialsClear(
  deps: BackgroundDeps,
): Promise<BackgroundResponse<'ui/credentials-clear'>> {
  await deps.credentials.clear();
  await deps.clearApiCache();
  deps.api.reset();
  await deps.pause.setValue('no-credentials');
  return { ok: true };
}

export async function handleTestConnection(deps: BackgroundDeps): Promise<BackgroundResponse<'ui/test-connection'>> {
  const locale = await localeOf(deps);
  const access = await deps.api.get();
  if (!access.ok) return notConfigured(locale);
  const connection = connectionResult(await access.access.client.testConnection(), locale);
  // Credentials Centrix refused earlier work again (a key re-enabled on its side): the outbox may resume.
  if (connection.result === 'success' && (await deps.pause.getValue()) === 'bad-credentials') {
    await requeueBadCredentials(deps.outbox, deps.now());
    await deps.pause.setValue(null);
    void deps.drainer.drain().catch(deps.report);
  }
  return { ok: true, saved: true, connection };
}
