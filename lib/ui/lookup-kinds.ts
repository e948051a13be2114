import type { LookupView } from './view-types';

/**
 * Not in Centrix as far as anyone knows: what "Add" would create. A lookup that failed leaves the person addable:
 * the outbox looks them up by key before the create (`needsDuplicateCheck`). A possible match is not, until the
 * user says whether it is them.
 */
export function isNewish(lookup: LookupView): boolean {
  return lookup.kind === 'new' || lookup.kind === 'none' || lookup.kind === 'unchecked' || lookup.kind === 'failed';
}

/** Whether a create must first be looked up by key in the outbox: nothing answered "not in Centrix". */
export function needsDuplicateCheck(lookup: LookupView): boolean {
  return lookup.kind !== 'new';
}

/** A checkbox is offered once Centrix has said whether the finding exists (add) or who it is (update). */
export function isSelectable(lookup: LookupView): boolean {
  return isNewish(lookup) || lookup.kind === 'known';
}
