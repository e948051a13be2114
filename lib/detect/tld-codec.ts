// Compact forms of the IANA top-level-domain list for the content script's size budget (the `tlds` package's JSON
// weighs ~17 kB; these forms ~2.3 kB). Only ASCII names are encoded: internationalised TLDs are recognised by form
// (see tld.ts).
//
// - TLDs of 2 to 4 letters (669, where file extensions such as `png` and pseudo-TLDs such as `lan` live) are kept
//   exactly: the sorted list is front-coded, each entry starting with the length of the prefix it shares with the
//   entry before as a digit (0 or 2..9), or, for a one-letter prefix, by upper-casing the first letter of the rest.
// - Longer TLDs (618: `agency`, `lamborghini`, …) are kept as 16-bit fingerprints, sorted, each written as its
//   distance from the one before in base-85 digits (printable ASCII from `(` but `\` and a backtick, which a
//   minifier's template literal would escape): one digit for a distance under 70, else two. A label of 5+ letters
//   that is no TLD passes with a chance of about 1 in 100; the seed is chosen so the usual pseudo-TLDs (`local`,
//   `internal`, `example`, …) do not, and the background checks every domain against the Public Suffix List anyway
//   (lib/enrich).

export const SHORT_TLD_MAX = 4;
const MAX_SHARED = 9;
const BASE = 85;
const ONE = 70;

const toDigit = (d: number) => String.fromCharCode(d + 40 + +(d > 51) + +(d > 54));
const fromDigit = (data: string, i: number) => {
  const c = data.charCodeAt(i);
  return c - 40 - +(c > 92) - +(c > 96);
};

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

/** Writes 16-bit fingerprints as sorted gaps; throws if a gap does not fit in two digits (the list's largest: 818). */
export function encodeFingerprints(values: Iterable<number>): string {
  let out = '';
  let prev = 0;
  for (const v of [...new Set(values)].sort((a, b) => a - b)) {
    const gap = v - prev;
    const rest = gap - ONE;
    if (rest >= (BASE - ONE) * BASE) throw new Error(`fingerprint gap ${gap} does not fit in two digits`);
    out += rest < 0 ? toDigit(gap) : toDigit(ONE + Math.floor(rest / BASE)) + toDigit(rest % BASE);
    prev = v;
  }
  return out;
}

export function decodeFingerprints(data: string): Set<number> {
  const values = new Set<number>();
  let v = 0;
  for (let i = 0; i < data.length;) {
    const d = fromDigit(data, i++);
    v += d < ONE ? d : ONE + (d - ONE) * BASE + fromDigit(data, i++);
    values.add(v);
  }
  return values;
}
