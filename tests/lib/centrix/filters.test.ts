import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FILTER_OPERATORS,
  and,
  anyOf,
  encodeFilter,
  encodeRows,
  normalizeFilter,
  or,
  parseFilter,
  rowsToExpr,
  toRows,
  where,
} from '../../../lib/centrix/filters';
import { CentrixRequestError } from '../../../lib/centrix/request-error';
import { refusal } from './support/refusal';
import type { FilterExpr, FilterRow } from '../../../lib/centrix/types';

const row = (join: FilterRow['join'], open: number, field: string, value: string, close: number): FilterRow => ({
  join,
  open,
  field,
  op: '=',
  value,
  close,
});

describe('encodeFilter', () => {
  it("encodes the guide's example", () => {
    expect(encodeFilter(or(where('company', '[=', 'test'), where('company', '[=', 'centrix')))).toBe(
      '\tcompany\t[=\ttest\t\nOR\tcompany\t[=\tcentrix\t',
    );
  });

  it('encodes a single condition with an empty prefix and suffix', () => {
    expect(encodeFilter(where('Email', '=', 'a@b.c'))).toBe('\tEmail\t=\ta@b.c\t');
  });

  it.each(FILTER_OPERATORS)('passes the operator %s through', (op) => {
    expect(encodeFilter(where('f', op, 'v')).split('\t')[2]).toBe(op);
  });

  it('parenthesizes nested groups so precedence never matters', () => {
    const expr = or(where('a', '=', '1'), and(where('b', '=', '2'), where('c', '=', '3')));
    expect(encodeFilter(expr)).toBe('\ta\t=\t1\t\nOR(\tb\t=\t2\t\nAND\tc\t=\t3\t)');
    const first = and(or(where('a', '=', '1'), where('b', '=', '2')), where('c', '=', '3'));
    expect(encodeFilter(first)).toBe('(\ta\t=\t1\t\nOR\tb\t=\t2\t)\nAND\tc\t=\t3\t');
  });

  it('stacks parentheses on one condition when groups start or end together', () => {
    const expr = and(or(and(where('a', '=', '1'), where('b', '=', '2')), where('c', '=', '3')), where('d', '=', '4'));
    expect(encodeFilter(expr)).toBe('((\ta\t=\t1\t\nAND\tb\t=\t2\t)\nOR\tc\t=\t3\t)\nAND\td\t=\t4\t');
  });

  it('flattens groups of one item and nested groups of the same connective', () => {
    expect(normalizeFilter(and(where('a', '=', '1')))).toEqual(where('a', '=', '1'));
    expect(normalizeFilter(or(where('a', '=', '1'), or(where('b', '=', '2'), where('c', '=', '3'))))).toEqual(
      or(where('a', '=', '1'), where('b', '=', '2'), where('c', '=', '3')),
    );
  });

  it.each([
    ['tab in value', () => where('Email', '=', 'a\tb'), 'filter-value'],
    ['LF in value', () => where('Email', '=', 'a\nb'), 'filter-value'],
    ['CR in value', () => where('Email', '=', 'a\rb'), 'filter-value'],
    ['tab in field', () => where('Em\tail', '=', 'x'), 'filter-field'],
    ['empty field', () => where('', '=', 'x'), 'filter-field'],
    ['unknown operator', () => where('f', '==' as '=', 'x'), 'filter-structure'],
    ['empty group', () => encodeFilter(and()), 'filter-structure'],
    ['empty nested group', () => encodeFilter(or(where('a', '=', '1'), and())), 'filter-structure'],
    ['hand-made condition with a tab', () => encodeFilter({ field: 'f', op: '=', value: '\t' }), 'filter-value'],
  ])('refuses %s', (_name, fn, code) => {
    expect(refusal(fn).code).toBe(code);
  });

  it('never names the refused value in the error, only the field', () => {
    const error = refusal(() => where('Email', '=', 'secret\tvalue'));
    expect(error.detail).toBe('Email');
    expect(error.message).not.toContain('secret');
  });
});

