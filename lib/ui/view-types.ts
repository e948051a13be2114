// What the popup components draw, decoupled from the message contract's wire shapes: the stores map one to the
// other, so a renamed message field touches one mapping function, not every component.
import type { ContactRole } from '../centrix/types';

export type LookupView =
  | { kind: 'pending' }
  | { kind: 'known'; idc: string; name?: string }
  /** Centrix has a contact of that name and company, and no strong key says it is them: the user decides. */
  | { kind: 'possible'; idc: string; name?: string; candidates?: number }
  | { kind: 'new' }
  /**
   * `reason`: the Centrix failure kind (`network`, `bad-credentials`…), worded by the component. `retrying`: the
   * background will look again by itself (an add meanwhile is checked for a duplicate before it is created).
   */
  | { kind: 'failed'; reason: string; retrying?: boolean }
  /** Centrix could not be asked (e.g. no field mapped for Email): may be added, at the user's judgement. */
  | { kind: 'unchecked'; reason: string }
  /** Sent to the outbox from this popup: not offered again. */
  | { kind: 'queued' }
  /** Not looked up at all (e.g. nothing to search by). */
  | { kind: 'none' };

export interface PersonView {
  /** Stable within one set of findings; selection is kept by it. */
  key: string;
  name?: string;
  title?: string;
  company?: string;
  email?: string;
  /** Every address of this person (merged findings), the primary first. */
  emails?: string[];
  profileUrl?: string;
  phone?: string;
  location?: string;
  /** The website of the company this person works for, where the page gives it. */
  website?: string;
  source: string;
  /** 0..1 as the detector reported it. */
  confidence: number;
  /** The sources of the findings merged into this person, when there were several. */
  sources?: string[];
  lookup: LookupView;
  /** The account Centrix already has for this person's company. */
  account?: AccountView;
}

/** `exact`: a new contact joins it as it is; `near`: proposed (another legal form or spelling), the user decides. */
export interface AccountView {
  name: string;
  accountId?: string;
  match: 'exact' | 'near';
}

export interface EmailView {
  key: string;
  address: string;
  source: string;
  confidence: number;
  lookup: LookupView;
}

export interface CompanyView {
  key: string;
  name: string;
  domain?: string;
  source: string;
  confidence: number;
  /** Centrix already has a contact of this company. */
  known: boolean;
}

export interface ListOption {
  id: string;
  name: string;
}

export type OutboxStateView =
  | { kind: 'pending' }
  | { kind: 'sending' }
  | { kind: 'waiting'; until: number; reason?: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'done'; idc?: string };

export interface OutboxItemView {
  id: string;
  /** Who the item is about (a name or an address), never a URL. */
  label: string;
  action: 'create' | 'update';
  state: OutboxStateView;
}

/** Below this the UI marks a finding as a guess. */
export const LOW_CONFIDENCE = 0.6;

export type ConnectionView =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'ok'; lists?: number }
  | { kind: 'bad-credentials'; message?: string }
  | { kind: 'unavailable'; message?: string }
  | { kind: 'error'; message: string };

/** The mapping editor's row: a role, the field chosen for it, and what the background proposed. */
export interface MappingRowView {
  role: ContactRole;
  field: string;
  proposed?: { field: string; confidence: number };
  /** A value the chosen field holds in this account, when one was seen. */
  sample?: string;
}
