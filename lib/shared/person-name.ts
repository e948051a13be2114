// One rule, for every context that turns a detected full name into Centrix's first and last name fields.

/**
 * "Jean-Pierre de la Fontaine" → first "Jean-Pierre", last "de la Fontaine": the first word is the given name, so
 * particles (de, van, da…) stay with the family name, where French and Dutch names keep them.
 */
export function splitName(full: string): { first: string; last: string } {
  const words = full.trim().split(/\s+/).filter(Boolean);
  return { first: words[0] ?? '', last: words.slice(1).join(' ') };
}
