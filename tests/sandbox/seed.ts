// Builds the sandbox's starting data from a seed: same seed, same data. Values are schema-neutral (see schema.ts).

import { createRandom, intBetween, pick, type Random } from './prng.ts';
import {
  COMPANIES,
  FIRST_NAMES,
  INDUSTRIES,
  INTERESTS,
  JOB_TITLES,
  LAST_NAMES,
  LISTS,
  NEXT_STEPS,
  REVENUE_TYPES,
  SALUTATIONS,
  SOURCES,
  STAGES,
  STATUSES,
  STREETS,
  TAGS,
  USERS,
} from './seed-pools.ts';
import type { AccountRecord, ContactRecord, PlainRecord, SandboxState, Values } from './state.ts';

export const SEED_CONTACT_COUNT = 60;
export const FIRST_IDC = 1001;
export const FIRST_IDA = 501;
export const FIRST_IDS = 201;
export const FIRST_IDU = 11;

export interface SeedOptions {
  seed: number;
  empty: boolean;
}

const plain = (values: Record<string, string | number>): PlainRecord => ({ values, modified: 0 });

const ascii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

const someOf = (random: Random, items: readonly string[], max: number): string => {
  const chosen = items.filter(() => random() < max / items.length);
  return chosen.join('::');
};

const isoDate = (random: Random): string => {
  const day = new Date(Date.UTC(2025, 0, 1) + intBetween(random, 0, 364) * 86_400_000);
  return day.toISOString().slice(0, 10);
};

const phone = (random: Random): string =>
  `+1 ${intBetween(random, 418, 819)} ${intBetween(random, 200, 999)}-${String(intBetween(random, 0, 9999)).padStart(4, '0')}`;

function makeAccounts(random: Random): Map<number, AccountRecord> {
  const accounts = new Map<number, AccountRecord>();
  COMPANIES.forEach((company, index) => {
    const ida = FIRST_IDA + index;
    const values: Values = {
      company: company.name,
      website: index % 7 === 6 ? '' : `https://www.${company.domain}`,
      address: `${intBetween(random, 1, 9999)} ${pick(random, STREETS)}`,
      city: company.city,
      province: company.province,
      postalCode:
        company.country === 'Canada'
          ? `H${intBetween(random, 1, 9)}X ${intBetween(random, 1, 9)}Y${intBetween(random, 1, 9)}`
          : String(intBetween(random, 10000, 99999)),
      country: company.country,
      companyPhone: phone(random),
      industry: pick(random, INDUSTRIES),
      employees: String(intBetween(random, 2, 5000)),
      tags: someOf(random, TAGS, 2),
    };
    accounts.set(ida, { ida, values, lists: {}, modified: 0 });
  });
  return accounts;
}

function makeContact(
  random: Random,
  idc: number,
  account: AccountRecord,
  listIds: number[],
  userIds: number[],
): ContactRecord {
  const firstName = pick(random, FIRST_NAMES);
  const lastName = pick(random, LAST_NAMES);
  const domain = (account.values['website'] ?? '').replace(/^https:\/\/www\./, '') || 'mail.example';
  const serial = idc - FIRST_IDC;
  const values: Values = {
    externalId:
      serial % 3 === 0 ? (serial % 2 === 0 ? String(9000 + serial) : `crm-${String(serial).padStart(4, '0')}`) : '',
    salutation: pick(random, SALUTATIONS),
    firstName,
    lastName,
    jobTitle: pick(random, JOB_TITLES),
    email: serial % 11 === 10 ? '' : `${ascii(firstName)}.${ascii(lastName)}@${domain}`,
    phone: phone(random),
    mobile: random() < 0.5 ? phone(random) : '',
    language: random() < 0.6 ? 'FR' : 'EN',
    notes: serial % 13 === 0 ? "Rencontré·e au salon; préfère qu'on l'appelle le matin." : '',
    linkedIn: serial % 2 === 0 ? `https://www.linkedin.com/in/${ascii(firstName)}-${ascii(lastName)}-${idc}` : '',
    interests: someOf(random, INTERESTS, 2),
    source: pick(random, SOURCES),
  };
  const lists: Record<number, Values> = {};
  for (const ids of listIds) {
    if (random() < 0.35) {
      lists[ids] = {
        salesRep: String(pick(random, userIds)),
        status: pick(random, STATUSES),
        lastCall: random() < 0.6 ? isoDate(random) : '',
        nextStep: pick(random, NEXT_STEPS),
        interest: someOf(random, INTERESTS, 1.5),
      };
      account.lists[ids] ??= { budget: String(intBetween(random, 1, 50) * 1000) };
    }
  }
  return { idc, ida: account.ida, values, lists, modified: 0 };
}

