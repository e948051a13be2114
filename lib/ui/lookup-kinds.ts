import type { LookupView } from './view-types';

/** Not in Centrix as far as anyone knows: what "Add" would create. */
export function isNewish(lookup: LookupView): boolean {
  return lookup.kind === 'new' || lookup.kind === 'none' || lookup.kind === 'unchecked';
}

/** A checkbox is offered once Centrix has said whether the finding exists (add) or who it is (update). */
export function isSelectable(lookup: LookupView): boolean {
  return isNewish(lookup) || lookup.kind === 'known';
}
