import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './server.ts';
import { filters, get, post } from './test-client.ts';

// Five contacts with known values, in five accounts, so each filter has one obvious answer.
const PEOPLE = [
  {
    FirstName: 'Ann',
    Company: 'Test Alpha',
    Account_Custom_Employees: '9',
    City: 'Montréal',
    Email: 'ann@alpha.test',
    ContactScript: [{ ids: 201, Status: 'New' }],
  },
  {
    FirstName: 'Bob',
    Company: 'Centrix',
    Account_Custom_Employees: '10',
    City: 'Québec',
    Email: 'bob@centrix.test',
    ContactScript: [{ ids: 202, Status: 'Qualified' }],
  },
  {
    FirstName: 'Cat',
    Company: 'Beta Test',
    Account_Custom_Employees: '100',
    City: 'montréal',
    Email: '',
    ContactScript: [
      { ids: 201, Status: 'Qualified' },
      { ids: 202, Status: 'New' },
    ],
  },
  { FirstName: 'Dan', Company: 'Gamma', Account_Custom_Employees: '1000', City: 'Laval', Email: 'dan@gamma.test' },
  { FirstName: 'Eve', Company: 'TEST', Account_Custom_Employees: '', City: 'Paris', Email: "eve.o'neil@test.test" },
];

type Row = [string, string, string, string, string];
const c = (prefix: string, field: string, operator: string, value: string, suffix = ''): Row => [
  prefix,
  field,
  operator,
  value,
  suffix,
];

let sandbox: Sandbox;
const idcByName = new Map<string, number>();

beforeAll(async () => {
  sandbox = await startSandbox({ empty: true });
  const saved = await post(sandbox, { Contacts: PEOPLE });
  expect(saved.status).toBe(200);
  for (const contact of saved.json.Contacts) idcByName.set(contact.FirstName, contact.idc);
});
afterAll(() => sandbox.close());

async function namesFor(filter: string, baseFilter = 'all'): Promise<string[]> {
  const answer = await get(sandbox, 'Contacts', baseFilter, { fields: 'FirstName', filters: filter });
  expect(answer.status, answer.text).toBe(200);
  return answer.json.Contacts.map((contact: any) => contact.FirstName);
}

describe('filters: operators', () => {
  it.each<[string, Row[], string[]]>([
    ['= (case-insensitive)', [c('', 'company', '=', 'CENTRIX')], ['Bob']],
    ['<>', [c('', 'Company', '<>', 'centrix')], ['Ann', 'Cat', 'Dan', 'Eve']],
    // Numbers compare as numbers (as text, "9" < "100" would be false); "" is not a number, compared as text it sorts first.
    ['< numeric', [c('', 'Account_Custom_Employees', '<', '100')], ['Ann', 'Bob', 'Eve']],
    ['> numeric', [c('', 'Account_Custom_Employees', '>', '100')], ['Dan']],
    ['<= numeric', [c('', 'Account_Custom_Employees', '<=', '10')], ['Ann', 'Bob', 'Eve']],
    ['>= numeric', [c('', 'Account_Custom_Employees', '>=', '10')], ['Bob', 'Cat', 'Dan']],
    ['= numeric (10.0 equals 10)', [c('', 'Account_Custom_Employees', '=', '10.0')], ['Bob']],
    ['< text', [c('', 'FirstName', '<', 'c')], ['Ann', 'Bob']],
    ['>= text', [c('', 'FirstName', '>=', 'DAN')], ['Dan', 'Eve']],
    ['[= starts with', [c('', 'company', '[=', 'test')], ['Ann', 'Eve']],
    ['=] ends with', [c('', 'company', '=]', 'test')], ['Cat', 'Eve']],
    ['[=] contains', [c('', 'company', '[=]', 'TEST')], ['Ann', 'Cat', 'Eve']],
    ['= with accents, case-insensitive', [c('', 'City', '=', 'MONTRÉAL')], ['Ann', 'Cat']],
    ['= empty value', [c('', 'Email', '=', '')], ['Cat']],
    ['value with an apostrophe', [c('', 'Email', '[=', "eve.o'")], ['Eve']],
    ['abbreviated field name', [c('', 'AC_Employees', '>=', '1000')], ['Dan']],
    ['field name case-insensitive', [c('', 'firstname', '=', 'ann')], ['Ann']],
  ])('%s', async (_name, rows, expected) => {
    expect(await namesFor(filters(...rows))).toEqual(expected);
  });
});