function makeRevenueTypes(): Pick<SandboxState['records'], 'RevenueTypes' | 'RevenueTypesSub1' | 'RevenueTypesSub2'> {
  const types: PlainRecord[] = [];
  const subs1: PlainRecord[] = [];
  const subs2: PlainRecord[] = [];
  REVENUE_TYPES.forEach((type, typeIndex) => {
    const idrt = typeIndex + 1;
    types.push(plain({ idrt, name: type.name }));
    type.subs.forEach((leaves, subIndex) => {
      const idrts1 = idrt * 10 + subIndex + 1;
      subs1.push(plain({ idrts1, idrt, name: `${type.name} ${subIndex === 0 ? 'standard' : 'spécial'}` }));
      leaves.forEach((name, leafIndex) => subs2.push(plain({ idrts2: idrts1 * 10 + leafIndex + 1, idrts1, name })));
    });
  });
  return { RevenueTypes: types, RevenueTypesSub1: subs1, RevenueTypesSub2: subs2 };
}

export function createSeedState({ seed, empty }: SeedOptions): SandboxState {
  const random = createRandom(seed);
  const listIds = LISTS.map((_, index) => FIRST_IDS + index);
  const userIds = USERS.map((_, index) => FIRST_IDU + index);
  const scripts = LISTS.map((list, index) =>
    plain({
      ids: FIRST_IDS + index,
      name: list.name,
      description: list.description,
      active: index === 3 ? '0' : '1',
      created: isoDate(random),
    }),
  );
  const users = USERS.map(([firstName, lastName], index) =>
    plain({
      idu: FIRST_IDU + index,
      firstName,
      lastName,
      email: `${ascii(firstName)}.${ascii(lastName)}@centrix-demo.example`,
      active: index === 5 ? '0' : '1',
    }),
  );
  const accounts = empty ? new Map<number, AccountRecord>() : makeAccounts(random);
  const contacts = new Map<number, ContactRecord>();
  const accountList = [...accounts.values()];
  for (let serial = 0; !empty && serial < SEED_CONTACT_COUNT; serial++) {
    // The first contacts give every account at least one member; the rest spread at random.
    const account = accountList[serial < accountList.length ? serial : intBetween(random, 0, accountList.length - 1)];
    if (!account) break;
    const contact = makeContact(random, FIRST_IDC + serial, account, listIds, userIds);
    contacts.set(contact.idc, contact);
  }
  const opportunities: PlainRecord[] = [];
  const revenue = makeRevenueTypes();
  for (const contact of contacts.values()) {
    const memberOf = Object.keys(contact.lists).map(Number);
    const ids = memberOf[0];
    if (ids === undefined || random() < 0.4) continue;
    const leaf = pick(random, revenue.RevenueTypesSub2).values;
    const idrts1 = Number(leaf['idrts1']);
    opportunities.push(
      plain({
        ido: 7001 + opportunities.length,
        idc: contact.idc,
        ids,
        idu: pick(random, userIds),
        title: `${pick(random, ['Renouvellement', 'New licences', 'Projet pilote', 'Upsell'])} — ${contact.values['lastName'] ?? ''}`,
        amount: String(intBetween(random, 5, 200) * 250),
        stage: pick(random, STAGES),
        probability: String(intBetween(random, 0, 10) * 10),
        closeDate: isoDate(random),
        idrt: Math.floor(idrts1 / 10),
        idrts1,
        idrts2: Number(leaf['idrts2']),
      }),
    );
  }
  return {
    contacts,
    accounts,
    records: { Scripts: scripts, Users: users, Opportunities: opportunities, ...revenue },
    nextIdc: FIRST_IDC + contacts.size,
    nextIda: FIRST_IDA + accounts.size,
  };
}
