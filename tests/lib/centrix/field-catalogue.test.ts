import { describe, expect, it } from 'vitest';
import { fieldsOf, sampleIds } from '../../../lib/centrix/field-catalogue';

describe('sampleIds', () => {
  it('takes the highest numeric ids first, without duplicates', () => {
    expect(sampleIds([3, '10', 2, 10, 7, 1, 9], 3)).toEqual(['10', '9', '7']);
  });

  it('keeps server order for non-numeric ids, and skips empty ones', () => {
    expect(sampleIds(['b', '', 'a'], 5)).toEqual(['b', 'a']);
  });
});

describe('fieldsOf', () => {
  it('collects contact and list fields in first-seen order, without ids, ExternalID, containers and list id', () => {
    expect(
      fieldsOf([
        { idc: 1, ida: 7, ExternalID: 'cc1', Email: '', ContactScript: [{ ids: 4, Status: '' }] },
        { idc: 2, Email: '', Phone: '', ContactScript: [{ ids: 5, Status: '', cs_only: '' }] },
      ]),
    ).toEqual({
      contactFields: ['Email', 'Phone'],
      samples: {},
      contactScriptFields: ['Status', 'cs_only'],
      contactScriptKnown: true,
      sampleSize: 2,
    });
  });

  it('keeps the first non-blank value of each field as its sample, shortened and on one line', () => {
    const long = 'x'.repeat(100);
    const { samples } = fieldsOf([
      { idc: 1, Email: '  ', Title: 'Head of\n  Sales', Note: long, Flag: true, Count: 0 },
      { idc: 2, Email: 'ada@example.com', Title: 'CEO', Note: 'short' },
    ]);
    expect(samples).toEqual({
      Email: 'ada@example.com',
      Title: 'Head of Sales',
      Note: `${'x'.repeat(59)}…`,
      Count: '0',
    });
  });

  it('says when no sampled contact belongs to a list', () => {
    expect(fieldsOf([{ idc: 1, ContactScript: [] }])).toMatchObject({
      contactScriptFields: [],
      contactScriptKnown: false,
    });
  });
});
