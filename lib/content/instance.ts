// One scanner per page. The same script can arrive twice: statically on LinkedIn or Gmail and again on demand
// (scripting.executeScript), or twice on demand. The newest wins: this slot, a property of the extension's isolated
// world (which the page can neither see nor write), holds the running scanner's stop, and a newer one calls it. No
// DOM event takes part in it (script-context.ts): a page cannot stop the scanner, nor learn that it runs.
const SLOT = '__centrixCaptureScanner';

type Scope = Record<string, unknown>;

/** Stops the instance registered before (if any: stopping twice is harmless) and registers `stop` in its place. */
export function claimInstance(scope: object, stop: () => void): void {
  const slots = scope as Scope;
  const previous = slots[SLOT];
  if (typeof previous === 'function' && previous !== stop) previous();
  slots[SLOT] = stop;
}
