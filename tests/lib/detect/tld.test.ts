import tlds from 'tlds';
import { describe, expect, it } from 'vitest';
import { isTopLevelDomain } from '../../../lib/detect/tld';
import {
  decodeFingerprints,
  decodeNames,
  encodeFingerprints,
  encodeNames,
  SHORT_TLD_MAX,
  tldFingerprint,
} from '../../../lib/detect/tld-codec';
import { TLD_LONG, TLD_SEED, TLD_SHORT } from '../../../lib/detect/tld-data';
import { PSEUDO_TLDS } from '../../../lib/detect/tld-pseudo';

const ascii = tlds.filter((t) => /^[a-z]+$/.test(t));

describe('TLD data', () => {
  it('is what scripts/generate-tld-data.ts makes of the installed `tlds` package', () => {
    expect(TLD_SHORT).toBe(encodeNames(ascii.filter((t) => t.length <= SHORT_TLD_MAX)));
    const long = ascii.filter((t) => t.length > SHORT_TLD_MAX).map((t) => tldFingerprint(t, TLD_SEED));
    expect(TLD_LONG).toBe(encodeFingerprints(long));
  });

  it('accepts every TLD of the IANA list, in any case', () => {
    const refused = tlds.filter((t) => !isTopLevelDomain(t) || !isTopLevelDomain(t.toUpperCase()));
    expect(refused).toEqual([]);
  });

  it.each(PSEUDO_TLDS)('refuses the pseudo-TLD %s', (label) => {
    expect(isTopLevelDomain(label)).toBe(false);
  });

  it.each(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'css', 'js', 'json', 'html', 'pdf', 'woff', 'a', 'c0m'])(
    'refuses the file extension or non-name %s',
    (label) => {
      expect(isTopLevelDomain(label)).toBe(false);
    },
  );

  it('accepts internationalised TLDs by form and refuses digits or symbols in them', () => {
    expect(isTopLevelDomain('中国')).toBe(true);
    expect(isTopLevelDomain('рф')).toBe(true);
    expect(isTopLevelDomain('xn--p1ai')).toBe(true);
    expect(isTopLevelDomain('中1')).toBe(false);
    expect(isTopLevelDomain('★★')).toBe(false);
  });
});

describe('TLD codec', () => {
  it('round-trips names, including prefixes longer than nine letters and names that prefix others', () => {
    const names = ['app', 'apple', 'b', 'international', 'internationale', 'internet', 'x', 'xyz'];
    expect([...decodeNames(encodeNames(names))].sort()).toEqual(names);
  });

  it('round-trips fingerprints', () => {
    // One-digit and two-digit gaps, at their edges: 69, 70 and the largest, 1344.
    const values = [0, 5, 74, 144, 1488, 1489];
    expect([...decodeFingerprints(encodeFingerprints(values))]).toEqual(values);
  });

  it('refuses a gap it cannot write', () => {
    expect(() => encodeFingerprints([0, 1345])).toThrow(/gap/);
  });
});
