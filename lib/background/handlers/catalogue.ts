// The account's field catalogue and the role mapping proposed from it, for the options page.
import { proposeRoleMapping } from '../../centrix';
import type { BackgroundResponse, ErrorResponse } from '../../messaging/contract';
import { CONTACT_ROLES, type FieldMapping } from '../../storage/settings-schema';
import { localeOf, type BackgroundDeps } from '../deps';
import { failed, notConfigured } from './answers';

/** Proposals this sure fill roles the user has not mapped yet (the options page shows them and can change them). */
const ADOPT_CONFIDENCE = 0.9;

type Refreshed = { ok: true } | { ok: false; response: ErrorResponse };

/** Reads the account's fields, stores them with the proposed mapping, and fills unmapped roles with sure proposals. */
export async function refreshCatalogue(deps: BackgroundDeps): Promise<Refreshed> {
  const locale = await localeOf(deps);
  const access = await deps.api.get();
  if (!access.ok) return { ok: false, response: notConfigured(locale) };
  const result = await access.access.client.readFieldCatalogue();
  if (!result.ok) return { ok: false, response: failed(result.error, locale) };
  const { known, contactFields, samples, contactScriptFields } = result.value;
  const proposals = proposeRoleMapping(contactFields);
  await deps.catalogue.setValue({
    fetchedAt: deps.now(),
    known,
    contactFields,
    samples,
    contactScriptFields,
    proposals,
  });
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
