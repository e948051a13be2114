import { decodeFingerprints, decodeNames, SHORT_TLD_MAX, tldFingerprint } from './tld-codec';
import { TLD_LONG, TLD_SEED, TLD_SHORT } from './tld-data';

let short: Set<number> | undefined;
let long: Set<number> | undefined;

// Internationalised TLDs (`中国`, `рф`, …: ~150 of the IANA list) are accepted by form, letters beyond ASCII (ASCII-only
// labels are looked up in the list) or a punycode label: what `logo@2x.png` or `pkg@1.2.3` can never produce.
const IDN_TLD = /^(?:xn--[a-z0-9-]{2,59}|[\p{L}\p{M}]{2,63})$/u;

/**
 * Whether `text[from, to)` (any case) is a top-level domain of the IANA root zone (see tld-codec.ts for the fine
 * print). Read in place, and a short label looked up as a number: the scanner asks for every address it finds.
 */
export function isTopLevelDomain(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const lower = code | 32;
    if (lower < 97 || lower > 122) {
      // Only a punycode label mixes ASCII letters with other ASCII: the `0` of `1.2.0` ends here.
      if (code < 128 && (text.charCodeAt(from) | 32) !== 120) return false;
      return IDN_TLD.test(text.slice(from, to).toLowerCase());
    }
  }
  if (to - from > SHORT_TLD_MAX) {
    long ??= decodeFingerprints(TLD_LONG);
    return long.has(tldFingerprint(text.slice(from, to).toLowerCase(), TLD_SEED));
  }
  short ??= new Set([...decodeNames(TLD_SHORT)].map((name) => pack(name, 0, name.length)));
  return short.has(pack(text, from, to));
}

/** Up to four letters, any case, as one number (base 27, so that `a` and `aa` differ). */
function pack(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 27 + (text.charCodeAt(i) | 32) - 96;
  return n;
}
