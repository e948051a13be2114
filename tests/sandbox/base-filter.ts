// The base filter segment of a GET: comma-separated tokens (spaces after commas allowed). Tokens of the same
// letter are alternatives; different letters are joined with AND. Letters and `all` are case-insensitive.

import type { ResourceName } from './schema.ts';

export interface BaseFilter {
  /** Each array: empty = no constraint of that kind, else the record must match one of its entries. */
  idc: number[];
  externalIds: string[];
  lists: number[];
}

type Letter = 'C' | 'E' | 'S';

const ALLOWED: Record<ResourceName, { letters: Letter[]; optional: boolean }> = {
  Contacts: { letters: ['C', 'E', 'S'], optional: true },
  Opportunities: { letters: ['C', 'E', 'S'], optional: false },
  Scripts: { letters: ['S'], optional: true },
  Users: { letters: [], optional: false },
  RevenueTypes: { letters: [], optional: false },
  RevenueTypesSub1: { letters: [], optional: false },
  RevenueTypesSub2: { letters: [], optional: false },
};

export const NO_BASE_FILTER: BaseFilter = { idc: [], externalIds: [], lists: [] };

export function parseBaseFilter(resource: ResourceName, segment: string | undefined): BaseFilter | string {
  const allowed = ALLOWED[resource];
  if (segment === undefined) {
    return allowed.optional ? NO_BASE_FILTER : `${resource} needs a base filter segment (e.g. "-all").`;
  }
  const tokens = segment.split(',').map((token) => token.trim());
  if (tokens.length === 1 && tokens[0]?.toLowerCase() === 'all') return NO_BASE_FILTER;
  const filter: BaseFilter = { idc: [], externalIds: [], lists: [] };
  for (const token of tokens) {
    if (token.toLowerCase() === 'all') return 'Invalid base filter: "all" cannot be combined with other tokens.';
    const letter = token.charAt(0).toUpperCase();
    const rest = token.slice(1);
    if (letter !== 'C' && letter !== 'E' && letter !== 'S') {
      return `Invalid base filter token "${token}": expected C{idc}, E{ExternalID}, S{list id} or all.`;
    }
    if (!allowed.letters.includes(letter)) {
      const accepted = [...allowed.letters.map((l) => `${l}…`), 'all'].join(', ');
      return `Invalid base filter token "${token}": ${resource} accepts ${accepted}.`;
    }
    if (letter === 'E') {
      if (rest === '') return 'Invalid base filter token "E": an ExternalID must follow the E.';
      filter.externalIds.push(rest);
    } else {
      if (!/^\d+$/.test(rest)) return `Invalid base filter token "${token}": ${letter} must be followed by digits.`;
      (letter === 'C' ? filter.idc : filter.lists).push(Number(rest));
    }
  }
  return filter;
}
