import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addEmail, byStrength, createScanState, MAX_ADDRESSES } from '../../../lib/detect/scan-state';

describe('addEmail', () => {
  it('keeps the strongest evidence of each address, case-insensitively', () => {
    const state = createScanState('https://example.com/');
    addEmail(state, 'Jane@acme.com', 'text', 0.9);
    addEmail(state, 'jane@acme.com', 'spelled-out', 0.6);
    addEmail(state, 'JANE@acme.com', 'mailto', 0.95);
    expect([...state.emails.values()]).toEqual([{ address: 'JANE@acme.com', source: 'mailto', confidence: 0.95 }]);
    expect(state.ranked).toEqual([...state.emails.values()]);
  });

  it('keeps the ranked list in order whatever comes in, upgrades included', () => {
    const local = fc.constantFrom('a', 'b', 'C', 'jane', 'Jane', 'x.y', 'zed');
    const domain = fc.constantFrom('acme.com', 'b.io', 'x.fr');
    const confidence = fc.constantFrom(0.6, 0.7, 0.8, 0.9, 0.95);
    fc.assert(
      fc.property(fc.array(fc.tuple(local, domain, confidence), { maxLength: 60 }), (adds) => {
        const state = createScanState('https://example.com/');
        for (const [l, d, c] of adds) {
          addEmail(state, `${l}@${d}`, 'text', c);
          expect(state.ranked).toEqual([...state.emails.values()].sort(byStrength));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps at most MAX_ADDRESSES addresses, still strengthening those it has', () => {
    const state = createScanState('https://example.com/');
    for (let i = 0; i < MAX_ADDRESSES + 100; i++) addEmail(state, `user${i}@acme.com`, 'text', 0.9);
    expect(state.emails.size).toBe(MAX_ADDRESSES);
    expect(state.ranked).toHaveLength(MAX_ADDRESSES);
    expect(state.emails.has(`user${MAX_ADDRESSES}@acme.com`)).toBe(false);
    addEmail(state, 'user7@acme.com', 'mailto', 0.95);
    expect(state.ranked[0]).toEqual({ address: 'user7@acme.com', source: 'mailto', confidence: 0.95 });
  });
});
