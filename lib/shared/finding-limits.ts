// The bounds of a page's findings, in one place: the content script builds within them and the background's
// contract (lib/messaging/contract.ts) checks them, item by item. Plain numbers, so content code imports them
// without zod.

/** A name, company or job title. */
export const TEXT_MAX = 300;
/** A finding's source tag (`linkedin.topCard`, `json-ld`…) and a missing-detail code. */
export const CODE_MAX = 64;
/** A page or profile URL. */
export const URL_MAX = 2048;
/** RFC 5321's longest forward path. */
export const EMAIL_MAX = 254;
/** The longest DNS name. */
export const DOMAIN_MAX = 253;

export const PEOPLE_MAX = 500;
export const EMAILS_MAX = 1000;
export const COMPANIES_MAX = 200;
export const MISSING_MAX = 50;
