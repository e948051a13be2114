import type { EmailMatch } from '../email-scanner';
import type { JsonLdFindings } from '../json-ld';
import type { ScanState } from '../scan-state';
import type { CompanyFinding, EmailFinding, PageKind, PersonFinding } from '../types';

/** What a site adapter reads from the page it knows, beside the generic email scan. */
export interface AdapterResult {
  people: PersonFinding[];
  companies: CompanyFinding[];
  emails: EmailFinding[];
  /** Fields the adapter expected and could not read (the popup words them: lib/ui/finding-text.ts). */
  missing: string[];
  subject?: string;
  /** Addresses that are not prospects (the mailbox owner), lower-cased: removed from every list. */
  exclude?: string[];
  /** The view, when the adapter knows better than the URL (a Gmail URL may name a thread not rendered yet). */
  kind?: PageKind;
  /** Whether generic JSON-LD people and companies may be added (the adapter already used what it trusts). */
  keepJsonLd?: boolean;
}

export interface AdapterInput {
  doc: Document;
  url: string;
  jsonLd: JsonLdFindings;
}

/**
 * What a content script brings beyond the email walk: the adapter for each kind of page it knows, and the readers of
 * ordinary pages (lib/detect/ordinary.ts), which collectFindings calls on those only, with what they note as the walk
 * goes. Each script carries only what its sites need: the walk and the flush only call these when they are there.
 */
export interface SiteSupport {
  adapters?: Partial<Record<PageKind, (input: AdapterInput) => AdapterResult>>;
  /** Notes an element the walk enters (a microdata item, an address Cloudflare protects). */
  enter?: (state: ScanState, el: Element) => void;
  /** Which of a text's addresses to keep, reading its block when the page split one (lib/detect/split-addresses.ts). */
  split?: (state: ScanState, node: Text, found: EmailMatch[]) => EmailMatch[];
  /** Notes where the walk met an address (`key`: lower-cased). */
  place?: (state: ScanState, key: string, at: Element) => void;
  /**
   * Reads what the walk noted (the cards beside addresses) until `shouldStop`, in the content script's idle slices
   * once the walk is done; true once nothing is left. Collecting findings reads the rest at once.
   */
  settle?: (state: ScanState, shouldStop: () => boolean) => boolean;
  /** The objects of the microdata items noted, in page order, read as JSON-LD is (lib/detect/microdata.ts). */
  microdata?: (state: ScanState) => unknown[];
  /** The site's own name and host (lib/detect/companies.ts). */
  site?: (doc: Document, url: string) => CompanyFinding[];
  /** People named beside addresses that have none yet (lib/detect/nearby.ts). */
  nearby?: (state: ScanState, emails: ReadonlyMap<string, EmailFinding>, people: PersonFinding[]) => PersonFinding[];
}

export const emptyResult = (): AdapterResult => ({ people: [], companies: [], emails: [], missing: [] });
