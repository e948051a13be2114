// Text that comes from outside the extension (a page, the CRM, a server) is shown as written, never as it would
// steer the text around it: its bidirectional controls (embeddings, overrides, isolates, marks) are removed, so a
// name ending in U+202E cannot turn its own "#1065" into "(5601#)" nor a page's "exe.pdf" into "fdp.exe". The
// components then isolate what is left (<bdi>, see components/shared/outside.tsx), so right-to-left letters stay
// right-to-left without reordering their neighbours.

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without bidirectional controls, line breaks as spaces: fit to be shown inline. */
export function inlineText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/[\r\n\u2028\u2029]+/g, ' ');
}
