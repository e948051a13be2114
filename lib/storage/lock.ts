// Read-modify-write of a stored value must not interleave: two handlers reading the outbox, each adding an item,
// then both writing, would lose one. A promise chain serialises callers inside this worker; `navigator.locks`
// (Chrome service worker, Firefox event page, extension pages) also serialises them across the extension's
// contexts and across a worker that is being replaced while the old one still finishes its work.

type Task<T> = () => Promise<T>;

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

function defaultLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
}

const chains = new Map<string, Promise<unknown>>();

/**
 * Runs `task` once every earlier task of the same `name` has settled (in this context and, where the browser has
 * Web Locks, in every context of the extension). A failing task does not block the ones after it.
 */
export function withLock<T>(
  name: string,
  task: Task<T>,
  locks: LockManagerLike | undefined = defaultLocks(),
): Promise<T> {
  const previous = chains.get(name) ?? Promise.resolve();
  const run = () => (locks ? locks.request(`centrix:${name}`, task) : task());
  const result = previous.then(run, run);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  chains.set(name, settled);
  void settled.then(() => {
    if (chains.get(name) === settled) chains.delete(name);
  });
  return result;
}
