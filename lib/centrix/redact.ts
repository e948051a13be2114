// The API key and account number travel in every URL, so any text that may reach a log, an error or the UI goes
// through `redact` first: error messages, server texts, thrown errors, log lines.

export interface Secrets {
  apiKey?: string;
  account?: string;
}

const MARKERS = ['***', '###', '~~~', '…'];
const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]*/gi;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** `%` + two hex digits matching either case, optionally double-encoded (`%25` + hex). */
function percentByte(byte: number): string {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  const digit = (d: string) => (/[A-F]/.test(d) ? `[${d}${d.toLowerCase()}]` : d);
  return `%(?:25)?${digit(hex[0]!)}${digit(hex[1]!)}`;
}

/** A pattern matching `secret` written raw, percent-encoded (any mix, any hex case), form-encoded or JSON-escaped. */
function secretPattern(secret: string): string {
  const encoder = new TextEncoder();
  let pattern = '';
  for (const char of secret) {
    const forms = [escapeRegExp(char), [...encoder.encode(char)].map(percentByte).join('')];
    if (char === ' ') forms.push('\\+');
    if (char === '"' || char === '\\' || char === '/') forms.push(`\\\\${escapeRegExp(char)}`);
    pattern += `(?:${forms.join('|')})`;
  }
  return pattern;
}

/** A marker sharing no character with the secrets, so a replacement can never spell a secret again. */
function pickMarker(secrets: string[]): string {
  return MARKERS.find((m) => secrets.every((s) => ![...m].some((c) => s.includes(c)))) ?? '';
}

/** Below this many letters and digits a key's skeleton would match ordinary text: only its exact forms are removed. */
const MIN_SKELETON = 4;

/** A numeric character reference (`&#83;`, `&#x53;`) as the character it stands for; left as is when it is none. */
function decodeReference(whole: string, hex: string | undefined, dec: string | undefined): string {
  const code = hex === undefined ? Number(dec) : parseInt(hex, 16);
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/**
 * What a reader still sees of a text once tags, character references, invisible characters (zero-width, bidi
 * controls, soft hyphens, combining marks), spacing, punctuation and letter case are taken away: its letters and
 * digits, compatibility-folded (fullwidth `Ｓ` is `s`), in lower case.
 */
function skeleton(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&#(?:x([0-9a-f]{1,6})|(\d{1,7}));?/gi, decodeReference)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Returns `text` without any URL, any form of the API key (in any letter case), and the account number where it
 * stands alone (an account of digits inside a longer number is left, so `HTTP 412` survives an account `41`). A text
 * that still spells the key once tags, invisible characters, spacing and case are set aside (`S\u200bup3r`,
 * `S<b></b>up3r`, `S u p 3 r`) cannot be cleaned reliably: it is withheld whole (the empty string). Never throws.
 */
export function redact(text: string, secrets: Secrets): string {
  const key = secrets.apiKey ?? '';
  const account = secrets.account ?? '';
  const marker = pickMarker([key, account].filter((s) => s.length > 0));
  let out = String(text).replace(URL_PATTERN, '<url>');
  if (account.length > 0) {
    out = out.replace(new RegExp(`(?<![A-Za-z0-9])${secretPattern(account)}(?![A-Za-z0-9])`, 'g'), marker);
  }
  // Case-insensitive: a server that upper-cases the URL in its error page still must not show the key.
  if (key.length > 0) out = out.replace(new RegExp(secretPattern(key), 'gi'), marker);
  const hidden = skeleton(key);
  if (hidden.length >= MIN_SKELETON && skeleton(out).includes(hidden)) return '';
  return out;
}

/** A redactor bound to one client's secrets. */
export function createRedactor(secrets: Secrets): (text: string) => string {
  return (text) => redact(text, secrets);
}

/** Text of an unknown thrown value (message and stack), redacted. */
export function redactError(error: unknown, secrets: Secrets): string {
  if (error instanceof Error) return redact(`${error.name}: ${error.message}`, secrets);
  return redact(String(error), secrets);
}
