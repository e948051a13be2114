// A stand-in for the background: answers the UI's requests from a table, records what it was sent, and lets a test
// change an answer between steps. Answers are plain data, validated by the client like real ones.
import type { OutboxView, TabState } from '../../../lib/messaging/contract';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/settings-schema';
import type { UiDeps } from '../../../lib/ui/browser-deps';

type Handler = (message: Record<string, unknown>) => unknown;

/** Every role mapped to a field of the sandbox's French-named schema, unless a test says otherwise. */
export const FULL_MAPPING: Settings['fieldMapping'] = {
  email: 'Courriel',
  firstName: 'Prenom',
  lastName: 'Nom',
  fullName: 'NomComplet',
  company: 'Entreprise',
  jobTitle: 'Titre',
  phone: 'Telephone',
  website: 'SiteWeb',
  linkedinUrl: 'CC_LinkedIn',
};

export function settingsAnswer(overrides: Partial<Settings> = {}, credentialsConfigured = true, sandboxBuild = false) {
  const settings = { ...DEFAULT_SETTINGS, fieldMapping: FULL_MAPPING, ...overrides };
  return { ok: true, settings, credentialsConfigured, sandboxBuild };
}

export function tabState(
  partial: Omit<Partial<TabState>, 'findings'> & { findings?: Partial<TabState['findings']> } = {},
): TabState {
  return {
    tabId: 7,
    url: 'https://www.linkedin.com/in/jane-doe',
    updatedAt: 1_700_000_000_000,
    ...partial,
    findings: { people: [], emails: [], companies: [], missing: [], ...partial.findings },
    lookup: partial.lookup ?? { status: 'done', matches: [], companies: [] },
  };
}

export const JANE = {
  name: 'Jane Doe',
  title: 'Head of Sales',
  company: 'Acme',
  profileUrl: 'https://www.linkedin.com/in/jane-doe',
  source: 'linkedin.topCard',
  confidence: 0.95,
};
export const BOB = { name: 'Bob Martin', email: 'bob@acme.test', source: 'gmail.header', confidence: 0.4 };

/** Jane is known (contact 42), Bob is new, one loose address, one company, one missing detail. */
export function busyPage(): TabState {
  return tabState({
    findings: {
      people: [JANE, BOB],
      emails: [
        { address: 'bob@acme.test', source: 'mailto', confidence: 0.9 },
        { address: 'sales@acme.test', source: 'text', confidence: 0.8 },
      ],
      companies: [{ name: 'Acme', domain: 'acme.test', source: 'json-ld', confidence: 0.9 }],
      missing: ['linkedin.currentCompany'],
    },
    lookup: {
      status: 'done',
      matches: [
        { kind: 'profile', key: JANE.profileUrl, known: true, contactId: '42', name: 'Jane Doe' },
        { kind: 'email', key: 'bob@acme.test', known: false },
        { kind: 'email', key: 'sales@acme.test', known: false },
      ],
      companies: [{ kind: 'domain', key: 'acme.test', known: true }],
    },
  });
}

export function outbox(items: OutboxView['items'] = [], paused: OutboxView['paused'] = null): OutboxView {
  const counts = { pending: 0, sending: 0, waiting: 0, failed: 0, done: 0 };
  for (const item of items) counts[item.state] += 1;
  return { paused, items, counts };
}

export function outboxItem(
  partial: Partial<OutboxView['items'][number]> & { id: string },
): OutboxView['items'][number] {
  return {
    action: 'create',
    label: 'Bob Martin',
    state: 'pending',
    attempts: 0,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...partial,
  };
}

export interface FakeBackground {
  deps: UiDeps;
  sent: Record<string, unknown>[];
  handlers: Record<string, Handler>;
  /** Runs the polling callback once, as the timer would. */
  tick: () => void;
  openedOptions: () => number;
  /** Messages of one type, in order. */
  of: (type: string) => Record<string, unknown>[];
}

export function fakeBackground(handlers: Record<string, Handler> = {}): FakeBackground {
  const sent: Record<string, unknown>[] = [];
  const table: Record<string, Handler> = {
    'ui/settings-get': () => settingsAnswer(),
    'ui/settings-save': (message) => settingsAnswer(message.patch as Partial<Settings>),
    'ui/tab-state': () => ({ ok: true, state: busyPage() }),
    'ui/lists-get': () => ({
      ok: true,
      lists: [
        { id: '10', name: 'Prospects' },
        { id: '11', name: 'Partners' },
      ],
    }),
    'ui/outbox-status': () => ({ ok: true, outbox: outbox() }),
    'ui/contact-save': () => ({ ok: true, itemId: 'item-1', state: 'pending' }),
    'ui/outbox-retry': () => ({ ok: true, outbox: outbox() }),
    'ui/outbox-discard': () => ({ ok: true, outbox: outbox() }),
    'ui/catalogue-get': () => ({ ok: true, catalogue: null }),
    'ui/catalogue-refresh': () => ({ ok: true, catalogue: null }),
    ...handlers,
  };
  let poll: (() => void) | undefined;
  let opened = 0;
  let ids = 0;
  const deps: UiDeps = {
    send: async (message) => {
      const msg = message as Record<string, unknown>;
      sent.push(msg);
      const handler = table[String(msg.type)];
      if (!handler) return { ok: false, error: 'refused' };
      return handler(msg);
    },
    activeTab: async () => ({ id: 7, url: 'https://www.linkedin.com/in/jane-doe' }),
    openOptions: async () => {
      opened += 1;
    },
    browserLanguage: () => 'en-US',
    every: (fn) => {
      poll = fn;
      return () => {
        poll = undefined;
      };
    },
    newRequestId: () => `request-${++ids}`,
  };
  return {
    deps,
    sent,
    handlers: table,
    tick: () => poll?.(),
    openedOptions: () => opened,
    of: (type) => sent.filter((m) => m.type === type),
  };
}
