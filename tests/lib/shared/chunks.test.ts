import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkBy } from '../../../lib/shared/chunks';

const joinedLength = (group: readonly string[]) => group.join(',').length;

describe('chunkBy', () => {
  it('fills each group up to the limit, in order', () => {
    expect(chunkBy(['aa', 'bb', 'cc', 'dd'], joinedLength, 5)).toEqual([
      ['aa', 'bb'],
      ['cc', 'dd'],
    ]);
  });

  it('gives an item longer than the limit a group of its own, and no empty group', () => {
    expect(chunkBy(['x'.repeat(10), 'a'], joinedLength, 5)).toEqual([['x'.repeat(10)], ['a']]);
    expect(chunkBy([], joinedLength, 5)).toEqual([]);
  });

  it('keeps every item once, and every group of two or more within the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 })), fc.integer({ min: 1, max: 60 }), (items, max) => {
        const chunks = chunkBy(items, joinedLength, max);
        expect(chunks.flat()).toEqual(items);
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0);
          if (chunk.length > 1) expect(joinedLength(chunk)).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});
