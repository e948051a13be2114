// The UI text for a `missing` entry lives in public/_locales as `detectMissing…`: "linkedin.currentCompany" →
// "detectMissingLinkedinCurrentCompany". Pure, so the popup can use it without importing detector code.

/** The _locales key that explains the `missing` entry `code`. */
export function missingMessageKey(code: string): string {
  return `detectMissing${code
    .split('.')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`;
}
