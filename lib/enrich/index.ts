export { enrichFindings, isFreeMailDomain, registrableDomain } from './enrich-findings';
