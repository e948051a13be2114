// Centrix `filters`: conditions separated by LF, each `prefix TAB field TAB op TAB value TAB suffix`. The prefix is
// empty on the first condition, else AND/OR, followed by any `(`; the suffix is any `)`. A typed tree (FilterExpr)
// is encoded through rows (FilterRow, one per wire line); the parser reads the wire back for round trips. Anything
// that cannot travel as given is refused with a CentrixRequestError, never altered.
import { FILTER_FORBIDDEN, OPERATOR_MEANING } from './assumptions';
import { CentrixRequestError } from './request-error';
import type { FilterCondition, FilterExpr, FilterGroup, FilterOperator, FilterRow } from './types';

/** The nine operators, in the guide's order; what each means is an assumption (see OPERATOR_MEANING). */
export const FILTER_OPERATORS = Object.keys(OPERATOR_MEANING) as readonly FilterOperator[];

export const isGroup = (expr: FilterExpr): expr is FilterGroup => 'items' in expr;

/** One condition, checked now so a bad value fails where it is written. */
export function where(field: string, op: FilterOperator, value: string | number): FilterCondition {
  const condition = { field, op, value: String(value) };
  checkCondition(condition);
  return condition;
}

export const and = (...items: FilterExpr[]): FilterGroup => ({ join: 'AND', items });
export const or = (...items: FilterExpr[]): FilterGroup => ({ join: 'OR', items });

/** `field = v1 OR field = v2 …` for lookups. Refuses an empty list: no filter at all would read every contact. */
export function anyOf(field: string, values: readonly (string | number)[], op: FilterOperator = '='): FilterExpr {
  const unique = [...new Set(values.map(String))];
  if (unique.length === 0) {
    throw new CentrixRequestError('filter-structure', 'a lookup needs at least one value', field);
  }
  return or(...unique.map((value) => where(field, op, value)));
}

function checkCondition(condition: { field: unknown; op: unknown; value: unknown }): void {
  const { field, op, value } = condition;
  if (typeof field !== 'string' || field.length === 0 || FILTER_FORBIDDEN.test(field)) {
    throw new CentrixRequestError(
      'filter-field',
      'a filter field name is empty or contains a tab or line break',
      String(field),
    );
  }
  if (!FILTER_OPERATORS.includes(op as FilterOperator)) {
    throw new CentrixRequestError('filter-structure', 'unknown filter operator', String(op).slice(0, 10));
  }
  if (typeof value !== 'string' || FILTER_FORBIDDEN.test(value)) {
    throw new CentrixRequestError('filter-value', 'a filter value contains a tab or line break', field);
  }
}

/** Flattens single-item groups and nested groups of the same connective; refuses empty groups. */
export function normalizeFilter(expr: FilterExpr): FilterExpr {
  if (!isGroup(expr)) return expr;
  if (expr.join !== 'AND' && expr.join !== 'OR') {
    throw new CentrixRequestError('filter-structure', 'a group joins with AND or OR');
  }
  if (!Array.isArray(expr.items) || expr.items.length === 0) {
    throw new CentrixRequestError('filter-structure', 'a filter group is empty');
  }
  const items: FilterExpr[] = [];
  for (const item of expr.items.map(normalizeFilter)) {
    if (isGroup(item) && item.join === expr.join) items.push(...item.items);
    else items.push(item);
  }
  return items.length === 1 ? items[0]! : { join: expr.join, items };
}

/** The wire rows of an expression: nested groups in parentheses, so AND/OR precedence never matters. */
export function toRows(expr: FilterExpr): FilterRow[] {
  const rows: FilterRow[] = [];
  const emit = (node: FilterExpr, join: FilterRow['join'], parenthesize: boolean): void => {
    const start = rows.length;
    if (isGroup(node)) {
      node.items.forEach((item, i) => emit(item, i === 0 ? join : node.join, true));
    } else {
      checkCondition(node);
      rows.push({ join, open: 0, field: node.field, op: node.op, value: node.value, close: 0 });
    }
    if (parenthesize && isGroup(node)) {
      rows[start] = { ...rows[start]!, open: rows[start]!.open + 1 };
      rows[rows.length - 1] = { ...rows[rows.length - 1]!, close: rows[rows.length - 1]!.close + 1 };
    }
  };
  emit(normalizeFilter(expr), '', false);
  return rows;
}

