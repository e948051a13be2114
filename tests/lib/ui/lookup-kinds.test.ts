import { describe, expect, it } from 'vitest';
import { isNewish, isSelectable } from '../../../lib/ui/lookup-kinds';
import type { LookupView } from '../../../lib/ui/view-types';

describe('lookup kinds', () => {
  it.each<[LookupView, boolean, boolean]>([
    [{ kind: 'new' }, true, true],
    [{ kind: 'none' }, true, true],
    [{ kind: 'unchecked', reason: 'unmapped' }, true, true],
    [{ kind: 'known', idc: '1' }, false, true],
    [{ kind: 'pending' }, false, false],
    // Addable while unknown: the outbox checks for a duplicate by key before the create.
    [{ kind: 'failed', reason: 'network' }, true, true],
    // Neither added nor updated until the user says whether it is them.
    [{ kind: 'possible', idc: '7', name: 'Ann Lee' }, false, false],
    [{ kind: 'queued' }, false, false],
  ])('%j: new %s, selectable %s', (lookup, newish, selectable) => {
    expect(isNewish(lookup)).toBe(newish);
    expect(isSelectable(lookup)).toBe(selectable);
  });
});
