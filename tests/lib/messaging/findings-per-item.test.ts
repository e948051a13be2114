// One invalid finding on a page is dropped; the rest of the page's findings are kept. Validation stays strict per
// item (nothing is cut: a shortened name would be a wrong value in the CRM).
import { describe, expect, it } from 'vitest';
import { CsFindingsSchema, PageFindingsSchema } from '../../../lib/messaging/contract';
import { DOMAIN_MAX, PEOPLE_MAX, TEXT_MAX } from '../../../lib/shared/finding-limits';

const jane = { name: 'Jane Doe', email: 'jane@acme.test', source: 'json-ld', confidence: 0.9 };
const page = (findings: Record<string, unknown>) => ({
  people: [],
  emails: [],
  companies: [],
  missing: [],
  ...findings,
});

describe('findings validated item by item', () => {
  it('drops a person whose name exceeds its bound, keeps the others and every other finding', () => {
    const hostile = { name: `${'Given '.repeat(40)}${'Family'.repeat(20)}`, source: 'json-ld', confidence: 0.9 };
    expect(hostile.name.length).toBeGreaterThan(TEXT_MAX);
    const parsed = CsFindingsSchema.parse({
      type: 'cs/findings',
      url: 'https://www.acme.test/team',
      findings: page({
        people: [hostile, jane],
        emails: [{ address: 'sales@acme.test', source: 'text', confidence: 0.8 }],
        companies: [{ name: 'Acme', domain: 'acme.test', source: 'json-ld', confidence: 0.9 }],
      }),
    });
    expect(parsed.findings.people).toEqual([jane]);
    expect(parsed.findings.emails.map((e) => e.address)).toEqual(['sales@acme.test']);
    expect(parsed.findings.companies.map((c) => c.name)).toEqual(['Acme']);
  });

  it('drops a company whose host exceeds 253 characters, and an invalid address, keeping the rest', () => {
    const longHost = `${'a'.repeat(60)}.`.repeat(5) + 'test';
    expect(longHost.length).toBeGreaterThan(DOMAIN_MAX);
    const parsed = PageFindingsSchema.parse(
      page({
        people: [jane],
        emails: [
          { address: 'not an address', source: 'text', confidence: 0.5 },
          { address: 'info@acme.test', source: 'text', confidence: 0.5 },
        ],
        companies: [
          { name: 'Evil', domain: longHost, source: 'json-ld', confidence: 0.9 },
          { name: 'Acme', domain: 'acme.test', source: 'json-ld', confidence: 0.9 },
        ],
      }),
    );
    expect(parsed.people).toEqual([jane]);
    expect(parsed.emails.map((e) => e.address)).toEqual(['info@acme.test']);
    expect(parsed.companies.map((c) => c.name)).toEqual(['Acme']);
  });

  it('never cuts a value: an item is kept whole or not at all', () => {
    const parsed = PageFindingsSchema.parse(
      page({
        people: [
          { ...jane, company: 'x'.repeat(TEXT_MAX + 1) },
          { ...jane, company: 'x'.repeat(TEXT_MAX) },
        ],
      }),
    );
    expect(parsed.people).toHaveLength(1);
    expect(parsed.people[0]!.company).toHaveLength(TEXT_MAX);
  });

  it('drops fields no schema names, and keeps at most the bound of items', () => {
    const many = Array.from({ length: PEOPLE_MAX + 20 }, (_, i) => ({ ...jane, name: `P${i}`, secret: 'x' }));
    const parsed = PageFindingsSchema.parse(page({ people: many, extra: 'x' }));
    expect(parsed.people).toHaveLength(PEOPLE_MAX);
    expect(parsed.people[0]).not.toHaveProperty('secret');
    expect(parsed).not.toHaveProperty('extra');
  });

  it('still refuses a message whose shape is wrong as a whole', () => {
    expect(PageFindingsSchema.safeParse({ people: 'nope', emails: [], companies: [], missing: [] }).success).toBe(
      false,
    );
    expect(PageFindingsSchema.safeParse(null).success).toBe(false);
  });
});
