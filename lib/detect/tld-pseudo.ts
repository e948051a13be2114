/**
 * Labels that end addresses on intranets, in documentation and in code, and are not TLDs: a scanner must refuse them
 * (the fingerprint seed is chosen so that it does; tests check all of them).
 */
export const PSEUDO_TLDS = [
  'local',
  'localhost',
  'localdomain',
  'internal',
  'intranet',
  'example',
  'invalid',
  'private',
  'corp',
  'home',
  'lan',
  'test',
  'onion',
  'domain',
  'server',
  'mydomain',
  'yourdomain',
  'thanks',
  'regards',
  'merci',
  'cordialement',
];
