// Does a save's echo fit what was sent? The contract echoes each saved contact with its idc, in request order, so an
// answer with another count ({"Contacts": [a million items]} to a one-contact save), without an idc, with another
// contact's idc, or with values that contradict the ones sent says nothing reliable about what was saved: the
// caller treats the save as in doubt (looked up by its key before it is called saved), never as done.
import type { ContactInput } from './types';

const blank = (value: unknown): boolean => value === undefined || value === null || value === '';

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** How a server may write back a value it kept: case, spacing and Unicode composition aside, the same text. */
const comparable = (value: string | number | boolean): string =>
  String(value).normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Why `echo` does not fit `sent` (for the failure's reason), or undefined when it does. Reads no more than it must. */
export function echoMismatch(sent: readonly ContactInput[], echo: unknown): string | undefined {
  if (!Array.isArray(echo)) return 'no echo of the saved contacts';
  if (echo.length !== sent.length) return `${echo.length} contacts echoed for ${sent.length} sent`;
  for (let i = 0; i < sent.length; i++) {
    const mine = sent[i]!;
    const theirs: unknown = echo[i];
    if (typeof theirs !== 'object' || theirs === null || Array.isArray(theirs)) return `echo ${i} is not a contact`;
    const back = theirs as Record<string, unknown>;
    if (blank(back.idc) || !isScalar(back.idc)) return `echo ${i} has no idc`;
    if (!blank(mine.idc) && String(back.idc) !== String(mine.idc)) return `echo ${i} is another contact`;
    for (const [field, value] of Object.entries(mine)) {
      if (field === 'idc' || !isScalar(value) || !(field in back)) continue;
      const kept = back[field];
      if (!isScalar(kept) || comparable(kept) !== comparable(value))
        return `echo ${i} differs in ${field.slice(0, 64)}`;
    }
  }
  return undefined;
}
