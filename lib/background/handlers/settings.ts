// Settings and credentials, for the options page. The credentials go in and never come back out: the page learns
// only whether they are configured and what the connection test said.
import {
  proposeRoleMapping,
  validateAccount,
  validateApiKey,
  type CentrixClient,
  type CentrixResult,
} from '../../centrix';
import { t, type Locale } from '../../i18n';
import type { BackgroundRequest, BackgroundResponse, ConnectionResult } from '../../messaging/contract';
import { CONTACT_ROLES, type FieldMapping } from '../../storage/settings-schema';
import { localeOf, type BackgroundDeps } from '../deps';
import { requeueBadCredentials } from '../outbox/actions';

/** Proposals this sure fill roles the user has not mapped yet (the options page shows them and can change them). */
const ADOPT_CONFIDENCE = 0.9;

export async function handleSettingsGet(deps: BackgroundDeps): Promise<BackgroundResponse<'ui/settings-get'>> {
  const [settings, credentials] = await Promise.all([deps.settings.read(), deps.credentials.get()]);
  return { ok: true, settings, credentialsConfigured: credentials !== null, sandboxBuild: deps.sandboxBuild };
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
  return handleSettingsGet(deps);
}

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
  if (!access.ok) return { ok: false, error: 'not-configured', message: t(locale, 'bgNotConfigured') };
  const connection = connectionResult(await access.access.client.testConnection(), locale);
  // Credentials Centrix refused earlier work again (a key re-enabled on its side): the outbox may resume.
  if (connection.result === 'success' && (await deps.pause.getValue()) === 'bad-credentials') {
    await requeueBadCredentials(deps.outbox, deps.now());
    await deps.pause.setValue(null);
    void deps.drainer.drain().catch(deps.report);
  }
  return { ok: true, saved: true, connection };
}

type Refreshed =
  { ok: true } | { ok: false; response: Extract<BackgroundResponse<'ui/catalogue-refresh'>, { ok: false }> };

/** Reads the account's fields, stores them with the proposed mapping, and fills unmapped roles with sure proposals. */
export async function refreshCatalogue(deps: BackgroundDeps): Promise<Refreshed> {
  const locale = await localeOf(deps);
  const access = await deps.api.get();
  if (!access.ok)
    return { ok: false, response: { ok: false, error: 'not-configured', message: t(locale, 'bgNotConfigured') } };
  const result = await access.access.client.readFieldCatalogue();
  if (!result.ok) {
    return {
      ok: false,
      response: { ok: false, error: 'failed', reason: result.error.kind, message: result.error.message(locale) },
    };
  }
  const { known, contactFields, contactScriptFields } = result.value;
  const proposals = proposeRoleMapping(contactFields);
  await deps.catalogue.setValue({ fetchedAt: deps.now(), known, contactFields, contactScriptFields, proposals });
  const settings = await deps.settings.read();
  const adopted: FieldMapping = { ...settings.fieldMapping };
  let changed = false;
  for (const role of CONTACT_ROLES) {
    const best = proposals.find((p) => p.role === role && p.confidence >= ADOPT_CONFIDENCE);
    if (!adopted[role] && best) {
      adopted[role] = best.field;
      changed = true;
    }
  }
  if (changed) await deps.settings.save({ fieldMapping: adopted });
  return { ok: true };
}

export async function handleCatalogueGet(deps: BackgroundDeps): Promise<BackgroundResponse<'ui/catalogue-get'>> {
  return { ok: true, catalogue: await deps.catalogue.getValue() };
}

export async function handleCatalogueRefresh(
  deps: BackgroundDeps,
): Promise<BackgroundResponse<'ui/catalogue-refresh'>> {
  const refreshed = await refreshCatalogue(deps);
  if (!refreshed.ok) return refreshed.response;
  return handleCatalogueGet(deps);
}

/** A list's display name: its name field, whatever the account's language calls it. */
function listName(record: Record<string, unknown>, id: string): string {
  const key = Object.keys(record).find(
    (k) => /^(name|nom|title|titre|description)$/i.test(k) && typeof record[k] === 'string',
  );
  const name = key ? String(record[key]).trim() : '';
  return (name || `#${id}`).slice(0, 300);
}

export async function handleListsGet(
  deps: BackgroundDeps,
  request: BackgroundRequest<'ui/lists-get'>,
): Promise<BackgroundResponse<'ui/lists-get'>> {
  const cached = await deps.lists.getValue();
  if (cached && !request.refresh) return { ok: true, lists: cached.lists };
  const locale = await localeOf(deps);
  const access = await deps.api.get();
  if (!access.ok) return { ok: false, error: 'not-configured', message: t(locale, 'bgNotConfigured') };
  const client: CentrixClient = access.access.client;
  const result = await client.readScripts();
  if (!result.ok) {
    // Stale names beat none: the popup can still offer the lists it knew.
    if (cached) return { ok: true, lists: cached.lists };
    return { ok: false, error: 'failed', reason: result.error.kind, message: result.error.message(locale) };
  }
  const lists = result.value.flatMap((record) => {
    const ids = record.ids;
    if (typeof ids !== 'string' && typeof ids !== 'number') return [];
    const id = String(ids);
    return /^[0-9]{1,18}$/.test(id) ? [{ id, name: listName(record, id) }] : [];
  });
  await deps.lists.setValue({ fetchedAt: deps.now(), lists });
  return { ok: true, lists };
}
