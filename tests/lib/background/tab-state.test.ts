import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabStateStore } from '../../../lib/background/tab-state';
import type { TabState } from '../../../lib/messaging/contract';

const tab = (tabId: number, updatedAt = 1): TabState => ({
  tabId,
  url: 'https://example.com/',
  updatedAt,
  findings: { people: [], emails: [], companies: [], missing: [] },
  lookup: { status: 'pending', matches: [], companies: [] },
});

describe.each([
  ['storage.session', true],
  ['memory (no storage.session)', false],
])('tab state in %s', (_label, session) => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps, replaces and forgets a tab, and reads damaged data as nothing', async () => {
    const store = createTabStateStore(session);
    expect(await store.get(1)).toBeNull();
    await store.update(1, () => tab(1));
    await store.update(1, (current) => ({ ...current!, updatedAt: 2 }));
    expect(await store.get(1)).toMatchObject({ updatedAt: 2 });
    await store.remove(1);
    expect(await store.get(1)).toBeNull();
    if (session) {
      await fakeBrowser.storage.session.set({ 'tab-state:4': { tabId: 'x' } });
      expect(await store.get(4)).toBeNull();
      expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    }
  });

  it('serialises changes to one tab', async () => {
    const store = createTabStateStore(session);
    await store.update(2, () => tab(2, 0));
    await Promise.all(
      Array.from({ length: 10 }, () =>
        store.update(2, (current) => ({ ...current!, updatedAt: current!.updatedAt + 1 })),
      ),
    );
    expect((await store.get(2))?.updatedAt).toBe(10);
  });
});
