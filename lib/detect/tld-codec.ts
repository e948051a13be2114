// Compact forms of the IANA top-level-domain list for the content script's size budget (the `tlds` package's JSON
// weighs ~17 kB; these forms ~2.6 kB). Only ASCII names are encoded: internationalised TLDs are recognised by form
// (see tld.ts).
//
// - TLDs of 2 to 4 letters (669, where file extensions such as `png` and pseudo-TLDs such as `lan` live) are kept
//   exactly: the sorted list is front-coded, each entry starting with the length of the prefix it shares with the
//   entry before as a digit (0 or 2..9), or, for a one-letter prefix, by upper-casing the first letter of the rest.
// - Longer TLDs (618: `agency`, `lamborghini`, …) are kept as 16-bit fingerprints, sorted, each written as its
//   distance from the one before in two base64 digits. A label of 5+ letters that is no TLD passes with a chance of
//   about 1 in 100; the seed is chosen so the usual pseudo-TLDs (`local`, `internal`, `example`, …) do not, and the
//   background checks every domain against the Public Suffix List anyway (lib/enrich).

export const SHORT_TLD_MAX = 4;
const MAX_SHARED = 9;
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** FNV-1a over the label, folded to 16 bits. */
export function tldFingerprint(label: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return (h ^ (h >>> 16)) & 0xffff;
}

/** Front-codes lower-case ASCII names (order and duplicates do not matter). */
export function encodeNames(names: readonly string[]): string {
  let out = '';
  let prev = '';
  for (const name of [...new Set(names)].sort()) {
    let shared = 0;
    while (shared < MAX_SHARED && shared < prev.length && prev[shared] === name[shared]) shared++;
    const rest = name.slice(shared);
    out += shared === 1 ? rest.charAt(0).toUpperCase() + rest.slice(1) : String(shared) + rest;
    prev = name;
  }
  return out;
}

/** The names written by `encodeNames`. */
export function decodeNames(data: string): Set<string> {
  const names = new Set<string>();
  let prev = '';
  let current = '';
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    const isDigit = code >= 48 && code <= 57;
    if (!isDigit && (code < 65 || code > 90)) {
      current += data[i];
      continue;
    }
    if (current) names.add((prev = current));
    current = isDigit ? prev.slice(0, code - 48) : prev.slice(0, 1) + String.fromCharCode(code + 32);
  }
  if (current) names.add(current);
  return names;
}

/** Writes 16-bit fingerprints as sorted gaps of two base64 digits; throws if a gap does not fit (never seen). */
export function encodeFingerprints(values: Iterable<number>): string {
  let out = '';
  let prev = 0;
  for (const v of [...new Set(values)].sort((a, b) => a - b)) {
    const gap = v - prev;
    if (gap >= 4096) throw new Error(`fingerprint gap ${gap} does not fit in two digits`);
    out += DIGITS[gap >> 6]! + DIGITS[gap & 63]!;
    prev = v;
  }
  return out;
}

export function decodeFingerprints(data: string): Set<number> {
  const values = new Set<number>();
  let v = 0;
  for (let i = 0; i + 1 < data.length; i += 2) {
    v += (DIGITS.indexOf(data[i]!) << 6) | DIGITS.indexOf(data[i + 1]!);
    values.add(v);
  }
  return values;
}
