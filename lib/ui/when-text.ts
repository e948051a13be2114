// When a wait ends, in the user's words: the time of day when it is within the day, with the date when it is further
// (or on another day). Any number at all may come here (read from storage, computed from a server's answer): what
// no date can hold gives undefined, never a RangeError.

const DAY_MS = 24 * 3600_000;
/** The largest time a Date holds (ECMAScript §21.4.1.1). */
const MAX_TIME = 8.64e15;

export function whenText(locale: string, at: number, now: number): string | undefined {
  if (!Number.isFinite(at) || Math.abs(at) > MAX_TIME) return undefined;
  const sameDay = Math.abs(at - now) < DAY_MS && new Date(at).toDateString() === new Date(now).toDateString();
  try {
    const format = sameDay
      ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
      : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return format.format(at);
  } catch {
    return undefined;
  }
}
