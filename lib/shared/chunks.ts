// Splitting search terms into as few requests as a URL's length allows. Pure: the caller says how long a group
// would be once encoded.

/**
 * Groups `items` in order so that `measure(group)` stays within `max` for every group of two or more; an item too
 * long on its own gets a group of its own (never an empty group, never an item dropped).
 */
export function chunkBy<T>(items: readonly T[], measure: (group: readonly T[]) => number, max: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    const candidate = [...current, item];
    if (current.length > 0 && measure(candidate) > max) {
      chunks.push(current);
      current = [item];
    } else {
      current = candidate;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
