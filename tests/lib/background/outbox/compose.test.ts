import { describe, expect, it } from 'vitest';
import { composeRecord, externalIdFor } from '../../../../lib/background/outbox/compose';

const mapping = {
  email: 'Courriel',
  firstName: 'Prenom',
  lastName: 'Nom',
  linkedinUrl: 'Contact_Custom_ProfilLinkedIn',
};
const request = (extra: Record<string, unknown> = {}) => ({
  type: 'ui/contact-save' as const,
  requestId: 'req-0001-abcd',
  values: { email: ' Ada@Example.COM ', firstName: 'Ada', lastName: '', jobTitle: undefined },
  listIds: ['12', '12', '7'],
  ...extra,
});

describe('composeRecord', () => {
  it('maps roles to the stored field names, lower-cases the email, drops blanks and repeated lists', () => {
    const result = composeRecord(request(), { mapping, assignExternalIds: false, now: 5 });
    expect(result).toEqual({
      ok: true,
      record: {
        id: 'req-0001-abcd',
        action: 'create',
        contact: { Courriel: 'ada@example.com', Prenom: 'Ada', ContactScript: [{ ids: '12' }, { ids: '7' }] },
        keys: { email: { field: 'Courriel', value: 'ada@example.com' } },
        label: 'Ada',
        state: 'pending',
        attempts: 0,
        createdAt: 5,
        updatedAt: 5,
        inDoubt: false,
      },
    });
  });

  it('refuses roles without a mapped field', () => {
    const result = composeRecord(request({ values: { email: 'a@b.co', company: 'Acme' } }), {
      mapping,
      assignExternalIds: false,
      now: 0,
    });
    expect(result).toEqual({ ok: false, unmappedRoles: ['company'] });
  });

  it('gives a create an ExternalID when the user chose so, never an update', () => {
    const create = composeRecord(request(), { mapping, assignExternalIds: true, now: 0 });
    expect(create.ok && create.record.contact.ExternalID).toBe(externalIdFor('req-0001-abcd'));
    expect(externalIdFor('req-0001-abcd')).toMatch(/^[A-Za-z0-9]+$/);
    const update = composeRecord(request({ contactId: '1234' }), { mapping, assignExternalIds: true, now: 0 });
    expect(update.ok && update.record).toMatchObject({ action: 'update', contact: { idc: '1234' } });
    expect(update.ok && update.record.contact.ExternalID).toBeUndefined();
  });

  it('keeps extra fields by name but never lets them set protocol fields', () => {
    const result = composeRecord(
      request({ fields: { Contact_Custom_Source: 'LinkedIn', idc: '99', ExternalID: 'x', ContactScript: 'y' } }),
      { mapping, assignExternalIds: false, now: 0 },
    );
    expect(result.ok && result.record.contact).toEqual({
      Courriel: 'ada@example.com',
      Prenom: 'Ada',
      Contact_Custom_Source: 'LinkedIn',
      ContactScript: [{ ids: '12' }, { ids: '7' }],
    });
    expect(result.ok && result.record.action).toBe('create');
  });
});

describe('composeRecord: one human, one contact', () => {
  const options = { mapping, assignExternalIds: false, now: 0 };
  it('a create nobody said was new is looked up by key before it is sent (in doubt from the start)', () => {
    const checked = composeRecord(request({ verify: true }), options);
    expect(checked.ok && checked.record.inDoubt).toBe(true);
    const plain = composeRecord(request(), options);
    expect(plain.ok && plain.record.inDoubt).toBe(false);
  });

  it('a create joins the account the lookup found by its id; an update never carries one', () => {
    const create = composeRecord(request({ accountId: '501' }), options);
    expect(create.ok && create.record.contact.ida).toBe('501');
    const update = composeRecord(request({ accountId: '501', contactId: '9' }), options);
    expect(update.ok && update.record.contact.ida).toBeUndefined();
  });
});
