// What the content script finds on a page and sends to the background. Types only, so the background and the popup
// can import them without pulling detector code. Type aliases, not interfaces, so they fit the contract's
// open (looseObject) schemas. lib/messaging/contract.ts validates the same shape with zod.

/** Which settings switch governs the page (`settings.sites`); the background decides from the tab's URL too. */
import type { SiteId } from '../shared/site';

export type { SiteId };

/** The kind of view the findings describe. */
export type PageKind =
  'linkedin-person' | 'linkedin-company' | 'linkedin-other' | 'gmail-thread' | 'gmail-other' | 'page';

export type PersonFinding = {
  name?: string;
  email?: string;
  company?: string;
  title?: string;
  headline?: string;
  location?: string;
  phone?: string;
  /** Canonical profile URL, e.g. `https://www.linkedin.com/in/jane-doe`. */
  profileUrl?: string;
  /** Which evidence named the person (e.g. `linkedin.topCard`, `gmail.header`, `json-ld`). */
  source: string;
  /** 0..1: how sure the detector is that this is the person, as read. */
  confidence: number;
  /** Set by the background when it merges the findings of one human (lib/enrich/merge-people.ts). */
  emails?: string[];
  sources?: string[];
  detailSources?: Partial<
    Record<'name' | 'company' | 'title' | 'headline' | 'location' | 'phone' | 'profileUrl' | 'email', string>
  >;
};

export type EmailFinding = {
  /** Local part as written, domain lower-cased. */
  address: string;
  /** `text`, `mailto`, `cloudflare`, `spelled-out`, `fullwidth`, `json-ld`, … */
  source: string;
  confidence: number;
  /** Set by the background (lib/enrich): a webmail or internet-provider address, a person's, not a company's. */
  freeMail?: boolean;
};

export type CompanyFinding = {
  name: string;
  /** Raw host or email domain in the content script; the background reduces it (lib/enrich). */
  domain?: string;
  website?: string;
  industry?: string;
  size?: string;
  source: string;
  confidence: number;
};

export type PageFindings = {
  site: SiteId;
  kind: PageKind;
  people: PersonFinding[];
  emails: EmailFinding[];
  companies: CompanyFinding[];
  /** Fields a site adapter expected and could not read, e.g. `linkedin.currentCompany` (the popup words them: lib/ui/finding-text.ts). */
  missing: string[];
  /** Gmail: the thread's subject. */
  subject?: string;
};

/** content script → background, whenever the findings change (and as the answer to `bg/scan-now`). */
export interface CsFindingsMessage {
  type: 'cs/findings';
  url: string;
  findings: PageFindings;
}

/** background → content script: rescan now and answer with the findings. */
export interface BgScanNowMessage {
  type: 'bg/scan-now';
}

/** The content script's answer to `bg/scan-now` (lib/messaging/contract.ts: BgScanNowResponseSchema). */
export interface ScanNowReply {
  ok: true;
  url: string;
  findings: PageFindings;
}
