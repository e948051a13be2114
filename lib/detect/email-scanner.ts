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
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) CLASS[c] = LOCAL | DOMAIN;
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
  let at = text.indexOf('@');
  while (at !== -1) {
    const next = readAround(text, at, kind, found);
    at = text.indexOf('@', next);
  }
}

/** Reads the address around the '@' at `at`; returns where to look for the next '@'. */
function readAround(text: string, at: number, kind: EmailMatchKind, found: EmailMatch[]): number {
  const floor = Math.max(0, at - MAX_LOCAL - 1);
  let start = at;
  while (start > floor && isLocalChar(text.charCodeAt(start - 1))) start--;
  if (start === at) return at + 1;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  // A run longer than 64, glued to another '@' or to a letter we cannot read: not an address we can name exactly.
  if (before !== -1 && (isLocalChar(before) || before === 64 || isWordBeyondAscii(before))) return at + 1;
  const ceiling = Math.min(text.length, at + 1 + MAX_DOMAIN + 1);
  let end = at + 1;
  while (end < ceiling && isDomainChar(text.charCodeAt(end))) end++;
  if (end < text.length && (isDomainChar(text.charCodeAt(end)) || text.charCodeAt(end) === 64)) return end;
  const domain = longestValidDomain(text.slice(at + 1, end).split('.'));
  const local = text.slice(start, at);
  if (domain && isValidLocal(local)) found.push({ address: `${local}@${domain}`, kind });
  return end > at + 1 ? end : at + 1;
}

// "[at]" / "(at)" with up to two spaces inside and around; "[dot]", "(dot)", " dot " or '.' between labels.
const AT_WORD = /[[(] {0,2}at {0,2}[\])] {0,2}/iy;
const DOT_WORD = / {0,2}(?:\.|[[(] {0,2}dot {0,2}[\])]) {0,2}| {1,2}dot {1,2}/iy;

function scanSpelledOut(text: string, bracket: '(' | '[', found: EmailMatch[]): void {
  let open = text.indexOf(bracket);
  while (open !== -1) {
    AT_WORD.lastIndex = open;
    if (AT_WORD.test(text)) readSpelledOut(text, open, AT_WORD.lastIndex, found);
    open = text.indexOf(bracket, open + 1);
  }
}

function readSpelledOut(text: string, open: number, after: number, found: EmailMatch[]): void {
  let stop = open;
  if (text.charCodeAt(stop - 1) === 32) stop--;
  if (text.charCodeAt(stop - 1) === 32) stop--;
  const floor = Math.max(0, stop - MAX_LOCAL - 1);
  let start = stop;
  while (start > floor && isLocalChar(text.charCodeAt(start - 1))) start--;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (start === stop || (before !== -1 && (isLocalChar(before) || isWordBeyondAscii(before)))) return;
  const labels: string[] = [];
  let pos = after;
  let length = 0;
  while (length <= MAX_DOMAIN) {
    let end = pos;
    while (end < text.length && end - pos <= MAX_LABEL && isDomainChar(text.charCodeAt(end)) && text[end] !== '.')
      end++;
    if (end === pos) break;
    labels.push(text.slice(pos, end));
    length += end - pos + 1;
    DOT_WORD.lastIndex = end;
    if (!DOT_WORD.test(text)) break;
    pos = DOT_WORD.lastIndex;
  }
  const domain = longestValidDomain(labels);
  const local = text.slice(start, stop);
  if (domain && isValidLocal(local)) found.push({ address: `${local}@${domain}`, kind: 'spelled-out' });
}

/**
 * The longest leading run of `labels` that is a valid domain ending in a real TLD: "acme.com.Thanks" (a missing
 * space after a full stop) still names acme.com, while `2x.png` or `1.2.3` name nothing.
 */
function longestValidDomain(labels: string[]): string | undefined {
  while (labels.length > 0 && labels[labels.length - 1] === '') labels.pop();
  for (let n = labels.length; n >= 2; n--) {
    const tld = labels[n - 1]!;
    if (!isTopLevelDomain(tld)) continue;
    const parts = labels.slice(0, n);
    if (!parts.every(isValidLabel)) return undefined;
    const domain = parts.join('.').toLowerCase();
    return domain.length <= MAX_DOMAIN ? domain : undefined;
  }
  return undefined;
}

function isValidLabel(label: string): boolean {
  return label.length > 0 && label.length <= MAX_LABEL && label[0] !== '-' && label[label.length - 1] !== '-';
}

const ALNUM = /[A-Za-z0-9]/;

function isValidLocal(local: string): boolean {
  return (
    local.length > 0 &&
    local.length <= MAX_LOCAL &&
    local[0] !== '.' &&
    local[local.length - 1] !== '.' &&
    !local.includes('..') &&
    ALNUM.test(local)
  );
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
