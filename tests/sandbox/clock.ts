// The logical clock behind `Last-Modified`. HTTP dates have 1-second resolution, so a write in the same second as
// a `Last-Modified` already handed out would otherwise be invisible to a conditional read (the result's time would
// not move). Every write is therefore stamped strictly after the latest `Last-Modified` issued so far, even if that
// puts the stamp ahead of the wall clock (by one second per write that follows a read, when they alternate faster
// than once a second). Stamps never go backwards.

export interface Clock {
  /** A modification stamp (whole seconds since the epoch) for a write happening now. */
  stamp(): number;
  /** Records that a response carried this time as `Last-Modified`. */
  issued(seconds: number): void;
}

export function createClock(now: () => number = Date.now): Clock {
  let lastStamp = 0;
  let lastIssued = 0;
  return {
    stamp() {
      lastStamp = Math.max(Math.floor(now() / 1000), lastStamp, lastIssued + 1);
      return lastStamp;
    },
    issued(seconds) {
      lastIssued = Math.max(lastIssued, seconds);
    },
  };
}

export const httpDate = (seconds: number): string => new Date(seconds * 1000).toUTCString();

/** Whole seconds of an HTTP-date, or undefined when the header is not one. */
export function parseHttpDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
