// Finds email addresses in a string in linear time. Every search is anchored on a character that must be there
// ('@', '＠', or the bracket of "[at]"/"(at)") and reads at most 64 characters back and 253 forward from it, so no
// input can make it backtrack: the regexes that libraries ship are quadratic on long tokens (TOOLCHAIN.md).
import { isTopLevelDomain } from './tld';

export type EmailMatchKind = 'plain' | 'fullwidth' | 'spelled-out';

export interface EmailMatch {
  /** Local part as written, domain lower-cased. */
  address: string;
  kind: EmailMatchKind;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;

// ASCII character classes. The local part is the common subset of RFC 5322's atext that addresses really use:
// quotes, slashes, `=` or `?` next to an address in prose belong to the prose far more often than to the address.
const LOCAL = 1;
const DOMAIN = 2;
const ALNUM = 4;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) CLASS[c] = LOCAL | DOMAIN | ALNUM;
  else if (ch === '.' || ch === '-') CLASS[c] = LOCAL | DOMAIN;
  else if (ch === '_' || ch === '%' || ch === '+') CLASS[c] = LOCAL;
}
const WORD = /[\p{L}\p{M}\p{N}]/u;

const isWordBeyondAscii = (code: number) => code >= 128 && WORD.test(String.fromCharCode(code));
const isLocalChar = (code: number) => code < 128 && (CLASS[code]! & LOCAL) !== 0;
const isDomainChar = (code: number) => (code < 128 ? (CLASS[code]! & DOMAIN) !== 0 : isWordBeyondAscii(code));

/** Every address in `text`, in order of appearance (duplicates included). */
export function findEmails(text: string): EmailMatch[] {
  const found: EmailMatch[] = [];
  scanAt(text, found, 'plain');
  // Only a string that has a fullwidth '＠' pays for normalisation; a Latin-1 string answers this at once.
  if (text.indexOf('＠') !== -1) {
    const seen = new Set(found.map((m) => m.address.toLowerCase()));
    const extra: EmailMatch[] = [];
    scanAt(text.normalize('NFKC'), extra, 'fullwidth');
    for (const m of extra) if (!seen.has(m.address.toLowerCase())) found.push(m);
  }
  scanSpelledOut(text, '(', found);
  scanSpelledOut(text, '[', found);
  return found;
}

function scanAt(text: string, found: EmailMatch[], kind: EmailMatchKind): void {
  for (let at = text.indexOf('@'); at !== -1;) {
    // Mentions, decorators and runs of '@' have nothing to read behind them: skip them without a call.
    const next = at > 0 && isLocalChar(text.charCodeAt(at - 1)) ? readAround(text, at, kind, found) : at + 1;
    at = text.indexOf('@', next);
  }
}

/** Reads the address around the '@' at `at`; returns where to look for the next '@'. */
function readAround(text: string, at: number, kind: EmailMatchKind, found: EmailMatch[]): number {
  const floor = Math.max(0, at - MAX_LOCAL - 1);
  let start = at;
  while (start > floor && isLocalChar(text.charCodeAt(start - 1))) start--;
  if (start === at) return at + 1;
  // A run glued to another '@' or to a letter we cannot read is not an address we can name exactly.
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (isLocalChar(before) || before === 64 || isWordBeyondAscii(before)) return at + 1;
  const ceiling = Math.min(text.length, at + MAX_DOMAIN + 2);
  let end = at + 1;
  // Whether lower-casing can change the domain: most are written in lower case, and the address is then one slice.
  let cased = false;
  for (let code; end < ceiling && isDomainChar((code = text.charCodeAt(end))); end++) {
    if (code > 122 || (code > 64 && code < 91)) cased = true;
  }
  if (end === at + 1) return end;
  const after = text.charCodeAt(end);
  if (after === 64 || (end < text.length && isDomainChar(after))) return end;
  const stop = domainEnd(text, at + 1, end);
  if (stop > 0 && isValidLocal(text, start, at)) {
    const address = cased
      ? `${text.slice(start, at)}@${text.slice(at + 1, stop).toLowerCase()}`
      : text.slice(start, stop);
    found.push({ address, kind });
  }
  return end;
}

/**
 * Where the domain in text[from, to) ends (-1: no domain): its longest leading run of labels that ends in a real TLD.
 * "acme.com." (a full stop) and "acme.com.Thanks" (a missing space after one) name acme.com; `2x.png` or `1.2.3`
 * name nothing.
 */
