// The account's contact lists (Centrix "Scripts"), for the popup's picker and the options page's defaults.
import type { BackgroundRequest, BackgroundResponse } from '../../messaging/contract';
import { localeOf, type BackgroundDeps } from '../deps';
import { failed, notConfigured } from './answers';

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
  if (!access.ok) return notConfigured(locale);
  const result = await access.access.client.readScripts();
  if (!result.ok) {
    // Stale names beat none: the popup can still offer the lists it knew.
    if (cached) return { ok: true, lists: cached.lists };
    return failed(result.error, locale);
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
