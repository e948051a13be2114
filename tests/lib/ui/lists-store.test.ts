import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createListsStore } from '../../../lib/ui/lists-store';
import { fakeBackground } from './fake-background';

describe('lists store (popup and options)', () => {
  it('reads the lists, and re-reads them from Centrix on reload', async () => {
    const bg = fakeBackground();
    const lists = createListsStore(bg.deps.send, signal('en'));
    expect(lists.lists.value).toBeUndefined();
    await lists.load();
    expect(lists.lists.value?.map((l) => l.name)).toEqual(['Prospects', 'Partners']);
    await lists.reload();
    expect(bg.of('ui/lists-get')).toEqual([{ type: 'ui/lists-get' }, { type: 'ui/lists-get', refresh: true }]);
  });

  it('says why the lists could not be read, in the UI language, and clears it on the next try', async () => {
    let fail = true;
    const bg = fakeBackground({
      'ui/lists-get': () => (fail ? { ok: false, error: 'failed', reason: 'timeout' } : { ok: true, lists: [] }),
    });
    const lists = createListsStore(bg.deps.send, signal('fr'));
    await lists.load();
    expect(lists.error.value).toBe('Centrix a mis trop de temps à répondre.');
    fail = false;
    await lists.reload();
    expect(lists.error.value).toBeUndefined();
    expect(lists.lists.value).toEqual([]);
  });

  it('keeps the chosen lists, toggled one by one or set at once', () => {
    const lists = createListsStore(fakeBackground().deps.send, signal('en'));
    lists.select(['10', '11']);
    lists.toggle('10');
    lists.toggle('12');
    expect(lists.selectedIds.value).toEqual(['11', '12']);
    lists.forget();
    expect(lists.lists.value).toBeUndefined();
  });
});
