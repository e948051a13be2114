import { describe, expect, it } from 'vitest';
import { QUERY_ENCODE } from '../../../lib/centrix/assumptions';
import { encodeFilter, or, where } from '../../../lib/centrix';
import { chunkTerms, profileKey, type SearchTerm } from '../../../lib/background/contact-search';

const terms = (n: number): SearchTerm[] =>
  Array.from({ length: n }, (_, i) => ({ field: 'Email', op: '=', value: `person.${i}@example.com` }));
const encoded = (chunk: SearchTerm[]) =>
  QUERY_ENCODE(encodeFilter(or(...chunk.map((t) => where(t.field, t.op, t.value))))).length;

describe('chunkTerms', () => {
  it('keeps everything in one chunk while it fits', () => {
    expect(chunkTerms(terms(10), 1500)).toHaveLength(1);
  });

  it('splits only as much as needed, every term once, every chunk within the budget', () => {
    const all = terms(200);
    const chunks = chunkTerms(all, 1000);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual(all);
    for (const chunk of chunks) expect(encoded(chunk)).toBeLessThanOrEqual(1000);
    // Greedy: adding the next term to any chunk would have crossed the budget.
    for (let i = 0; i < chunks.length - 1; i++)
      expect(encoded([...chunks[i]!, chunks[i + 1]![0]!])).toBeGreaterThan(1000);
  });

  it('drops duplicates, case-insensitively', () => {
    const chunks = chunkTerms([...terms(3), { field: 'Email', op: '=', value: 'PERSON.1@example.com' }], 1500);
    expect(chunks.flat()).toHaveLength(3);
  });
});

describe('profileKey', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-lovelace/', 'linkedin.com/in/ada-lovelace'],
    ['http://linkedin.com/in/Ada-Lovelace?trk=abc#x', 'linkedin.com/in/ada-lovelace'],
    ['https://ca.linkedin.com/in/ada-lovelace/details/experience/', 'linkedin.com/in/ada-lovelace'],
    ['https://www.linkedin.com/in/%C3%A9lodie', 'linkedin.com/in/élodie'],
    ['https://example.com/team/ada/', 'example.com/team/ada'],
  ])('%s → %s', (url, key) => {
    expect(profileKey(url)).toBe(key);
  });
});