/** Checks the joins and that parentheses balance, never closing more than is open. */
export function checkRows(rows: readonly FilterRow[]): void {
  if (rows.length === 0) throw new CentrixRequestError('filter-structure', 'a filter has no condition');
  let depth = 0;
  rows.forEach((row, i) => {
    if (i === 0 ? row.join !== '' : row.join !== 'AND' && row.join !== 'OR') {
      throw new CentrixRequestError('filter-structure', 'only the first condition has no AND/OR');
    }
    if (!Number.isInteger(row.open) || !Number.isInteger(row.close) || row.open < 0 || row.close < 0) {
      throw new CentrixRequestError('filter-structure', 'parenthesis counts must be whole numbers');
    }
    checkCondition(row);
    depth += row.open - row.close;
    if (depth < 0) throw new CentrixRequestError('filter-structure', 'a parenthesis closes what is not open');
  });
  if (depth !== 0) throw new CentrixRequestError('filter-structure', 'unbalanced parentheses');
}

export function encodeRows(rows: readonly FilterRow[]): string {
  checkRows(rows);
  return rows
    .map((r) => [r.join + '('.repeat(r.open), r.field, r.op, r.value, ')'.repeat(r.close)].join('\t'))
    .join('\n');
}

/** The wire string (before percent-encoding) of an expression. */
export const encodeFilter = (expr: FilterExpr): string => encodeRows(toRows(expr));

const PREFIX = /^(AND|OR)?(\(*)$/;
const SUFFIX = /^\)*$/;

/** Reads a wire string back into rows; refuses anything the encoder would not produce. */
export function parseFilter(wire: string): FilterRow[] {
  const rows = wire.split('\n').map((line): FilterRow => {
    const parts = line.split('\t');
    if (parts.length !== 5) {
      throw new CentrixRequestError('filter-structure', 'a condition has five tab-separated parts');
    }
    const [prefix, field, op, value, suffix] = parts as [string, string, string, string, string];
    const head = PREFIX.exec(prefix);
    if (!head || !SUFFIX.test(suffix)) {
      throw new CentrixRequestError('filter-structure', 'unreadable condition prefix or suffix');
    }
    if (!FILTER_OPERATORS.includes(op as FilterOperator)) {
      throw new CentrixRequestError('filter-structure', 'unknown filter operator', op.slice(0, 10));
    }
    const join = (head[1] ?? '') as FilterRow['join'];
    return { join, open: head[2]!.length, field, op: op as FilterOperator, value, close: suffix.length };
  });
  checkRows(rows);
  return rows;
}

/**
 * Rebuilds an expression from rows. Within one parenthesis level every connective must be the same, since the
 * server's AND/OR precedence is unknown; the encoder only produces such rows.
 */
export function rowsToExpr(rows: readonly FilterRow[]): FilterExpr {
  checkRows(rows);
  let i = 0;
  let pendingOpen = rows[0]!.open;
  let pendingClose = 0;
  // Parses one level: items until a `)` closes it (or the end for the top level).
  const level = (top: boolean): FilterExpr => {
    const items: FilterExpr[] = [];
    let join: 'AND' | 'OR' | undefined;
    for (;;) {
      const row = rows[i]!;
      if (items.length > 0) {
        const rowJoin = row.join as 'AND' | 'OR';
        if (join !== undefined && join !== rowJoin) {
          throw new CentrixRequestError('filter-structure', 'AND and OR mixed without parentheses');
        }
        join = rowJoin;
        pendingOpen = row.open;
      }
      if (pendingOpen > 0) {
        pendingOpen -= 1;
        items.push(level(false));
      } else {
        const { field, op, value } = row;
        items.push({ field, op, value });
        pendingClose = row.close;
        i += 1;
      }
      if (pendingClose > 0 && !top) {
        pendingClose -= 1;
        break;
      }
      if (i >= rows.length) break;
    }
    return items.length === 1 ? items[0]! : { join: join!, items };
  };
  return normalizeFilter(level(true));
}
