// The one message contract between the extension's contexts, named by direction:
//   cs/…  content script → background      (the fewest types that work: its findings)
//   ui/…  popup / options → background
//   bg/…  background → content script
// Every request is validated with these schemas by its receiver (safeParse), and the background also checks the
// browser-supplied sender (lib/messaging/sender.ts). Names are stable: add messages, never rename them.
// Content-script code imports only types from here (`import type`), so zod stays out of its bundle.
import { z } from './zod-config';
import {
  CODE_MAX,
  COMPANIES_MAX,
  DOMAIN_MAX,
  EMAILS_MAX,
  EMAIL_MAX,
  MISSING_MAX,
  PEOPLE_MAX,
  TEXT_MAX,
  URL_MAX,
} from '../shared/finding-limits';
import type { SiteId } from '../shared/site';
import { CONTACT_ROLES, FieldNameSchema, ListIdSchema, SettingsSchema } from '../storage/settings-schema';

export { CONTACT_ROLES };

const short = z.string().max(TEXT_MAX);
const source = z.string().max(CODE_MAX);
const confidence = z.number().min(0).max(1);
/** Only pages on the web are scanned: an http(s) URL, at most 2 KB. */
export const PageUrlSchema = z
  .string()
  .max(URL_MAX)
  .regex(/^https?:\/\//i);
export const EmailSchema = z
  .string()
  .min(3)
  .max(EMAIL_MAX)
  .regex(/^[^\s@]+@[^\s@]+$/);

/**
 * A page's list of findings, validated item by item: an invalid item (a name over its bound, a malformed address)
 * is dropped and the others kept, so one bad value on a page cannot blind the scanner to the rest. Strict per item,
 * never cut: a shortened name would be a wrong value in the CRM. At most `max` items are read.
 */
const itemsOf = <T extends z.ZodType>(item: T, max: number) =>
  z.array(z.unknown()).transform((items): z.output<T>[] =>
    items.slice(0, max).flatMap((raw) => {
      const parsed = item.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    }),
  );

// ---------- What a content script finds on a page ---------------------------------------------------------------
// The one definition of the findings: lib/detect/types.ts takes its types from here (`import type`). Objects, not
// loose objects: a field no schema names is dropped at the receiver, and every string has a bound.

export const SITE_IDS = ['linkedin', 'gmail', 'other'] as const satisfies readonly SiteId[];
export const PAGE_KINDS = [
  'linkedin-person',
  'linkedin-company',
  'linkedin-other',
  'gmail-thread',
  'gmail-other',
  'page',
] as const;

export const PersonFindingSchema = z.object({
  name: short.optional(),
  email: EmailSchema.optional(),
  company: short.optional(),
  title: short.optional(),
  headline: short.optional(),
  location: short.optional(),
  phone: z.string().max(CODE_MAX).optional(),
  /** Canonical profile URL, e.g. `https://www.linkedin.com/in/jane-doe` (lib/shared/linkedin-url.ts). */
  profileUrl: PageUrlSchema.optional(),
  /** Which evidence named the person (e.g. `linkedin.topCard`, `gmail.header`, `json-ld`). */
  source,
  /** 0..1: how sure the detector is that this is the person, as read. */
  confidence,
  /** Set by the background when it merged findings of one human (lib/enrich/merge-people.ts). */
  emails: z.array(EmailSchema).max(20).optional(),
  sources: z.array(source).max(20).optional(),
  detailSources: z
    .partialRecord(z.enum(['name', 'company', 'title', 'headline', 'location', 'phone', 'profileUrl', 'email']), source)
    .optional(),
});

export const EmailFindingSchema = z.object({
  /** Local part as written, domain lower-cased. */
  address: EmailSchema,
  /** `text`, `mailto`, `cloudflare`, `spelled-out`, `fullwidth`, `json-ld`, … */
  source,
  confidence,
  /** Set by the background (lib/enrich): a webmail or internet-provider address, a person's, not a company's. */
  freeMail: z.boolean().optional(),
});

export const CompanyFindingSchema = z.object({
  name: short,
  /** Raw host or email domain in the content script; the background reduces it (lib/enrich). */
  domain: z.string().max(DOMAIN_MAX).optional(),
  website: PageUrlSchema.optional(),
  source,
  confidence,
});

export const PageFindingsSchema = z.object({
  /** Which settings switch governs the page; the background decides from the tab's URL too. */
  site: z.enum(SITE_IDS).optional(),
  kind: z.enum(PAGE_KINDS).optional(),
  /** Gmail: the thread's subject. */
  subject: short.optional(),
  people: itemsOf(PersonFindingSchema, PEOPLE_MAX),
  emails: itemsOf(EmailFindingSchema, EMAILS_MAX),
  companies: itemsOf(CompanyFindingSchema, COMPANIES_MAX),
  /** Details a site adapter expected and could not read, e.g. `linkedin.currentCompany` (lib/ui/finding-text.ts). */
  missing: itemsOf(z.string().max(CODE_MAX), MISSING_MAX),
});

export type PersonFinding = z.infer<typeof PersonFindingSchema>;
export type EmailFinding = z.infer<typeof EmailFindingSchema>;
export type CompanyFinding = z.infer<typeof CompanyFindingSchema>;
export type PageFindings = z.infer<typeof PageFindingsSchema>;

// ---------- Shared answers ------------------------------------------------------------------------------------

/**
 * Why a request got no answer. `refused`: wrong sender or a message type that sender may not send. `invalid`: the
 * payload failed validation. `not-configured`: no credentials yet. `failed`: the Centrix call failed (`reason`
 * says how, `message` is the user's sentence, redacted). `unavailable`: the browser lacks what it needs.
 */
export const ErrorCodeSchema = z.enum(['refused', 'invalid', 'not-configured', 'failed', 'unavailable']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorResponseSchema = z.object({
  ok: z.literal(false),
  error: ErrorCodeSchema,
  /** The Centrix failure kind when `error` is `failed` (e.g. `bad-credentials`, `unavailable`). */
  reason: z.string().max(64).optional(),
  /** A sentence for the user in their UI language. Never a URL, key or account number. */
  message: z.string().max(1000).optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

const okWith = <T extends z.ZodRawShape>(shape: T) => z.object({ ok: z.literal(true), ...shape });
const answer = <T extends z.ZodTypeAny>(success: T) => z.union([success, ErrorResponseSchema]);

/** Whether one email or profile is already a Centrix contact: the minimum a page may learn. */
export const LookupMatchSchema = z.object({
  kind: z.enum(['email', 'profile']),
  /** The email (lower-cased) or the profile URL, as asked. */
  key: z.string().max(2048),
  known: z.boolean(),
  contactId: z.string().max(32).optional(),
  name: z.string().max(300).optional(),
});
export type LookupMatch = z.infer<typeof LookupMatchSchema>;

export const CompanyMatchSchema = z.object({
  kind: z.enum(['name', 'domain']),
  key: z.string().max(300),
  known: z.boolean(),
});
export type CompanyMatch = z.infer<typeof CompanyMatchSchema>;

/**
 * One person of the page, as a whole: `known` by a strong key (any of their addresses, their profile URL),
 * `possible` by name + company only (the user confirms or rejects it), `new`, or `unchecked` (nothing to ask by).
 */
export const PersonMatchSchema = z.object({
  status: z.enum(['known', 'possible', 'new', 'unchecked']),
  via: z.enum(['email', 'profile', 'name']).optional(),
  contactId: z.string().max(32).optional(),
  name: z.string().max(300).optional(),
  /** For `possible`: how many Centrix contacts have that name and company. */
  candidates: z.number().int().min(1).max(1000).optional(),
});
export type PersonMatch = z.infer<typeof PersonMatchSchema>;

/**
 * The account Centrix already has for a company of the page. `exact`: Centrix joins a new contact to it by name as
 * it is; `near`: the name differs by legal form, accents or punctuation, or only the website's domain agrees, so the
 * user is asked. `name` is the account's own company name; `accountId` its id where the account exposes one.
 */
export const AccountMatchSchema = z.object({
  /** The company's name as the page gives it. */
  key: z.string().max(300),
  name: z.string().max(300),
  accountId: z
    .string()
    .regex(/^[0-9]{1,18}$/)
    .optional(),
  match: z.enum(['exact', 'near']),
  ambiguous: z.boolean().optional(),
});
export type AccountMatch = z.infer<typeof AccountMatchSchema>;

export const LookupStatusSchema = z.enum(['pending', 'done', 'not-configured', 'failed']);

/** What the background knows about one tab: the popup opens on it without waiting. */
export const TabStateSchema = z.object({
  tabId: z.number().int(),
  url: PageUrlSchema,
  updatedAt: z.number(),
  findings: PageFindingsSchema,
  lookup: z.object({
    status: LookupStatusSchema,
    /** Set when `status` is `failed`: the Centrix failure kind. */
    reason: z.string().max(64).optional(),
    matches: z.array(LookupMatchSchema),
    companies: z.array(CompanyMatchSchema),
    /** One per person of `findings.people`, same order (absent until a lookup answered). */
    people: z.array(PersonMatchSchema).max(500).optional(),
    accounts: z.array(AccountMatchSchema).max(200).optional(),
    checkedAt: z.number().optional(),
    /** Set when `status` is `failed` and the background will look again by itself at that time (ms since epoch). */
    retryAt: z.number().optional(),
  }),
  /** Text the user chose "Add to Centrix" on, for the popup to prefill. */
  selection: z.string().max(1000).optional(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const ConnectionResultSchema = z.object({
  result: z.enum(['success', 'bad-credentials', 'unavailable', 'error']),
  /** Redacted, in the UI language. */
  message: z.string().max(1000).optional(),
  /** How many contact lists the account has, on success. */
  lists: z.number().int().optional(),
});
export type ConnectionResult = z.infer<typeof ConnectionResultSchema>;

export const ListOptionSchema = z.object({ id: z.string().max(32), name: z.string().max(300) });
export type ListOption = z.infer<typeof ListOptionSchema>;

export const RoleProposalSchema = z.object({
  role: z.enum(CONTACT_ROLES),
  field: z.string().max(128),
  confidence: z.number(),
});

export const StoredCatalogueSchema = z.object({
  fetchedAt: z.number(),
  known: z.boolean(),
  contactFields: z.array(z.string().max(128)).max(2000),
  /** A value seen in each field, from the account's own contacts (absent in catalogues stored before samples). */
  samples: z.record(z.string().max(128), z.string().max(80)).optional(),
  contactScriptFields: z.array(z.string().max(128)).max(2000),
  proposals: z.array(RoleProposalSchema).max(50),
});
export type StoredCatalogue = z.infer<typeof StoredCatalogueSchema>;

export const OutboxItemStateSchema = z.enum(['pending', 'sending', 'waiting', 'failed', 'done']);
export type OutboxItemState = z.infer<typeof OutboxItemStateSchema>;

export const OutboxItemViewSchema = z.object({
  id: z.string(),
  action: z.enum(['create', 'update']),
  /** Who the item is about (a name or an address), never a URL. */
  label: z.string(),
  state: OutboxItemStateSchema,
  /** For `waiting`: when the next try may start (ms since epoch). */
  until: z.number().optional(),
  /** For `failed` (and the last error of `waiting`): the Centrix failure kind or `unverifiable`. */
  reason: z.string().optional(),
  /** For `failed`: the server's redacted message or our explanation, in the UI language. */
  message: z.string().optional(),
  /** For `done`: the contact's Centrix id when the server echoed it. */
  contactId: z.string().optional(),
  attempts: z.number().int(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type OutboxItemView = z.infer<typeof OutboxItemViewSchema>;

/** Why the drain is stopped for every item (not one item's failure). */
export const OutboxPauseSchema = z.enum(['permission', 'no-credentials', 'bad-credentials']).nullable();
export type OutboxPause = z.infer<typeof OutboxPauseSchema>;

export const OutboxViewSchema = z.object({
  paused: OutboxPauseSchema,
  items: z.array(OutboxItemViewSchema),
  counts: z.record(OutboxItemStateSchema, z.number().int()),
});
export type OutboxView = z.infer<typeof OutboxViewSchema>;

// ---------- content script → background -------------------------------------------------------------------------

export const CsFindingsSchema = z.object({
  type: z.literal('cs/findings'),
  url: PageUrlSchema,
  findings: PageFindingsSchema,
});
export const CsFindingsResponseSchema = answer(okWith({}));
export const LookupResponseSchema = answer(okWith({ matches: z.array(LookupMatchSchema) }));

// ---------- background → content script -----------------------------------------------------------------------

export const BgScanNowSchema = z.object({ type: z.literal('bg/scan-now') });
export const BgScanNowResponseSchema = answer(okWith({ url: PageUrlSchema, findings: PageFindingsSchema }));

// ---------- popup / options → background -----------------------------------------------------------------------

const tabId = z.number().int().min(0);
/** An id the UI makes for each save (e.g. crypto.randomUUID()), so a double click queues one item, not two. */
const requestId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const roleValues = z.partialRecord(z.enum(CONTACT_ROLES), z.string().max(1000));

export const UiTabStateSchema = z.object({ type: z.literal('ui/tab-state'), tabId });
/** Scan the tab now (injecting the scanner on sites without a static content script), then look up. */
export const UiScanTabSchema = z.object({ type: z.literal('ui/scan-tab'), tabId });
export const UiLookupSchema = z.object({
  type: z.literal('ui/lookup'),
  emails: z.array(EmailSchema).max(200),
  profileUrls: z.array(PageUrlSchema).max(200),
});
export const UiSettingsGetSchema = z.object({ type: z.literal('ui/settings-get') });
export const UiSettingsSaveSchema = z.object({ type: z.literal('ui/settings-save'), patch: SettingsSchema.partial() });
/** Tests the given credentials with a cheap read and stores them unless Centrix rejects them. */
export const UiCredentialsSaveSchema = z.object({
  type: z.literal('ui/credentials-save'),
  account: z.string().min(1).max(32),
  apiKey: z.string().min(1).max(256),
});
export const UiCredentialsClearSchema = z.object({ type: z.literal('ui/credentials-clear') });
/**
 * Tests the stored credentials, or the typed ones (`account` and `apiKey`, with the form's language and developer
 * URL) without storing anything: "Test connection" tests what the form shows, only "Save" saves.
 */
export const UiTestConnectionSchema = z.object({
  type: z.literal('ui/test-connection'),
  typed: z
    .object({
      account: z.string().min(1).max(32),
      apiKey: z.string().min(1).max(256),
      apiLanguage: SettingsSchema.shape.apiLanguage,
      devApiBaseUrl: SettingsSchema.shape.devApiBaseUrl,
    })
    .optional(),
});
export const UiCatalogueGetSchema = z.object({ type: z.literal('ui/catalogue-get') });
export const UiCatalogueRefreshSchema = z.object({ type: z.literal('ui/catalogue-refresh') });
export const UiListsGetSchema = z.object({ type: z.literal('ui/lists-get'), refresh: z.boolean().optional() });
/**
 * Queue a create (no `contactId`) or an update (with it) in the outbox. `values` are by role (mapped to field names
 * with the stored mapping); `fields` are extra values by Centrix field name (custom fields the user chose).
 */
export const UiContactSaveSchema = z.object({
  type: z.literal('ui/contact-save'),
  requestId,
  contactId: z
    .string()
    .regex(/^[0-9]{1,18}$/)
    .optional(),
  values: roleValues,
  fields: z.record(FieldNameSchema, z.string().max(5000)).optional(),
  /** A create that joins this existing account (its `ida`), as the lookup found it. */
  accountId: z
    .string()
    .regex(/^[0-9]{1,18}$/)
    .optional(),
  /** A create while the person's Centrix status is unknown: the outbox looks them up by key before creating. */
  verify: z.boolean().optional(),
  listIds: z.array(ListIdSchema).max(20),
});
export const UiOutboxStatusSchema = z.object({ type: z.literal('ui/outbox-status') });
export const UiOutboxRetrySchema = z.object({ type: z.literal('ui/outbox-retry'), id: z.string().max(64) });
export const UiOutboxDiscardSchema = z.object({ type: z.literal('ui/outbox-discard'), id: z.string().max(64) });

export const PublicSettingsResponseSchema = answer(
  okWith({
    settings: SettingsSchema,
    /** Whether credentials are stored. The key never leaves the background. */
    credentialsConfigured: z.boolean(),
    /** Sandbox builds honour `devApiBaseUrl`; production builds ignore it. */
    sandboxBuild: z.boolean(),
  }),
);
export const TabStateResponseSchema = answer(okWith({ state: TabStateSchema.nullable() }));
export const ConnectionResponseSchema = answer(okWith({ connection: ConnectionResultSchema, saved: z.boolean() }));
export const OkResponseSchema = answer(okWith({}));
export const CatalogueResponseSchema = answer(okWith({ catalogue: StoredCatalogueSchema.nullable() }));
export const ListsResponseSchema = answer(okWith({ lists: z.array(ListOptionSchema) }));
export const ContactSaveResponseSchema = answer(okWith({ itemId: z.string(), state: OutboxItemStateSchema }));
export const OutboxResponseSchema = answer(okWith({ outbox: OutboxViewSchema }));

/** Every request the background accepts, by type, with its schema and the schema of its answer. */
export const BACKGROUND_REQUESTS = {
  'cs/findings': { request: CsFindingsSchema, response: CsFindingsResponseSchema },
  'ui/tab-state': { request: UiTabStateSchema, response: TabStateResponseSchema },
  'ui/scan-tab': { request: UiScanTabSchema, response: TabStateResponseSchema },
  'ui/lookup': { request: UiLookupSchema, response: LookupResponseSchema },
  'ui/settings-get': { request: UiSettingsGetSchema, response: PublicSettingsResponseSchema },
  'ui/settings-save': { request: UiSettingsSaveSchema, response: PublicSettingsResponseSchema },
  'ui/credentials-save': { request: UiCredentialsSaveSchema, response: ConnectionResponseSchema },
  'ui/credentials-clear': { request: UiCredentialsClearSchema, response: OkResponseSchema },
  'ui/test-connection': { request: UiTestConnectionSchema, response: ConnectionResponseSchema },
  'ui/catalogue-get': { request: UiCatalogueGetSchema, response: CatalogueResponseSchema },
  'ui/catalogue-refresh': { request: UiCatalogueRefreshSchema, response: CatalogueResponseSchema },
  'ui/lists-get': { request: UiListsGetSchema, response: ListsResponseSchema },
  'ui/contact-save': { request: UiContactSaveSchema, response: ContactSaveResponseSchema },
  'ui/outbox-status': { request: UiOutboxStatusSchema, response: OutboxResponseSchema },
  'ui/outbox-retry': { request: UiOutboxRetrySchema, response: OutboxResponseSchema },
  'ui/outbox-discard': { request: UiOutboxDiscardSchema, response: OutboxResponseSchema },
} as const;

export type BackgroundRequestType = keyof typeof BACKGROUND_REQUESTS;
export type BackgroundRequest<K extends BackgroundRequestType = BackgroundRequestType> = K extends BackgroundRequestType
  ? z.infer<(typeof BACKGROUND_REQUESTS)[K]['request']>
  : never;
export type BackgroundResponse<K extends BackgroundRequestType> = z.infer<(typeof BACKGROUND_REQUESTS)[K]['response']>;

/** The message types a content script may send; every other type is for the extension's own pages. */
export const CONTENT_SCRIPT_TYPES = ['cs/findings'] as const satisfies readonly BackgroundRequestType[];
export type ContentScriptRequestType = (typeof CONTENT_SCRIPT_TYPES)[number];
export type UiRequestType = Exclude<BackgroundRequestType, ContentScriptRequestType>;

export type BgScanNow = z.infer<typeof BgScanNowSchema>;
export type BgScanNowResponse = z.infer<typeof BgScanNowResponseSchema>;
