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

const refused = (locale: Locale): ConnectionResult => ({
  result: 'bad-credentials',
  message: t(locale, 'apiErrorBadCredentials'),
});

export async function handleCredentialsSave(
  deps: BackgroundDeps,
  request: BackgroundRequest<'ui/credentials-save'>,
): Promise<BackgroundResponse<'ui/credentials-save'>> {
  const locale = await localeOf(deps);
  const account = request.account.trim();
  const apiKey = request.apiKey.trim();
  if (formatProblem(account, apiKey)) return { ok: true, saved: false, connection: refused(locale) };
  const settings = await deps.settings.read();
  const connection = connectionResult(await deps.api.clientFor({ account, apiKey }, settings).testConnection(), locale);
  // Rejected credentials are not kept; a server that cannot answer now does not make good credentials bad.
  if (connection.result === 'bad-credentials') return { ok: true, saved: false, connection };
  const previous = await deps.credentials.get();
  const accountChanged = previous !== null && previous.account !== account;
  await deps.credentials.set({ account, apiKey });
  if (accountChanged) await forgetAccountData(deps);
  await deps.clearApiCache();
  deps.api.reset();
  await requeueBadCredentials(deps.outbox, deps.now());
  const pause = await deps.pause.getValue();
  if (pause === 'bad-credentials' || pause === 'no-credentials') await deps.pause.setValue(null);
  // Another account has other fields: its catalogue is read again rather than the old one kept.
  if (connection.result === 'success' && (accountChanged || !(await deps.catalogue.getValue()))) {
    await refreshCatalogue(deps).catch(deps.report);
  }
  void deps.drainer.drain().catch(deps.report);
  // Tabs opened before the credentials were entered say "not checked" until they are looked up with them.
  void refreshAllTabs(deps).catch(deps.report);
  return { ok: true, saved: true, connection };
}

/**
 * What was learned from the previous account and means nothing in another one: its lists, its field catalogue and
 * the proposals made from it, the mapping to its field names and the default lists picked among its lists. The read
 * cache is cleared by the caller; the tabs' lookups are asked again with the new credentials.
 */
async function forgetAccountData(deps: BackgroundDeps): Promise<void> {
  await Promise.all([deps.lists.setValue(null), deps.catalogue.setValue(null)]);
  await deps.settings.save({ fieldMapping: {}, defaultListIds: [] });
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

export async function handleTestConnection(
  deps: BackgroundDeps,
  request: BackgroundRequest<'ui/test-connection'>,
): Promise<BackgroundResponse<'ui/test-connection'>> {
  const locale = await localeOf(deps);
  if (request.typed) {
    const { account, apiKey, apiLanguage, devApiBaseUrl } = request.typed;
    if (formatProblem(account.trim(), apiKey.trim())) return { ok: true, saved: false, connection: refused(locale) };
    // What the form shows, tested as it is: nothing is stored, the saved credentials and settings stay as they were.
    const settings = { ...(await deps.settings.read()), apiLanguage, devApiBaseUrl };
    const client = deps.api.clientFor({ account: account.trim(), apiKey: apiKey.trim() }, settings);
    return { ok: true, saved: false, connection: connectionResult(await client.testConnection(), locale) };
  }
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
