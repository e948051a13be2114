// Findings of a tab: store them, look them up in Centrix, keep the badge in step. Also the on-demand scan of a tab
// that has no static content script (popup's "scan", context menu), through the scripting API.
import { t } from '../../i18n';
import {
  BgScanNowResponseSchema,
  type BackgroundRequest,
  type BackgroundResponse,
  type ErrorResponse,
  type PageFindings,
  type TabState,
} from '../../messaging/contract';
import type { KnownSender } from '../../messaging/sender';
import { siteOfUrl } from '../../shared/site';
import { siteEnabled } from '../../storage/settings-schema';
import { badgeFor } from '../badge';
import { localeOf, type BackgroundDeps } from '../deps';
import { lookup, type LookupQuery } from '../lookups';
import { failed, notConfigured } from './answers';
import type { OutboxRecord } from '../outbox/record';

const MAX_LOOKUP_VALUES = 200;

const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

async function showBadge(deps: BackgroundDeps, tabId: number, state: TabState | null) {
  try {
    await deps.platform.setBadge(tabId, badgeFor(state));
  } catch (error) {
    // The tab may have closed meanwhile: the badge went with it.
    deps.report(error);
  }
}

/** The field that names a contact's account, when the account's catalogue lists it (the sandbox's `ida`). */
const ACCOUNT_ID_FIELD = 'ida';

function lookupQuery(findings: PageFindings, accountIdField?: string): LookupQuery {
  const emails = new Set<string>();
  const profiles = new Set<string>();
  for (const p of findings.people) {
    for (const email of p.emails ?? (p.email ? [p.email] : [])) emails.add(email.toLowerCase());
    if (p.profileUrl) profiles.add(p.profileUrl);
  }
  for (const e of findings.emails) emails.add(e.address.toLowerCase());
  const companies = findings.companies
    .slice(0, 20)
    .map((c) => (c.domain ? { name: c.name, domain: c.domain } : { name: c.name }));
  const people = findings.people.slice(0, MAX_LOOKUP_VALUES).map((p) => ({
    emails: p.emails ?? (p.email ? [p.email] : []),
    ...(p.profileUrl ? { profileUrl: p.profileUrl } : {}),
    ...(p.name ? { name: p.name } : {}),
    ...(p.company ? { company: p.company } : {}),
  }));
  return {
    emails: [...emails].slice(0, MAX_LOOKUP_VALUES),
    profileUrls: [...profiles].slice(0, MAX_LOOKUP_VALUES),
    companies,
    people,
    ...(accountIdField ? { accountIdField } : {}),
  };
}

/** Failures that may pass by themselves: looked up again after a backoff, and whenever the popup opens. */
const TRANSIENT = new Set(['unavailable', 'rate-limited', 'network', 'timeout', 'invalid-response', 'http']);
/** Delays before the automatic retries of a failed lookup (each tab; a new page starts over). */
export const LOOKUP_RETRY_MS = [2_000, 8_000, 30_000] as const;
const retries = new Map<number, { attempt: number; timer: ReturnType<typeof setTimeout> }>();

function scheduleRetry(deps: BackgroundDeps, tabId: number, attempt: number): number | undefined {
  const delay = LOOKUP_RETRY_MS[attempt];
  if (delay === undefined) return undefined;
  clearTimeout(retries.get(tabId)?.timer);
  const timer = setTimeout(() => {
    void refreshLookup(deps, tabId, attempt + 1).catch(deps.report);
  }, delay);
  retries.set(tabId, { attempt, timer });
  return deps.now() + delay;
}

function cancelRetry(tabId: number): void {
  clearTimeout(retries.get(tabId)?.timer);
  retries.delete(tabId);
}

async function accountIdField(deps: BackgroundDeps): Promise<string | undefined> {
  const catalogue = await deps.catalogue.getValue().catch(() => null);
  return catalogue?.contactFields.includes(ACCOUNT_ID_FIELD) ? ACCOUNT_ID_FIELD : undefined;
}

/**
 * Looks up the tab's current findings and stores the answer, unless newer findings replaced them meanwhile. A
 * failure that may pass is looked up again after a backoff (`attempt` counts the automatic retries).
 */
export async function refreshLookup(deps: BackgroundDeps, tabId: number, attempt = 0): Promise<TabState | null> {
  const state = await deps.tabs.get(tabId);
  if (!state) return null;
  cancelRetry(tabId);
  const access = await deps.api.get();
  let result: TabState['lookup'];
  if (!access.ok) {
    result = { status: 'not-configured', matches: [], companies: [] };
  } else {
    const outcome = await lookup(access.access, lookupQuery(state.findings, await accountIdField(deps)));
    const checkedAt = deps.now();
    if (outcome.ok) {
      const { matches, companies, people, accounts } = outcome;
      result = { status: 'done', matches, companies, people, accounts, checkedAt };
    } else if (outcome.error === 'unmapped')
      result = { status: 'not-configured', reason: 'unmapped', matches: [], companies: [] };
    else {
      result = { status: 'failed', reason: outcome.failure.kind, matches: [], companies: [], checkedAt };
      const retryAt = TRANSIENT.has(outcome.failure.kind) ? scheduleRetry(deps, tabId, attempt) : undefined;
      if (retryAt !== undefined) result.retryAt = retryAt;
    }
  }
  const next = await deps.tabs.update(tabId, (current) =>
    current && current.updatedAt === state.updatedAt ? { ...current, lookup: result } : current,
  );
  await showBadge(deps, tabId, next);
  return next;
}

