// One scanner per page. The same script can arrive twice: statically on LinkedIn or Gmail and again on demand
// (scripting.executeScript), or twice on demand. WXT's context already invalidates the older copy of the same
// entrypoint when a newer one starts, so "the first one wins" cannot hold: the newest wins, and this slot (a
// global of the extension's isolated world, which the page cannot see) makes sure the older one has stopped.
const SLOT = '__centrixCaptureScanner';

type Scope = Record<string, unknown>;

/** Stops the instance registered before (if any: stopping twice is harmless) and registers `stop` in its place. */
export function claimInstance(scope: object, stop: () => void): void {
  const slots = scope as Scope;
  const previous = slots[SLOT];
  if (typeof previous === 'function' && previous !== stop) previous();
  slots[SLOT] = stop;
}
