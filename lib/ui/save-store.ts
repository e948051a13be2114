// Adding and updating the chosen findings: their values by role (only mapped roles are sent), the account-level
// warning before an update, and the queuing itself, once per finding and action.
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ContactRole } from '../centrix/types';
import { t, type Locale } from '../i18n';
import type { Settings } from '../storage/settings-schema';
import type { AnnouncementSignal } from './announcement';
import type { SendMessage } from './client';
import { isError, request } from './client';
import { mappedValues, personValues, type RoleValues } from '../shared/contact-values';
import { accountLevelRoles, emailValues, withoutRoles } from './contact-payload';
import type { FindingsStore } from './findings-store';
import type { ListsStore } from './lists-store';
import { isNewish, needsDuplicateCheck } from './lookup-kinds';
import type { OutboxStore } from './outbox-store';
import { errorText } from './reason-text';
import type { SelectionStore } from './selection-store';
import type { LookupView, PersonView } from './view-types';

interface Candidate {
  key: string;
  lookup: LookupView;
  /** Only the roles the mapping sends. */
  values: RoleValues;
  /** Detected details that have no Centrix field. */
  unmapped: ContactRole[];
  /** The existing account a create joins. */
  accountId?: string;
}

export interface SaveStoreInputs {
  send: SendMessage;
  newRequestId: () => string;
  locale: ReadonlySignal<Locale>;
  announcement: AnnouncementSignal;
  settings: ReadonlySignal<Settings | undefined>;
  findings: Pick<FindingsStore, 'view' | 'joins'>;
  selection: Pick<SelectionStore, 'selected' | 'remove'>;
  lists: Pick<ListsStore, 'selectedIds'>;
  outbox: Pick<OutboxStore, 'noteQueued' | 'load'>;
}

export function createSaveStore(inputs: SaveStoreInputs) {
  const { send, locale, announcement, settings, findings, selection, lists, outbox } = inputs;
  const busy = signal(false);
  /** Set while the user is asked to confirm an update that carries account-level fields. */
  const pendingUpdate = signal<{ roles: ContactRole[] } | null>(null);

  const candidates = computed<Candidate[]>(() => {
    const mapping = settings.value?.fieldMapping ?? {};
    const candidate = (key: string, lookup: LookupView, all: RoleValues): Candidate => ({
      key,
      lookup,
      ...mappedValues(all, mapping),
    });
    const view = findings.view.value;
    const joins = findings.joins.value;
    // A person of a company Centrix has joins that account under its own name (and id): never a second account.
    // A near match (another legal form or spelling) joins only when the user accepted it.
    const person = (p: PersonView): Candidate => {
      const values = personValues(p);
      const account = p.account;
      const joinable = account && isNewish(p.lookup) && (account.match === 'exact' || joins.has(p.key));
      if (!account || !joinable) return candidate(p.key, p.lookup, values);
      const joined = candidate(p.key, p.lookup, { ...values, company: account.name });
      return account.accountId ? { ...joined, accountId: account.accountId } : joined;
    };
    return [...view.people.map(person), ...view.emails.map((e) => candidate(e.key, e.lookup, emailValues(e)))];
  });
  const chosen = computed(() => candidates.value.filter((c) => selection.selected.value.has(c.key)));
  /** Roles detected on the chosen findings that will not be sent, to say so before sending. */
  const unmappedRoles = computed(() => [...new Set(chosen.value.flatMap((c) => c.unmapped))]);
  const toAdd = computed(() => chosen.value.filter((c) => isNewish(c.lookup)));
  const toUpdate = computed(() => chosen.value.filter((c) => c.lookup.kind === 'known'));

  const requestIds = new Map<string, string>();
  function requestIdFor(key: string, action: string): string {
    const name = `${action}:${key}`;
    let id = requestIds.get(name);
    if (!id) {
      id = inputs.newRequestId();
      requestIds.set(name, id);
    }
    return id;
  }

  /** Queues each candidate; keeps the failed ones selected so nothing the user chose is lost. */
  async function queue(items: Candidate[], action: 'create' | 'update', drop: ContactRole[] = []): Promise<void> {
    if (items.length === 0 || busy.value) return;
    busy.value = true;
    announcement.value = null;
    const listIds = lists.selectedIds.value;
    const done: [key: string, itemId: string][] = [];
    const errors: string[] = [];
    for (const item of items) {
      const values = withoutRoles(item.values, drop);
      // An empty contact would be created as a blank record: refuse it here with the reason.
      if (Object.keys(values).length === 0) {
        errors.push(t(locale.value, 'popupNothingMapped'));
        continue;
      }
      const contactId = item.lookup.kind === 'known' ? item.lookup.idc : undefined;
      const create = action === 'create';
      const verify = create && needsDuplicateCheck(item.lookup);
      // Nothing to look a person up by, and no lookup said they are new: a create could be a duplicate.
      if (verify && !values.email && !values.linkedinUrl) {
        errors.push(t(locale.value, 'popupNeedsLookup'));
        continue;
      }
      const answer = await request(send, {
        type: 'ui/contact-save',
        requestId: requestIdFor(item.key, action),
        ...(action === 'update' && contactId ? { contactId } : {}),
        ...(create && item.accountId ? { accountId: item.accountId } : {}),
        ...(verify ? { verify } : {}),
        values,
        listIds,
      });
      if (isError(answer)) errors.push(errorText(locale.value, answer));
      else done.push([item.key, answer.itemId]);
    }
    batch(() => {
      outbox.noteQueued(done);
      selection.remove(new Set(done.map(([key]) => key)));
      busy.value = false;
      announcement.value =
        errors.length > 0 ? { kind: 'error', text: errors[0]! } : { kind: 'queued', count: done.length };
    });
    await outbox.load();
  }

  function add(): Promise<void> {
    return queue(toAdd.value, 'create');
  }

  function update(): Promise<void> {
    const mapping = settings.value?.fieldMapping ?? {};
    const roles = [...new Set(toUpdate.value.flatMap((c) => accountLevelRoles(c.values, mapping)))];
    if (roles.length > 0) {
      pendingUpdate.value = { roles };
      return Promise.resolve();
    }
    return queue(toUpdate.value, 'update');
  }

  /** After the account-level warning: send everything, or leave the account-level roles out. */
  function confirmUpdate(includeAccountFields: boolean): Promise<void> {
    const pending = pendingUpdate.value;
    pendingUpdate.value = null;
    if (!pending) return Promise.resolve();
    return queue(toUpdate.value, 'update', includeAccountFields ? [] : pending.roles);
  }

  return {
    busy,
    pendingUpdate,
    unmappedRoles,
    addCount: computed(() => toAdd.value.length),
    updateCount: computed(() => toUpdate.value.length),
    add,
    update,
    confirmUpdate,
    cancelUpdate: () => (pendingUpdate.value = null),
  };
}

export type SaveStore = ReturnType<typeof createSaveStore>;
