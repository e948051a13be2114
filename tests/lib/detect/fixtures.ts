// Loads the saved pages of tests/fixtures with their expected findings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Expected {
  url: string;
  site: string;
  kind: string;
  subject?: string;
  people: Record<string, unknown>[];
  /** Every address the page shows, lower-cased, sorted: nothing more, nothing less. */
  emails: string[];
  companies: Record<string, unknown>[];
  missing: string[];
}

// A path, not a URL: under happy-dom, `URL` is the emulated one.
const dir = join(import.meta.dirname, '../../fixtures');

export const FIXTURES = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -5));

export function loadFixture(name: string): { html: string; expected: Expected } {
  return {
    html: readFileSync(join(dir, `${name}.html`), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected,
  };
}

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
