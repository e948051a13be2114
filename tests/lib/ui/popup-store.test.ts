import { describe, expect, it } from 'vitest';
import { createPopupStore } from '../../../lib/ui/popup-store';
import { busyPage, fakeBackground, outbox, outboxItem, settingsAnswer, tabState } from './fake-background';

const JANE_KEY = 'p:https://www.linkedin.com/in/jane-doe';
const BOB_KEY = 'p:bob@acme.test';

async function loaded(handlers: Parameters<typeof fakeBackground>[0] = {}) {
  const bg = fakeBackground(handlers);
  const store = createPopupStore(bg.deps);
  await store.load();
  return { bg, store };
}

describe('popup store', () => {
  it('loads settings, the tab, lists and outbox, in the chosen UI language', async () => {
    const { bg, store } = await loaded({
      'ui/settings-get': () => settingsAnswer({ uiLanguage: 'fr', defaultListIds: ['11'] }),
    });
    expect(store.phase.value).toBe('ready');
    expect(store.locale.value).toBe('fr');
    expect(store.findings.host.value).toBe('www.linkedin.com');
    expect(store.findings.view.value.people).toHaveLength(2);
    expect(store.lists.lists.value).toEqual([
      { id: '10', name: 'Prospects' },
      { id: '11', name: 'Partners' },
    ]);
    expect([...store.lists.selected.value]).toEqual(['11']);
    expect(bg.of('ui/tab-state')).toEqual([{ type: 'ui/tab-state', tabId: 7 }]);
  });

  it('asks for nothing else when not configured', async () => {
    const { bg, store } = await loaded({ 'ui/settings-get': () => settingsAnswer({}, false) });
    expect(store.configured.value).toBe(false);
    expect(bg.sent.map((m) => m.type)).toEqual(['ui/settings-get']);
  });

  it('shows a failed load with the reason, and can retry', async () => {
    let fail = true;
    const { store } = await loaded({
      'ui/settings-get': () => (fail ? { ok: false, error: 'unavailable' } : settingsAnswer()),
    });
    expect(store.phase.value).toBe('failed');
    expect(store.loadError.value).toBe('The extension is not ready; try again in a moment.');
    fail = false;
    await store.load();
    expect(store.phase.value).toBe('ready');
  });

  it('adds the selected new people to the chosen lists, once', async () => {
    const { bg, store } = await loaded({ 'ui/settings-get': () => settingsAnswer({ defaultListIds: ['10'] }) });
    store.selection.toggle(BOB_KEY);
    store.selection.toggle(JANE_KEY);
    expect(store.save.addCount.value).toBe(1);
    expect(store.save.updateCount.value).toBe(1);
    await store.save.add();
    expect(bg.of('ui/contact-save')).toEqual([
      {
        type: 'ui/contact-save',
        requestId: 'request-1',
        values: { fullName: 'Bob Martin', firstName: 'Bob', lastName: 'Martin', email: 'bob@acme.test' },
        listIds: ['10'],
      },
    ]);
    expect(store.announcement.value).toEqual({ kind: 'queued', count: 1 });
    // Bob is now queued: not offered again; Jane stays selected for an update.
    expect(store.findings.view.value.people.find((p) => p.key === BOB_KEY)!.lookup).toEqual({ kind: 'queued' });
    expect([...store.selection.selected.value]).toEqual([JANE_KEY]);
    expect(store.save.addCount.value).toBe(0);
  });

  it('shows a queued person as a Centrix contact once the outbox has saved them', async () => {
    let items = [outboxItem({ id: 'item-1', state: 'pending' })];
    const { bg, store } = await loaded({ 'ui/outbox-status': () => ({ ok: true, outbox: outbox(items) }) });
    store.selection.toggle(BOB_KEY);
    await store.save.add();
    const bob = () => store.findings.view.value.people.find((p) => p.key === BOB_KEY)!.lookup;
    expect(bob()).toEqual({ kind: 'queued' });
    items = [outboxItem({ id: 'item-1', state: 'done', contactId: '1061' })];
    bg.tick();
    await new Promise((resolve) => setImmediate(resolve));
    expect(bob()).toEqual({ kind: 'known', idc: '1061' });
  });

  it('keeps a person selected when queuing fails, and says why', async () => {
    const { store } = await loaded({
      'ui/contact-save': () => ({ ok: false, error: 'failed', reason: 'unexpected', message: 'Disk full' }),
    });
    store.selection.toggle(BOB_KEY);
    await store.save.add();
    expect([...store.selection.selected.value]).toEqual([BOB_KEY]);
    expect(store.announcement.value).toEqual({ kind: 'error', text: 'Disk full' });
  });

  it('updates a known contact by id, without warning when no account-level field is mapped', async () => {
    const { bg, store } = await loaded({
      'ui/settings-get': () => settingsAnswer({ fieldMapping: { fullName: 'Nom', jobTitle: 'Titre' } }),
    });
    store.selection.toggle(JANE_KEY);
    expect(store.save.unmappedRoles.value).toEqual(['firstName', 'lastName', 'company', 'linkedinUrl']);
    await store.save.update();
    expect(store.save.pendingUpdate.value).toBeNull();
    const [save] = bg.of('ui/contact-save');
    expect(save).toMatchObject({ contactId: '42', values: { fullName: 'Jane Doe', jobTitle: 'Head of Sales' } });
    // The background refuses unmapped roles: they are left out, and the popup says which.
    expect(Object.keys(save!.values as object).sort()).toEqual(['fullName', 'jobTitle']);
  });

  it('refuses to queue a contact when none of its details has a Centrix field', async () => {
    const { bg, store } = await loaded({ 'ui/settings-get': () => settingsAnswer({ fieldMapping: {} }) });
    store.selection.toggle(BOB_KEY);
    await store.save.add();
    expect(bg.of('ui/contact-save')).toEqual([]);
    expect(store.announcement.value).toEqual({
      kind: 'error',
      text: 'Nothing to send: choose Centrix fields in the settings first.',
    });
    expect([...store.selection.selected.value]).toEqual([BOB_KEY]);
  });

  it('warns before an update that would change the whole account, and can leave those fields out', async () => {
    const { bg, store } = await loaded({
      'ui/settings-get': () => settingsAnswer({ fieldMapping: { company: 'Entreprise', jobTitle: 'Titre' } }),
    });
    store.selection.toggle(JANE_KEY);
    await store.save.update();
    expect(store.save.pendingUpdate.value).toEqual({ roles: ['company'] });
    expect(bg.of('ui/contact-save')).toEqual([]);
    await store.save.confirmUpdate(false);
    const [save] = bg.of('ui/contact-save');
    expect(save!.contactId).toBe('42');
    expect(save!.values).not.toHaveProperty('company');
    expect(save!.values).toHaveProperty('jobTitle', 'Head of Sales');
  });

  it('sends the account-level fields when the user confirms them', async () => {
    const { bg, store } = await loaded({
      'ui/settings-get': () => settingsAnswer({ fieldMapping: { company: 'Entreprise' } }),
    });
    store.selection.toggle(JANE_KEY);
    await store.save.update();
    await store.save.confirmUpdate(true);
    expect(bg.of('ui/contact-save')[0]!.values).toHaveProperty('company', 'Acme');
  });

  it('sends nothing when the warning is cancelled', async () => {
    const { bg, store } = await loaded({
      'ui/settings-get': () => settingsAnswer({ fieldMapping: { company: 'Entreprise' } }),
    });
    store.selection.toggle(JANE_KEY);
    await store.save.update();
    store.save.cancelUpdate();
    await store.save.confirmUpdate(true);
    expect(bg.of('ui/contact-save')).toEqual([]);
  });

  it('scans the page on request and reports what it found', async () => {
    const { bg, store } = await loaded({
      'ui/tab-state': () => ({ ok: true, state: null }),
      'ui/scan-tab': () => ({ ok: true, state: busyPage() }),
    });
    expect(store.findings.isEmpty.value).toBe(true);
    await store.scan();
    expect(bg.of('ui/scan-tab')).toEqual([{ type: 'ui/scan-tab', tabId: 7 }]);
    expect(store.findings.isEmpty.value).toBe(false);
    expect(store.announcement.value).toEqual({ kind: 'scan-done', count: 4 });
  });

  it('polls while a lookup is pending and stops asking once it is done', async () => {
    let state = tabState({
      findings: { people: [{ name: 'Bob', email: 'bob@acme.test', source: 'text', confidence: 1 }] },
    });
    state.lookup.status = 'pending';
    const { bg, store } = await loaded({ 'ui/tab-state': () => ({ ok: true, state }) });
    expect(store.findings.view.value.people[0]!.lookup).toEqual({ kind: 'pending' });
    state = { ...state, lookup: { ...state.lookup, status: 'done' } };
    bg.tick();
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.findings.view.value.people[0]!.lookup).toEqual({ kind: 'new' });
    const asked = bg.of('ui/tab-state').length;
    bg.tick();
    expect(bg.of('ui/tab-state').length).toBe(asked);
    store.dispose();
  });

  it('retries and discards outbox items', async () => {
    const failed = outbox([outboxItem({ id: 'x1', state: 'failed', reason: 'timeout' })]);
    const { bg, store } = await loaded({
      'ui/outbox-status': () => ({ ok: true, outbox: failed }),
      'ui/outbox-retry': () => ({ ok: true, outbox: outbox([outboxItem({ id: 'x1', state: 'pending' })]) }),
    });
    expect(store.outbox.items.value[0]!.state).toEqual({ kind: 'failed', reason: 'Centrix took too long to answer.' });
    await store.outbox.retry('x1');
    expect(bg.of('ui/outbox-retry')).toEqual([{ type: 'ui/outbox-retry', id: 'x1' }]);
    expect(store.outbox.items.value[0]!.state).toEqual({ kind: 'pending' });
    await store.outbox.discard('x1');
    expect(bg.of('ui/outbox-discard')).toEqual([{ type: 'ui/outbox-discard', id: 'x1' }]);
    expect(store.outbox.items.value).toEqual([]);
  });

  it('opens the options page through its dependency', async () => {
    const { bg, store } = await loaded();
    await store.openOptions();
    expect(bg.openedOptions()).toBe(1);
  });
});
