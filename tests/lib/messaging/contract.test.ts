import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BACKGROUND_REQUESTS,
  CONTACT_ROLES,
  CONTENT_SCRIPT_TYPES,
  CsFindingsSchema,
  UiContactSaveSchema,
  type BackgroundRequestType,
} from '../../../lib/messaging/contract';
import type { ContactRole } from '../../../lib/centrix/types';

const findings = {
  people: [{ name: 'Ada Lovelace', email: 'ada@example.com', source: 'linkedin-profile', confidence: 0.9 }],
  emails: [{ address: 'ada@example.com', source: 'text', confidence: 0.8 }],
  companies: [{ name: 'Analytical Engines', domain: 'example.com', source: 'og', confidence: 0.5 }],
  missing: ['phone'],
};

describe('message contract', () => {
  it('lists the same roles as the API client', () => {
    expectTypeOf<(typeof CONTACT_ROLES)[number]>().toEqualTypeOf<ContactRole>();
  });

  it('names every request by direction and keys it by its own type', () => {
    for (const [type, { request }] of Object.entries(BACKGROUND_REQUESTS)) {
      expect(type).toMatch(/^(cs|ui)\//);
      expect(request.shape.type.value).toBe(type);
    }
    const csTypes: readonly BackgroundRequestType[] = CONTENT_SCRIPT_TYPES;
    expect(csTypes.every((t) => t.startsWith('cs/'))).toBe(true);
  });

  it('accepts findings with fields no schema names, and drops those fields', () => {
    const parsed = CsFindingsSchema.parse({
      type: 'cs/findings',
      url: 'https://www.linkedin.com/in/ada',
      findings: { ...findings, pageKind: 'profile' },
    });
    expect(parsed.findings.people[0]?.name).toBe('Ada Lovelace');
    expect(parsed.findings).not.toHaveProperty('pageKind');
  });

  it('drops a finding with a confidence out of range, keeping the rest', () => {
    const parsed = CsFindingsSchema.parse({
      type: 'cs/findings',
      url: 'https://example.com/',
      findings: {
        ...findings,
        emails: [
          { address: 'a@b.c', source: 's', confidence: 3 },
          { address: 'd@e.f', source: 's', confidence: 1 },
        ],
      },
    });
    expect(parsed.findings.emails.map((e) => e.address)).toEqual(['d@e.f']);
  });

  it.each([
    ['a non-http page URL', { url: 'javascript:alert(1)' }],
    ['a missing list', { findings: { people: [], emails: [], companies: [] } }],
  ])('refuses findings with %s', (_label, override) => {
    const result = CsFindingsSchema.safeParse({
      type: 'cs/findings',
      url: 'https://example.com/',
      findings,
      ...override,
    });
    expect(result.success).toBe(false);
  });

  it('refuses a contact save with an unknown role or a bad list id', () => {
    const base = { type: 'ui/contact-save', requestId: 'req-12345678', values: { email: 'a@b.c' }, listIds: ['12'] };
    expect(UiContactSaveSchema.safeParse(base).success).toBe(true);
    expect(UiContactSaveSchema.safeParse({ ...base, values: { password: 'x' } }).success).toBe(false);
    expect(UiContactSaveSchema.safeParse({ ...base, listIds: ['S12'] }).success).toBe(false);
  });
});