describe('filters: combinations', () => {
  it.each<[string, Row[], string[]]>([
    [
      "the guide's example (OR)",
      [c('', 'company', '[=', 'test'), c('OR', 'company', '[=', 'centrix')],
      ['Ann', 'Bob', 'Eve'],
    ],
    ['AND', [c('', 'company', '[=]', 'test'), c('AND', 'city', '=', 'montréal')], ['Ann', 'Cat']],
    ['and/or in lower case', [c('', 'company', '[=', 'test'), c('or', 'company', '=', 'gamma')], ['Ann', 'Dan', 'Eve']],
    [
      'AND binds tighter than OR',
      [c('', 'company', '[=', 'test'), c('OR', 'company', '=', 'centrix'), c('AND', 'AC_Employees', '>', '50')],
      ['Ann', 'Eve'],
    ],
    [
      'AND binds tighter than OR (AND first)',
      [c('', 'AC_Employees', '>', '50'), c('AND', 'company', '=', 'gamma'), c('OR', 'FirstName', '=', 'ann')],
      ['Ann', 'Dan'],
    ],
    [
      'parentheses override precedence',
      [c('(', 'company', '[=', 'test'), c('OR', 'company', '=', 'centrix', ')'), c('AND', 'AC_Employees', '>=', '10')],
      ['Bob'],
    ],
    [
      'nested parentheses',
      [
        c('((', 'city', '=', 'montréal'),
        c('OR', 'city', '=', 'laval', ')'),
        c('AND', 'AC_Employees', '>', '9', ')'),
        c('OR', 'FirstName', '=', 'eve'),
      ],
      ['Cat', 'Dan', 'Eve'],
    ],
    [
      'AND( prefix',
      [c('', 'company', '<>', 'gamma'), c('AND(', 'city', '=', 'paris'), c('OR', 'city', '=', 'laval', ')')],
      ['Eve'],
    ],
    [
      'OR(( prefix and )) suffix',
      [
        c('', 'FirstName', '=', 'ann'),
        c('OR((', 'city', '=', 'laval'),
        c('OR', 'city', '=', 'paris', ')'),
        c('AND', 'company', '=', 'test', ')'),
      ],
      ['Ann', 'Eve'],
    ],
    ['a trailing LF is tolerated', [c('', 'company', '=', 'gamma')], ['Dan']],
  ])('%s', async (name, rows, expected) => {
    const encoded = filters(...rows) + (name.startsWith('a trailing LF') ? '\n' : '');
    expect(await namesFor(encoded)).toEqual(expected);
  });
});

