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
/** Whether the character `code` may be part of an address's local part, as the scanner reads them. */
export const isLocalChar = (code: number) => code < 128 && (CLASS[code]! & LOCAL) !== 0;
/** Whether the character `code` may be part of an address's domain, as the scanner reads them. */
export const isDomainChar = (code: number) => (code < 128 ? (CLASS[code]! & DOMAIN) !== 0 : isWordBeyondAscii(code));
// Every read stays inside the string: past either end charCodeAt gives NaN, and once V8 has seen one it recompiles the
// readers for doubles instead of small integers (the whole scan took 20% longer, spelled-out addresses ending their
// re-read string being enough to cause it).

/** Every address in `text` in order of appearance, then those only a fullwidth '＠' makes (duplicates included). */
export function findEmails(text: string): EmailMatch[] {
  const found: EmailMatch[] = [];
  scan(text, found, 'plain');
  // Only a string that has a fullwidth '＠' pays for normalisation; a Latin-1 string answers this at once.
  if (text.includes('＠')) {
    const seen = new Set(found.map((m) => m.address.toLowerCase()));
    const extra: EmailMatch[] = [];
    scan(text.normalize('NFKC'), extra, 'fullwidth');
    for (const m of extra) if (!seen.has(m.address.toLowerCase())) found.push(m);
  }
  return found;
}

function scan(text: string, found: EmailMatch[], kind: EmailMatchKind): void {
  const length = text.length;
  const next = (anchor: string, from: number) => {
    const i = text.indexOf(anchor, from);
    return i < 0 ? length : i;
  };
  // The anchors are searched side by side, the one furthest behind first: each search then reads what another has
  // just brought into the cache, and a long text comes from memory once instead of once per anchor.
  let at = next('@', 0);
  let paren = next('(', 0);
  let square = next('[', 0);
  for (;;) {
    if (at <= paren && at <= square) {
      if (at === length) return;
      // Mentions, decorators and runs of '@' have nothing to read behind them: skip them without a call.
      at = next('@', at > 0 && isLocalChar(text.charCodeAt(at - 1)) ? readAround(text, at, kind, found) : at + 1);
    } else if (paren <= square) {
      readSpelledOut(text, paren, found);
      paren = next('(', paren + 1);
    } else {
      readSpelledOut(text, square, found);
      square = next('[', square + 1);
    }
  }
}

/** Reads the address around the '@' at `at`; returns where to look for the next '@'. */
function readAround(text: string, at: number, kind: EmailMatchKind, found: EmailMatch[]): number {
  // Both parts are checked as they are read, since every pass over the characters costs: the local part has 1 to 64
  // characters, a letter or digit among them, no dot at either end nor two in a row.
  const floor = Math.max(at - MAX_LOCAL - 1, 0);
  let start = at;
  let localOk = true;
  let alnum = 0;
  let dot = true;
  while (start > floor) {
    const code = text.charCodeAt(start - 1);
    if (!isLocalChar(code)) break;
    if (code === 46) {
      if (dot) localOk = false;
      dot = true;
    } else {
      dot = false;
      alnum |= CLASS[code]! & ALNUM;
    }
    start--;
  }
  if (start === at) return at + 1;
  if (!standsAlone(text, start)) return at + 1;
  const ceiling = Math.min(at + MAX_DOMAIN + 2, text.length);
  let end = at + 1;
  let label = end;
  // Where the first label that breaks the rules (see isValidLabel) starts; an integer, as every position here is.
  let bad = ceiling;
  let upper = false;
  for (;;) {
    // Most of a domain is runs of lower-case letters: those cost one test a character.
    while (end < ceiling && (text.charCodeAt(end) - 97) >>> 0 < 26) end++;
    if (end === ceiling) break;
    const code = text.charCodeAt(end);
    if (!isDomainChar(code)) break;
    if (code === 46) {
      if (bad > end && !isValidLabel(text, label, end)) bad = label;
      label = end + 1;
    } else if (code <= 90 && code >= 65) {
      upper = true;
    }
    end++;
  }
  if (end === at + 1) return end;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if (after === 64 || isDomainChar(after)) return end;
  if (!localOk || dot || !alnum || at - start > MAX_LOCAL) return end;
  const stop = domainEnd(text, at + 1, end, bad);
  if (stop < 0) return end;
  // Most domains are written in lower case: one slice then, without the copies that lower-casing takes.
  const address = upper ? text.slice(start, at + 1) + text.slice(at + 1, stop).toLowerCase() : text.slice(start, stop);
  found.push({ address, kind });
  return end;
}

// Characters that, between a word and the local part we read, make that part the tail of a longer one: apostrophes
// (o'reilly, o’brien), a closing quote ("quoted"local; an opening one, as in text"jane@…, is prose) and RFC 5322's
// other atext (dept=x, a/b, c!d). The whole address is not one we report (see isLocalChar), and its tail names
// another mailbox: nothing is reported.
const GLUE = new Set([..."'\u2018\u2019\u02bc`!#$&*/=?^{|}~"].map((c) => c.charCodeAt(0)));
const QUOTE = 34;
const SLASH = 47;
const COLON = 58;
const isWordChar = (code: number) => isLocalChar(code) || isWordBeyondAscii(code);

