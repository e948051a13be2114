// The `filters` query parameter: conditions separated by LF, each `prefix TAB field TAB operator TAB value TAB
// suffix`. The prefix carries AND/OR and opening parentheses, the suffix closing ones. AND binds tighter than OR.
// Values compare case-insensitively, and as numbers when both sides are numbers.

import { resolveQueryField, type FieldRef, type ResourceName, type SchemaName } from './schema.ts';

export const OPERATORS = ['=', '<>', '<', '>', '<=', '>=', '[=', '=]', '[=]'] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Condition {
  ref: FieldRef;
  operator: Operator;
  value: string;
}

export type FilterNode =
  { kind: 'condition'; condition: Condition } | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode };

type Token = '(' | ')' | 'AND' | 'OR' | Condition;

const PREFIX = /^\s*(AND|OR)?\s*(\(*)\s*$/i;
const SUFFIX = /^\s*(\)*)\s*$/;
const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/;

function tokenize(resource: ResourceName, schema: SchemaName, param: string): Token[] | string {
  const lines = param.split('\n');
  // A trailing LF (an encoder that ends every condition with LF) leaves one empty line: tolerate it.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const tokens: Token[] = [];
  let depth = 0;
  for (const [index, line] of lines.entries()) {
    const n = index + 1;
    const parts = line.split('\t');
    const [prefix = '', fieldName = '', operatorText = '', value = '', suffix = ''] = parts;
    if (parts.length !== 5) {
      return `Invalid filters: condition ${n} has ${parts.length} TAB-separated element${parts.length === 1 ? '' : 's'}; expected 5 (prefix, field, operator, value, suffix).`;
    }
    const opening = PREFIX.exec(prefix);
    if (!opening) {
      return `Invalid filters: condition ${n} has an invalid prefix "${prefix}" (expected AND or OR, optionally followed by "(").`;
    }
    const connective = opening[1]?.toUpperCase();
    if (index === 0 && connective) return `Invalid filters: condition 1 cannot start with ${connective}.`;
    if (index > 0 && !connective) return `Invalid filters: condition ${n} must start with AND or OR.`;
    const closing = SUFFIX.exec(suffix);
    if (!closing) return `Invalid filters: condition ${n} has an invalid suffix "${suffix}" (expected only ")").`;
    const ref = resolveQueryField(resource, schema, fieldName);
    if (!ref) return `Invalid filters: condition ${n} uses an unknown field "${fieldName.trim()}".`;
    const operator = OPERATORS.find((candidate) => candidate === operatorText.trim());
    if (!operator) {
      return `Invalid filters: condition ${n} uses an unknown operator "${operatorText}" (expected one of ${OPERATORS.join(' ')}).`;
    }
    if (connective === 'AND' || connective === 'OR') tokens.push(connective);
    const opens = opening[2]?.length ?? 0;
    const closes = closing[1]?.length ?? 0;
    for (let i = 0; i < opens; i++) tokens.push('(');
    tokens.push({ ref, operator, value });
    for (let i = 0; i < closes; i++) tokens.push(')');
    depth += opens - closes;
    if (depth < 0) return `Invalid filters: unbalanced parentheses, condition ${n} closes one that was never opened.`;
  }
  if (depth > 0) return `Invalid filters: unbalanced parentheses, ${depth} left open.`;
  return tokens;
}

/** Recursive descent over the tokens: or := and (OR and)*; and := atom (AND atom)*; atom := ( or ) | condition. */
function build(tokens: Token[]): FilterNode {
  let position = 0;
  const parseOr = (): FilterNode => {
    let node = parseAnd();
    while (tokens[position] === 'OR') {
      position++;
      node = { kind: 'or', left: node, right: parseAnd() };
    }
    return node;
  };
  const parseAnd = (): FilterNode => {
    let node = parseAtom();
    while (tokens[position] === 'AND') {
      position++;
      node = { kind: 'and', left: node, right: parseAtom() };
    }
    return node;
  };
  const parseAtom = (): FilterNode => {
    const token = tokens[position++];
    if (token === '(') {
      const inner = parseOr();
      if (tokens[position++] !== ')') throw new Error('unbalanced parentheses');
      return inner;
    }
    if (token === undefined || typeof token === 'string') throw new Error('a condition was expected');
    return { kind: 'condition', condition: token };
  };
  const node = parseOr();
  if (position !== tokens.length) throw new Error('unexpected parenthesis');
  return node;
}

/** Undefined when there is no filter; a message when the filter is invalid. */
export function parseFilters(
  resource: ResourceName,
  schema: SchemaName,
  param: string | null,
): FilterNode | undefined | string {
  if (param === null || param === '') return undefined;
  const tokens = tokenize(resource, schema, param);
  if (typeof tokens === 'string') return tokens;
  try {
    return build(tokens);
  } catch (error) {
    return `Invalid filters: ${(error as Error).message}.`;
  }
}

export function compare(actual: string, operator: Operator, expected: string): boolean {
  const a = actual.toLowerCase();
  const b = expected.toLowerCase();
  const numeric = NUMBER.test(a) && NUMBER.test(b);
  const order = numeric ? Math.sign(Number(a) - Number(b)) : a < b ? -1 : a > b ? 1 : 0;
  switch (operator) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '>=':
      return order >= 0;
    case '[=':
      return a.startsWith(b);
    case '=]':
      return a.endsWith(b);
    case '[=]':
      return a.includes(b);
  }
}

/**
 * `valuesOf` gives the candidate values of a condition's field for one record: one value for an ordinary field,
 * one per ContactScript entry for a `cs_` field. The condition holds when any candidate satisfies it.
 */
export function evaluate(node: FilterNode, valuesOf: (condition: Condition) => Array<string | number>): boolean {
  switch (node.kind) {
    case 'condition': {
      const { operator, value } = node.condition;
      return valuesOf(node.condition).some((actual) => compare(String(actual), operator, value));
    }
    case 'and':
      return evaluate(node.left, valuesOf) && evaluate(node.right, valuesOf);
    case 'or':
      return evaluate(node.left, valuesOf) || evaluate(node.right, valuesOf);
  }
}
