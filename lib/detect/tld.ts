import { decodeFingerprints, decodeNames, SHORT_TLD_MAX, tldFingerprint } from './tld-codec';
import { TLD_LONG, TLD_SEED, TLD_SHORT } from './tld-data';

let short: Set<string> | undefined;
let long: Set<number> | undefined;

// Internationalised TLDs (`中国`, `рф`, …: ~150 of the IANA list) are accepted by form, letters beyond ASCII (the
// ASCII-only labels are checked above) or a punycode label: what `logo@2x.png` or `pkg@1.2.3` can never produce.
const IDN_TLD = /^(?:xn--[a-z0-9-]{2,59}|[\p{L}\p{M}]{2,63})$/u;

/** Whether `label` (any case) is a top-level domain of the IANA root zone (see tld-codec.ts for the fine print). */
export function isTopLevelDomain(label: string): boolean {
  const lower = label.toLowerCase();
  if (/^[a-z]+$/.test(lower)) {
    if (lower.length <= SHORT_TLD_MAX) return (short ??= decodeNames(TLD_SHORT)).has(lower);
    return (long ??= decodeFingerprints(TLD_LONG)).has(tldFingerprint(lower, TLD_SEED));
  }
  return IDN_TLD.test(lower);
}
