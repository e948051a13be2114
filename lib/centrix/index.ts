// The Centrix API client: the only code that knows the shape of the Centrix API. Its only caller is the background.
// Importing this module also switches zod to jitless mode (./zod), as the extension's CSP requires.
export type * from './types';
export { CENTRIX_RESOURCES } from './types';
export { createCentrixClient, createIndexes } from './client';
export { describeFailure, formatWait } from './failures';
export { MemoryCacheStore, accountFingerprint, readCacheKey } from './cache';
export { CentrixRequestError } from './request-error';
export { redact, createRedactor } from './redact';
export { FILTER_OPERATORS, where, and, or, anyOf, encodeFilter, parseFilter, rowsToExpr, toRows } from './filters';
export {
  baseFilter,
  parseBaseFilters,
  validateAccount,
  validateApiKey,
  expandFieldName,
  abbreviateFieldName,
  contactScriptField,
} from './url';
export { splitChoices, joinChoices } from './schemas';
export { proposeRoleMapping, CONTACT_ROLES } from './role-mapping';
export { PRODUCTION_BASE_URL } from './assumptions';
