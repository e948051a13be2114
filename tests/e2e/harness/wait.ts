// Polling instead of fixed sleeps: the machine is small and shared, so every wait is generous and ends as soon as
// the condition holds.
//
// Exports:
//   waitFor(probe, { timeoutMs?, intervalMs?, what? }) → Promise<T>
//     calls `probe` until it returns a value other than undefined/null/false, and returns that value; a probe that
//     throws counts as "not yet". On timeout it rejects with `Timed out after N ms waiting for <what>` plus the last
//     error seen.
//   delay(ms) → Promise<void>   an unref'd timer, for pacing a poll (never as an assertion)
export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  what?: string;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = 30_000, intervalMs = 100, what = 'condition' }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await delay(intervalMs);
  }
}
