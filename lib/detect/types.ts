// What the content script finds on a page and sends to the background: the message contract's own types
// (lib/messaging/contract.ts), taken as types only so zod stays out of the content bundle. The content script
// always says which site and kind of page it read; the contract accepts findings without them.
import type {
  CompanyFinding,
  EmailFinding,
  PageFindings as ContractFindings,
  PAGE_KINDS,
  PersonFinding,
} from '../messaging/contract';
import type { SiteId } from '../shared/site';

export type { CompanyFinding, EmailFinding, PersonFinding, SiteId };

/** The kind of view the findings describe. */
export type PageKind = (typeof PAGE_KINDS)[number];

export type PageFindings = ContractFindings & { site: SiteId; kind: PageKind };