/** Credentials or the field mapping changed: every tab's findings are looked up again with them. */
export async function refreshAllTabs(deps: BackgroundDeps): Promise<void> {
  for (const state of await deps.tabs.all()) await refreshLookup(deps, state.tabId).catch(deps.report);
}

/** Stores a page's findings for its tab (when its site is enabled), then looks them up. */
export async function recordFindings(
  deps: BackgroundDeps,
  tabId: number,
  url: string,
  findings: PageFindings,
  selection?: string,
): Promise<TabState | null> {
  const settings = await deps.settings.read();
  if (!siteEnabled(settings.sites, siteOfUrl(url))) return null;
  const enriched = deps.enrich ? deps.enrich(findings) : findings;
  const updatedAt = deps.now();
  const state = await deps.tabs.update(tabId, (current) => {
    const next: TabState = {
      tabId,
      url,
      updatedAt: Math.max(updatedAt, (current?.updatedAt ?? 0) + 1),
      findings: enriched,
      lookup: { status: 'pending', matches: [], companies: [] },
    };
    const kept = selection ?? (current?.url === url ? current.selection : undefined);
    if (kept) next.selection = kept;
    return next;
  });
  await showBadge(deps, tabId, state);
  return refreshLookup(deps, tabId);
}

export async function handleFindings(
  deps: BackgroundDeps,
  request: BackgroundRequest<'cs/findings'>,
  sender: KnownSender,
): Promise<BackgroundResponse<'cs/findings'>> {
  if (sender.kind !== 'content') return { ok: false, error: 'refused' };
  // The page speaks for itself only: the URL it reports must be on the origin the browser says it is on.
  if (!sameOrigin(request.url, sender.url)) return { ok: false, error: 'invalid' };
  await recordFindings(deps, sender.tabId, request.url, request.findings);
  return { ok: true };
}

export async function handleLookup(
  deps: BackgroundDeps,
  request: BackgroundRequest<'ui/lookup'>,
): Promise<BackgroundResponse<'ui/lookup'>> {
  const locale = await localeOf(deps);
  const access = await deps.api.get();
  if (!access.ok) return notConfigured(locale);
  const outcome = await lookup(access.access, { emails: request.emails, profileUrls: request.profileUrls });
  if (outcome.ok) return { ok: true, matches: outcome.matches };
  if (outcome.error === 'unmapped') return { ok: false, error: 'not-configured', reason: 'unmapped' };
  return failed(outcome.failure, locale);
}

export async function handleTabState(
  deps: BackgroundDeps,
  request: BackgroundRequest<'ui/tab-state'>,
): Promise<BackgroundResponse<'ui/tab-state'>> {
  const state = await deps.tabs.get(request.tabId);
  // The popup opens: a lookup that failed, or could not run for want of credentials, is tried again now.
  if (state && (state.lookup.status === 'failed' || state.lookup.status === 'not-configured')) {
    const access = await deps.api.get();
    if (access.ok) {
      const fresh = await refreshLookup(deps, request.tabId).catch(() => state);
      return { ok: true, state: fresh };
    }
  }
  return { ok: true, state };
}

/** Asks the tab to scan; where no content script answers, injects the scanner and asks again. */
export async function scanTab(
  deps: BackgroundDeps,
  tabId: number,
  selection?: string,
): Promise<TabState | ErrorResponse> {
  const locale = await localeOf(deps);
  const unavailable: ErrorResponse = { ok: false, error: 'unavailable', message: t(locale, 'bgNoTab') };
  const tabUrl = await deps.platform.tabUrl(tabId).catch(() => undefined);
  let answer: unknown;
  try {
    answer = await deps.platform.requestScan(tabId);
  } catch {
    try {
      await deps.platform.injectScanner(tabId, tabUrl);
      answer = await deps.platform.requestScan(tabId);
    } catch {
      return unavailable;
    }
  }
  const parsed = BgScanNowResponseSchema.safeParse(answer);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  if (!parsed.data.ok) return unavailable;
  if (tabUrl !== undefined && !sameOrigin(tabUrl, parsed.data.url)) return { ok: false, error: 'invalid' };
  const state = await recordFindings(deps, tabId, parsed.data.url, parsed.data.findings, selection);
  return state ?? unavailable;
}

export async function handleScanTab(
  deps: BackgroundDeps,
  request: BackgroundRequest<'ui/scan-tab'>,
): Promise<BackgroundResponse<'ui/scan-tab'>> {
  const result = await scanTab(deps, request.tabId);
  return 'ok' in result ? result : { ok: true, state: result };
}

/** A tab closed or started loading another page: what was found there no longer holds. */
export async function forgetTab(deps: BackgroundDeps, tabId: number): Promise<void> {
  cancelRetry(tabId);
  await deps.tabs.remove(tabId);
}

/**
 * A save completed: look again at every tab that shows one of the saved people, so a popup reopened there says
 * "In Centrix" instead of offering to add them a second time.
 */
export async function refreshTabsShowing(deps: BackgroundDeps, saved: readonly OutboxRecord[]): Promise<void> {
  const emails = new Set(saved.flatMap((r) => (r.keys.email ? [r.keys.email.value.toLowerCase()] : [])));
  const profiles = new Set(saved.flatMap((r) => (r.keys.linkedin ? [r.keys.linkedin.value] : [])));
  for (const state of await deps.tabs.all()) {
    const query = lookupQuery(state.findings);
    if (query.emails.some((e) => emails.has(e)) || query.profileUrls.some((p) => profiles.has(p))) {
      await refreshLookup(deps, state.tabId).catch(deps.report);
    }
  }
}