/**
 * Whether the local part that starts at `start` is a whole one: not glued to another '@', to a letter we cannot
 * read, or through an apostrophe, a quote or other atext to a word; not a URL's user (`http://user:pass@host`,
 * `https://user@host`) nor a mail part's id (`cid:…@…`, `mid:…@…`).
 */
function standsAlone(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  if (isLocalChar(before) || before === 64 || isWordBeyondAscii(before)) return false;
  if (before !== COLON && before !== SLASH && before !== QUOTE) {
    return !GLUE.has(before) || start < 2 || !isWordChar(text.charCodeAt(start - 2));
  }
  // Look back along the token (to a space; at most a URL's scheme and user away): a quote closes one opened there,
  // '://' makes the part a URL's user.
  const floor = Math.max(start - 2 * MAX_LOCAL, 0);
  let from = start - 1;
  while (from > floor && text.charCodeAt(from - 1) > 32) from--;
  const token = text.slice(from, start).toLowerCase();
  if (before === QUOTE) return !token.slice(0, -1).includes('"');
  if (token.includes('://')) return false;
  if (before === SLASH) return start < 2 || !isWordChar(text.charCodeAt(start - 2));
  return !/(?:^|[^a-z0-9])[cm]id:$/.test(token);
}

/**
 * Where the domain in text[from, to) ends (-1: no domain): its longest leading run of labels that ends in a real TLD.
 * "acme.com." (a full stop) and "acme.com.Thanks" (a missing space after one) name acme.com; `2x.png` or `1.2.3`
 * name nothing. `bad`: where the first label that breaks the rules starts.
 */
function domainEnd(text: string, from: number, to: number, bad: number): number {
  while (to > from && text.charCodeAt(to - 1) === 46) to--;
  for (let end = to; ;) {
    // By hand: V8's lastIndexOf is far slower than its indexOf, and the dot is a few characters back.
    let dot = end - 1;
    while (dot >= from && text.charCodeAt(dot) !== 46) dot--;
    if (dot < from) return -1;
    if (dot < end - 1 && isTopLevelDomain(text, dot + 1, end)) {
      return end - from <= MAX_DOMAIN && bad > dot && isValidLabel(text, dot + 1, end) ? end : -1;
    }
    end = dot;
  }
}

/** Not empty, at most 63 characters, no hyphen at either end. */
const isValidLabel = (text: string, from: number, to: number) =>
  to > from && to - from <= MAX_LABEL && text.charCodeAt(from) !== 45 && text.charCodeAt(to - 1) !== 45;

// "[at]" / "(at)" with up to two spaces inside and around; "[dot]", "(dot)", " dot " or '.' between labels.
const AT_WORD = /[[(] {0,2}at {0,2}[\])] {0,2}/iy;
const DOT_WORD = / {0,2}(?:\.|[[(] {0,2}dot {0,2}[\])]) {0,2}| {1,2}dot {1,2}/iy;

function readSpelledOut(text: string, open: number, found: EmailMatch[]): void {
  // Most brackets in prose open something else: only "a", "A" or a space after one is worth the regex.
  if (open + 1 >= text.length) return;
  const next = text.charCodeAt(open + 1) | 32;
  if (next !== 97 && next !== 32) return;
  AT_WORD.lastIndex = open;
  if (!AT_WORD.test(text)) return;
  const after = AT_WORD.lastIndex;
  // The domain first: most "(at)" in prose are followed by one word and no "dot", or by no TLD, and end here.
  let domain = '';
  let tld = false;
  for (let pos = after; domain.length <= MAX_DOMAIN; pos = DOT_WORD.lastIndex) {
    let end = pos;
    while (end < text.length && end - pos <= MAX_LABEL) {
      const code = text.charCodeAt(end);
      if (code === 46 || !isDomainChar(code)) break;
      end++;
    }
    if (end === pos) break;
    if (domain) tld ||= isTopLevelDomain(text, pos, end);
    domain += (domain ? '.' : '') + text.slice(pos, end);
    DOT_WORD.lastIndex = end;
    if (!DOT_WORD.test(text)) break;
  }
  if (!tld) return;
  let stop = open;
  if (stop > 0 && text.charCodeAt(stop - 1) === 32) stop--;
  if (stop > 0 && text.charCodeAt(stop - 1) === 32) stop--;
  const floor = Math.max(stop - MAX_LOCAL - 1, 0);
  let start = stop;
  while (start > floor && isLocalChar(text.charCodeAt(start - 1))) start--;
  if (start === stop || !standsAlone(text, start)) return;
  // Read again as the plain address it stands for, so that both forms obey one set of rules.
  const local = text.slice(start, stop);
  readAround(`${local}@${domain}`, local.length, 'spelled-out', found);
}

/**
 * `address` normalised (domain lower-cased) if it is exactly one address as the scanner reads them (mailto links,
 * JSON-LD, Gmail's `email` attributes, Cloudflare's decoded text); otherwise undefined.
 */
export function normaliseEmail(address: string): string | undefined {
  const trimmed = address.trim();
  const found: EmailMatch[] = [];
  scan(trimmed, found, 'plain');
  const only = found.length === 1 ? found[0]!.address : undefined;
  return only && only.length === trimmed.length && only.toLowerCase() === trimmed.toLowerCase() ? only : undefined;
}
