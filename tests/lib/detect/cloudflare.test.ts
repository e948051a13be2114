import { describe, expect, it } from 'vitest';
import { decodeCloudflare } from '../../../lib/detect/cloudflare';
import { cloudflare } from './support/cloudflare';

describe('decodeCloudflare', () => {
  it('decodes with the first byte as the XOR key', () => {
    expect(decodeCloudflare(cloudflare('jane.doe@acme.com'))).toBe('jane.doe@acme.com');
    expect(decodeCloudflare(cloudflare('josé@acme.fr', 0x13))).toBe('josé@acme.fr');
  });

  it.each([['zz'], ['5a'], ['5a0'], ['not hex at all'], [cloudflare('x').slice(0, 3)]])('refuses %j', (hex) => {
    expect(decodeCloudflare(hex)).toBeUndefined();
  });
});
