// "An email inside a selection": the popup offers it as a finding, the context menu queues it. One rule for both.

const SELECTION_EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/;

/** A selection is read up to this many characters: the address the user meant is near its start. */
export const MAX_SELECTION_CHARS = 1000;

/** The first address in the user's selection, lower-cased as the background looks it up. */
export function selectionEmail(selection: string | undefined): string | undefined {
  return selection ? SELECTION_EMAIL.exec(selection.slice(0, MAX_SELECTION_CHARS))?.[0].toLowerCase() : undefined;
}