describe('rows', () => {
  it.each<[string, FilterRow[]]>([
    ['first row with a join', [row('AND', 0, 'a', '1', 0)]],
    ['later row without a join', [row('', 0, 'a', '1', 0), row('', 0, 'b', '2', 0)]],
    ['unclosed', [row('', 1, 'a', '1', 0)]],
    ['closing what is not open', [row('', 0, 'a', '1', 1), row('AND', 1, 'b', '2', 0)]],
    ['negative count', [row('', -1, 'a', '1', -1)]],
    ['no rows', []],
  ])('refuses %s', (_name, rows) => {
    expect(refusal(() => encodeRows(rows)).code).toBe('filter-structure');
  });

  it('allows leading parentheses on the first row and closing suffixes', () => {
    const rows = [row('', 2, 'a', '1', 0), row('OR', 0, 'b', '2', 1), row('AND', 0, 'c', '3', 1)];
    expect(encodeRows(rows)).toBe('((\ta\t=\t1\t\nOR\tb\t=\t2\t)\nAND\tc\t=\t3\t)');
  });
});

describe('parseFilter', () => {
  it('reads the guide example back', () => {
    expect(parseFilter('\tcompany\t[=\ttest\t\nOR\tcompany\t[=\tcentrix\t')).toEqual([
      { join: '', open: 0, field: 'company', op: '[=', value: 'test', close: 0 },
      { join: 'OR', open: 0, field: 'company', op: '[=', value: 'centrix', close: 0 },
    ]);
  });

  it.each([
    ['four parts', '\ta\t=\t1'],
    ['six parts', '\ta\t=\t1\t\t'],
    ['bad prefix', 'XOR\ta\t=\t1\t'],
    ['bad suffix', '\ta\t=\t1\t)x'],
    ['bad operator', '\ta\t==\t1\t'],
    ['trailing LF', '\ta\t=\t1\t\n'],
    ['unbalanced', '(\ta\t=\t1\t'],
  ])('refuses %s', (_name, wire) => {
    expect(refusal(() => parseFilter(wire)).code).toBe('filter-structure');
  });

  it('refuses AND and OR mixed on one level when rebuilding a tree (precedence unknown)', () => {
    const rows = parseFilter('\ta\t=\t1\t\nAND\tb\t=\t2\t\nOR\tc\t=\t3\t');
    expect(refusal(() => rowsToExpr(rows)).code).toBe('filter-structure');
  });
});

describe('lookups', () => {
  it('builds field = v1 OR field = v2, without duplicates', () => {
    expect(encodeFilter(anyOf('Email', ['a@x.com', 'b@x.com', 'a@x.com']))).toBe(
      '\tEmail\t=\ta@x.com\t\nOR\tEmail\t=\tb@x.com\t',
    );
  });

  it('refuses an empty lookup, which would otherwise read every contact', () => {
    expect(refusal(() => anyOf('Email', [])).code).toBe('filter-structure');
  });
});

// Property tests: arbitrary trees survive encode → parse → rebuild, and no encoded value carries a raw TAB/LF.
const safeText = fc.string({ maxLength: 12 }).filter((s) => !/[\t\n\r]/.test(s));
const fieldName = safeText.filter((s) => s.length > 0);
const condition = fc.record({ field: fieldName, op: fc.constantFrom(...FILTER_OPERATORS), value: safeText });
const { expr } = fc.letrec<{ expr: FilterExpr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    condition,
    fc.record({
      join: fc.constantFrom('AND' as const, 'OR' as const),
      items: fc.array(tie('expr'), { minLength: 1, maxLength: 4 }),
    }),
  ),
}));

describe('filter properties', () => {
  it('round-trips: build → encode → parse → rebuild equals the normalized tree', () => {
    fc.assert(
      fc.property(expr, (tree) => {
        const wire = encodeFilter(tree);
        const rows = parseFilter(wire);
        expect(rows).toEqual(toRows(tree));
        expect(rowsToExpr(rows)).toEqual(normalizeFilter(tree));
        expect(encodeRows(rows)).toBe(wire);
      }),
    );
  });

  it('never lets a raw TAB or LF into an encoded value: such values are refused', () => {
    const anyValue = fc.string({ maxLength: 12, unit: fc.constantFrom('a', '\t', '\n', '\r', ' ', 'é') });
    fc.assert(
      fc.property(fieldName, anyValue, (field, value) => {
        if (/[\t\n\r]/.test(value)) {
          expect(() => where(field, '=', value)).toThrow(CentrixRequestError);
          expect(() => encodeFilter({ field, op: '=', value })).toThrow(CentrixRequestError);
        } else {
          const wire = encodeFilter(where(field, '=', value));
          expect(wire.split('\n')).toHaveLength(1);
          expect(wire.split('\t')).toHaveLength(5);
          expect(parseFilter(wire)[0]!.value).toBe(value);
        }
      }),
    );
  });
});
