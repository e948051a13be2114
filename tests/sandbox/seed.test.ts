import { describe, expect, it } from 'vitest';
import { createSeedState } from './seed.ts';

const contactsOf = (seed: number) => [...createSeedState({ seed, empty: false }).contacts.values()];

describe('seed data', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(createSeedState({ seed: 7, empty: false })).toEqual(createSeedState({ seed: 7, empty: false }));
    expect(contactsOf(7)).not.toEqual(contactsOf(8));
  });

  const state = createSeedState({ seed: 1, empty: false });
  const contacts = [...state.contacts.values()];
  const accounts = [...state.accounts.values()];
  const values = contacts.flatMap((contact) => [
    ...Object.values(contact.values),
    ...Object.values(state.accounts.get(contact.ida)?.values ?? {}),
  ]);

  it.each<[string, () => boolean]>([
    ['at least 50 contacts', () => contacts.length >= 50],
    [
      'about 20 accounts, each with a contact',
      () => accounts.length >= 15 && accounts.every((a) => contacts.some((c) => c.ida === a.ida)),
    ],
    ['5 lists and 6 users', () => state.records.Scripts.length === 5 && state.records.Users.length === 6],
    [
      'some ExternalIDs, some empty',
      () => contacts.some((c) => c.values['externalId']) && contacts.some((c) => !c.values['externalId']),
    ],
    [
      'some LinkedIn URLs',
      () => contacts.filter((c) => c.values['linkedIn']?.startsWith('https://www.linkedin.com/in/')).length >= 10,
    ],
    ['multiple-choice values joined with ::', () => values.some((v) => v.includes('::'))],
    ['accented values', () => values.some((v) => /[éèàçëïöü]/i.test(v))],
    ['apostrophes', () => values.some((v) => v.includes("'"))],
    ['a very long company name', () => accounts.some((a) => (a.values['company'] ?? '').length > 150)],
    [
      'contacts spread over every list',
      () => state.records.Scripts.every((s) => contacts.some((c) => c.lists[Number(s.values['ids'])])),
    ],
    ['contacts in several lists', () => contacts.some((c) => Object.keys(c.lists).length >= 2)],
    ['contacts in no list', () => contacts.some((c) => Object.keys(c.lists).length === 0)],
    ['every contact account exists', () => contacts.every((c) => state.accounts.has(c.ida))],
    [
      'opportunities point at existing contacts, their lists, users and revenue types',
      () =>
        state.records.Opportunities.length >= 10 &&
        state.records.Opportunities.every((o) => {
          const contact = state.contacts.get(Number(o.values['idc']));
          return (
            contact !== undefined &&
            contact.lists[Number(o.values['ids'])] !== undefined &&
            state.records.Users.some((u) => u.values['idu'] === o.values['idu']) &&
            state.records.RevenueTypesSub2.some(
              (r) => r.values['idrts2'] === o.values['idrts2'] && r.values['idrts1'] === o.values['idrts1'],
            )
          );
        }),
    ],
    [
      'revenue sub-types point at their parents',
      () =>
        state.records.RevenueTypesSub1.every((s) =>
          state.records.RevenueTypes.some((t) => t.values['idrt'] === s.values['idrt']),
        ) &&
        state.records.RevenueTypesSub2.every((s) =>
          state.records.RevenueTypesSub1.some((t) => t.values['idrts1'] === s.values['idrts1']),
        ),
    ],
  ])('has %s', (_name, holds) => {
    expect(holds()).toBe(true);
  });

  it('an empty seed has no contacts, accounts or opportunities but keeps lists, users and revenue types', () => {
    const empty = createSeedState({ seed: 1, empty: true });
    expect(empty.contacts.size + empty.accounts.size + empty.records.Opportunities.length).toBe(0);
    expect(empty.records.Scripts).toHaveLength(5);
    expect(empty.records.Users).toHaveLength(6);
    expect(empty.records.RevenueTypes).toHaveLength(4);
  });
});
