import { describe, expect, it } from 'vitest';
import { splitName } from '../../../lib/shared/person-name';

describe('splitName', () => {
  it.each([
    ['Jane Doe', 'Jane', 'Doe'],
    ['Jean-Pierre de la Fontaine', 'Jean-Pierre', 'de la Fontaine'],
    ['Vincent van Gogh', 'Vincent', 'van Gogh'],
    ['  Cher  ', 'Cher', ''],
    ['', '', ''],
  ])('splits %j', (full, first, last) => {
    expect(splitName(full)).toEqual({ first, last });
  });
});
