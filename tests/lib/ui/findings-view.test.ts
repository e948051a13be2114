import { describe, expect, it } from 'vitest';
import { findingsView } from '../../../lib/ui/findings-view';
import { BOB, JANE, busyPage, tabState } from './fake-background';

describe('findingsView', () => {
  it('is empty without a tab state', () => {
    expect(findingsView(null)).toEqual({ people: [], emails: [], companies: [], missing: [] });
  });

  it('pairs each person with their Centrix status', () => {
    const view = findingsView(busyPage());
    expect(view.people.map((p) => [p.name, p.lookup])).toEqual([
      ['Jane Doe', { kind: 'known', idc: '42', name: 'Jane Doe' }],
      ['Bob Martin', { kind: 'new' }],
    ]);
  });

  it('lists only the addresses that belong to no person, once each', () => {
    const state = busyPage();
    state.findings.emails.push({ address: 'SALES@acme.test', source: 'text', confidence: 0.5 });
    const view = findingsView(state);
    expect(view.emails.map((e) => e.address)).toEqual(['sales@acme.test']);
    expect(view.emails[0]!.lookup).toEqual({ kind: 'new' });
  });

  it('marks known companies', () => {
    expect(findingsView(busyPage()).companies).toEqual([
      { key: 'c:acme.test', name: 'Acme', domain: 'acme.test', source: 'json-ld', confidence: 0.9, known: true },
    ]);
  });

  it.each([
    ['pending', undefined, { kind: 'pending' }],
    ['failed', 'timeout', { kind: 'failed', reason: 'timeout' }],
    ['not-configured', 'unmapped', { kind: 'unchecked', reason: 'unmapped' }],
  ] as const)('reflects a lookup that is %s', (status, reason, expected) => {
    const state = tabState({
      findings: { people: [BOB] },
      lookup: { status, ...(reason ? { reason } : {}), matches: [], companies: [] },
    });
    expect(findingsView(state).people[0]!.lookup).toEqual(expected);
  });

  it('keeps a known match even while other lookups are pending', () => {
    const state = tabState({
      findings: { people: [JANE] },
      lookup: {
        status: 'pending',
        matches: [{ kind: 'profile', key: JANE.profileUrl, known: true, contactId: '42' }],
        companies: [],
      },
    });
    expect(findingsView(state).people[0]!.lookup).toEqual({ kind: 'known', idc: '42' });
  });

  it('cannot look up a person with neither email nor profile', () => {
    const state = tabState({ findings: { people: [{ name: 'Ann', source: 'json-ld', confidence: 0.7 }] } });
    expect(findingsView(state).people[0]!.lookup).toEqual({ kind: 'none' });
  });

  it('gives distinct, content-based keys', () => {
    const twin = { name: 'Ann', source: 'json-ld', confidence: 0.7 };
    const keys = findingsView(tabState({ findings: { people: [twin, twin, JANE] } })).people.map((p) => p.key);
    expect(keys).toEqual(['p:Ann', 'p:Ann#1', `p:${JANE.profileUrl}`]);
  });

  it('offers an address from the selection the scan did not find, once', () => {
    const state = tabState({
      findings: { emails: [{ address: 'a@x.test', source: 'text', confidence: 1 }] },
      selection: 'write to Zoe@Example.test or a@x.test',
      lookup: { status: 'done', matches: [{ kind: 'email', key: 'zoe@example.test', known: false }], companies: [] },
    });
    expect(findingsView(state).emails.map((e) => [e.address, e.source, e.lookup.kind])).toEqual([
      ['a@x.test', 'text', 'new'],
      ['zoe@example.test', 'selection', 'new'],
    ]);
    expect(findingsView(tabState({ selection: 'just words' })).emails).toEqual([]);
  });

  it('reports each missing code once', () => {
    const state = tabState({ findings: { missing: ['a.b', 'a.b', 'c'] } });
    expect(findingsView(state).missing).toEqual(['a.b', 'c']);
  });
});