function domainEnd(text: string, from: number, to: number): number {
  while (to > from && text.charCodeAt(to - 1) === 46) to--;
  for (let end = to; ;) {
    // By hand: V8's lastIndexOf is far slower than its indexOf, and the dot is a few characters back.
    let dot = end - 1;
    while (dot >= from && text.charCodeAt(dot) !== 46) dot--;
    if (dot < from) return -1;
    if (dot < end - 1 && isTopLevelDomain(text.slice(dot + 1, end))) {
      return end - from <= MAX_DOMAIN && hasValidLabels(text, from, end) ? end : -1;
    }
    end = dot;
  }
}

function hasValidLabels(text: string, from: number, to: number): boolean {
  for (let i = from, start = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === 46) {
      if (i === start || i - start > MAX_LABEL || text.charCodeAt(start) === 45 || text.charCodeAt(i - 1) === 45) {
        return false;
      }
      start = i + 1;
    }
  }
  return true;
}

/** 1 to 64 characters, a letter or digit among them, no dot at either end nor two in a row. */
function isValidLocal(text: string, from: number, to: number): boolean {
  if (to - from > MAX_LOCAL) return false;
  let dot = true;
  let alnum = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) {
      if (dot) return false;
      dot = true;
    } else {
      dot = false;
      if (CLASS[code]! & ALNUM) alnum = true;
    }
  }
  return !dot && alnum;
}

// "[at]" / "(at)" with up to two spaces inside and around; "[dot]", "(dot)", " dot " or '.' between labels.
const AT_WORD = /[[(] {0,2}at {0,2}[\])] {0,2}/iy;
const DOT_WORD = / {0,2}(?:\.|[[(] {0,2}dot {0,2}[\])]) {0,2}| {1,2}dot {1,2}/iy;

function scanSpelledOut(text: string, bracket: '(' | '[', found: EmailMatch[]): void {
  for (let open = text.indexOf(bracket); open !== -1; open = text.indexOf(bracket, open + 1)) {
    // Most brackets in prose open something else: only "a", "A" or a space after one is worth the regex.
    const next = text.charCodeAt(open + 1) | 32;
    if (next !== 97 && next !== 32) continue;
    AT_WORD.lastIndex = open;
    if (AT_WORD.test(text)) readSpelledOut(text, open, AT_WORD.lastIndex, found);
  }
}

function readSpelledOut(text: string, open: number, after: number, found: EmailMatch[]): void {
  // The domain first: most "(at)" in prose are followed by one word and no "dot", and end here.
  let domain = '';
  let labels = 0;
  for (let pos = after; domain.length <= MAX_DOMAIN; pos = DOT_WORD.lastIndex) {
    let end = pos;
    let code = text.charCodeAt(end);
    while (end - pos <= MAX_LABEL && code !== 46 && isDomainChar(code)) code = text.charCodeAt(++end);
    if (end === pos) break;
    domain += (labels++ ? '.' : '') + text.slice(pos, end);
    DOT_WORD.lastIndex = end;
    if (!DOT_WORD.test(text)) break;
  }
  const last = labels > 1 ? domainEnd(domain, 0, domain.length) : -1;
  if (last < 0) return;
  let stop = open;
  if (text.charCodeAt(stop - 1) === 32) stop--;
  if (text.charCodeAt(stop - 1) === 32) stop--;
  const floor = Math.max(0, stop - MAX_LOCAL - 1);
  let start = stop;
  while (start > floor && isLocalChar(text.charCodeAt(start - 1))) start--;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (start === stop || isLocalChar(before) || isWordBeyondAscii(before) || !isValidLocal(text, start, stop)) return;
  found.push({ address: `${text.slice(start, stop)}@${domain.slice(0, last).toLowerCase()}`, kind: 'spelled-out' });
}

/**
 * `address` normalised (domain lower-cased) if it is exactly one address as the scanner reads them (mailto links,
 * JSON-LD, Gmail's `email` attributes, Cloudflare's decoded text); otherwise undefined.
 */
export function normaliseEmail(address: string): string | undefined {
  const trimmed = address.trim();
  const found: EmailMatch[] = [];
  scanAt(trimmed, found, 'plain');
  const only = found.length === 1 ? found[0]!.address : undefined;
  return only && only.length === trimmed.length && only.toLowerCase() === trimmed.toLowerCase() ? only : undefined;
}
