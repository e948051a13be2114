// A save whose answer says Success but whose echo does not fit the request (a million contacts for one, no echo,
// other contacts' ids and values), against the sandbox over loopback HTTP: the save is in doubt, looked up by its key,
// and called saved only once Centrix holds it, exactly once, with the values sent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCentrixClient } from '../../../../lib/centrix';
import { toOutboxView } from '../../../../lib/background/outbox/view';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import type { FaultSpec } from '../../../sandbox/faults';
import { outboxHarness } from '../support/outbox-harness';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 5, key: 'echoKey_4Rt9', account: '5151' });
});
beforeEach(() => {
  sandbox.reset();
  fakeBrowser.reset();
});
afterAll(() => sandbox.close());

function setup() {
  const client = () =>
    createCentrixClient({
      baseUrl: sandbox.apiBase,
      account: sandbox.account,
      apiKey: sandbox.key,
      language: 'EN',
      fetch: globalThis.fetch,
      now: () => h.clock.now,
      sleep: async () => undefined,
    });
  const h = outboxHarness(client, {
    getAccess: async () => ({ ok: true, access: { client: client(), urlOverhead: 200 } }),
  });
  return h;
}

const withEmail = (email: string) => sandbox.contacts().filter((c) => String(c['Email']).toLowerCase() === email);
const faults = (list: FaultSpec[]) => sandbox.addFaults(list);

describe('a save whose echo does not fit', () => {
  it.each<[string, FaultSpec]>([
    ['a million contacts echoed for one (saved)', { type: 'echo', echo: 'flood', commit: true }],
    ['a million contacts echoed for one (nothing saved)', { type: 'echo', echo: 'flood', commit: false }],
    ['no echo (saved)', { type: 'echo', echo: 'missing', commit: true }],
    ['other contacts echoed (saved)', { type: 'echo', echo: 'foreign', commit: true }],
    ['other contacts echoed (nothing saved)', { type: 'echo', echo: 'foreign', commit: false }],
  ])('%s: in doubt, looked up by key, then saved exactly once', async (_name, fault) => {
    const h = setup();
    const before = sandbox.contacts().length;
    await h.queue({ email: 'ada.echo@example.com', firstName: 'Ada', lastName: 'Echo' }, { listIds: [] });
    faults([fault]);
    await h.drainer().drain();

    let [record] = await h.records();
    expect(record).toMatchObject({ state: 'waiting', inDoubt: true, failure: { kind: 'ambiguous-write' } });
    expect(record!.contactId).toBeUndefined();
    const [item] = toOutboxView(await h.store.read(), null, 'en').items;
    expect(item?.message).toBe(
      'It is not known whether the save reached Centrix. It will be checked before anything is sent again.',
    );

    await h.advanceToNextWake();
    await h.drainer().drain();
    [record] = await h.records();
    const saved = withEmail('ada.echo@example.com');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ FirstName: 'Ada', LastName: 'Echo' });
    expect(record).toMatchObject({ state: 'done', inDoubt: false, contactId: String(saved[0]!['idc']) });
    expect(sandbox.contacts().length).toBe(before + 1);

    const log = sandbox.requests();
    // The second drain looked the contact up before it sent anything again.
    const afterFault = log.slice(log.findIndex((e) => e.fault === 'echo') + 1);
    expect(afterFault.map((e) => e.method)).toEqual(['GET', 'POST']);
  });

  it('sends an update again whose echo names another contact, and calls it saved once the echo fits', async () => {
    const h = setup();
    const target = sandbox.contacts()[3]!;
    await h.queue({ firstName: 'Renamed' }, { contactId: String(target['idc']), listIds: [] });
    faults([{ type: 'echo', echo: 'foreign', commit: false }]);
    await h.drainer().drain();
    let [record] = await h.records();
    expect(record).toMatchObject({ state: 'waiting', inDoubt: false, failure: { kind: 'invalid-response' } });
    await h.advanceToNextWake();
    await h.drainer().drain();
    [record] = await h.records();
    expect(record).toMatchObject({ state: 'done', contactId: String(target['idc']) });
    expect(sandbox.contacts().find((c) => c['idc'] === target['idc'])).toMatchObject({ FirstName: 'Renamed' });
  });
});