describe('filters: ContactScript fields (cs_) and base filters', () => {
  it.each<[string, Row[], string, string[]]>([
    ['any entry matches', [c('', 'cs_Status', '=', 'qualified')], 'all', ['Bob', 'Cat']],
    ['only the S list entry counts', [c('', 'cs_Status', '=', 'qualified')], 'S201', ['Cat']],
    ['other S list', [c('', 'cs_Status', '=', 'new')], 'S202', ['Cat']],
    ['cs_ids', [c('', 'cs_ids', '=', '202')], 'all', ['Bob', 'Cat']],
    ['no lists, no match, even with <>', [c('', 'cs_Status', '<>', 'zzz')], 'all', ['Ann', 'Bob', 'Cat']],
    [
      'mixed with contact fields',
      [c('', 'cs_Status', '=', 'new'), c('AND', 'City', '=', 'montréal')],
      'all',
      ['Ann', 'Cat'],
    ],
  ])('%s', async (_name, rows, baseFilter, expected) => {
    expect(await namesFor(filters(...rows), baseFilter)).toEqual(expected);
  });

  it('a filter is ANDed with a C base filter', async () => {
    const rows = filters(c('', 'company', '[=', 'test'));
    expect(await namesFor(rows, `C${idcByName.get('Ann')}`)).toEqual(['Ann']);
    expect(await namesFor(rows, `C${idcByName.get('Bob')}`)).toEqual([]);
  });

  it('a cs_ filter selects contacts but does not narrow their ContactScript', async () => {
    const answer = await get(sandbox, 'Contacts', 'all', {
      fields: 'cs_Status',
      filters: filters(c('', 'cs_Status', '=', 'qualified')),
    });
    const cat = answer.json.Contacts.find((contact: any) => contact.idc === idcByName.get('Cat'));
    expect(cat.ContactScript).toEqual([
      { ids: 201, Status: 'Qualified' },
      { ids: 202, Status: 'New' },
    ]);
  });

  it('filters apply to other resources too', async () => {
    const answer = await get(sandbox, 'Users', 'all', { filters: filters(c('', 'FirstName', '[=', 'mar')) });
    expect(answer.json.Users.map((user: any) => user.FirstName)).toEqual(['Marie']);
  });
});

describe('filters: errors', () => {
  it.each<[string, string, RegExp]>([
    ['four elements', '\tcompany\t=\ttest', /condition 1 has 4 TAB-separated elements; expected 5/],
    ['six elements', '\tcompany\t=\ttest\t\t', /condition 1 has 6 TAB-separated elements/],
    ['one element', 'company = test', /condition 1 has 1 TAB-separated element;/],
    ['second condition malformed', filters(c('', 'company', '=', 'x')) + '\nOR\tcompany', /condition 2 has 2/],
    ['unknown operator', filters(c('', 'company', '==', 'x')), /unknown operator "=="/],
    ['unknown operator (like)', filters(c('', 'company', 'LIKE', 'x')), /unknown operator "LIKE"/],
    ['unknown field', filters(c('', 'Colour', '=', 'x')), /unknown field "Colour"/],
    ['unknown cs_ field', filters(c('', 'cs_Company', '=', 'x')), /unknown field "cs_Company"/],
    ['script field without cs_', filters(c('', 'Status', '=', 'x')), /unknown field "Status"/],
    ['first condition with AND', filters(c('AND', 'company', '=', 'x')), /condition 1 cannot start with AND/],
    [
      'second condition without AND/OR',
      filters(c('', 'company', '=', 'x'), c('', 'company', '=', 'y')),
      /condition 2 must start with AND or OR/,
    ],
    [
      'second condition with only a parenthesis',
      filters(c('', 'company', '=', 'x'), c('(', 'company', '=', 'y', ')')),
      /condition 2 must start with AND or OR/,
    ],
    ['invalid prefix', filters(c('', 'company', '=', 'x'), c('XOR', 'company', '=', 'y')), /invalid prefix "XOR"/],
    ['invalid suffix', filters(c('', 'company', '=', 'x', ');')), /invalid suffix "\);"/],
    ['parenthesis left open', filters(c('(', 'company', '=', 'x')), /unbalanced parentheses, 1 left open/],
    [
      'two left open',
      filters(c('((', 'company', '=', 'x'), c('OR', 'company', '=', 'y')),
      /unbalanced parentheses, 2 left open/,
    ],
    [
      'closing one never opened',
      filters(c('', 'company', '=', 'x', ')'), c('OR(', 'company', '=', 'y')),
      /condition 1 closes one that was never opened/,
    ],
    [
      'an empty line between conditions',
      filters(c('', 'company', '=', 'x')) + '\n\n' + filters(c('OR', 'company', '=', 'y')),
      /condition 2 has 1/,
    ],
  ])('%s → 400', async (_name, filter, message) => {
    const answer = await get(sandbox, 'Contacts', 'all', { filters: filter });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.text).toMatch(/^Invalid filters: /);
    expect(answer.text).toMatch(message);
  });
});
