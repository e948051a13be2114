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
  it('collects contact and list fields in first-seen order, without the containers and list id', () => {
    expect(
      fieldsOf([
        { idc: 1, Email: '', ContactScript: [{ ids: 4, Status: '' }] },
        { idc: 2, Email: '', Phone: '', ContactScript: [{ ids: 5, Status: '', cs_only: '' }] },
      ]),
    ).toEqual({
      contactFields: ['idc', 'Email', 'Phone'],
      contactScriptFields: ['Status', 'cs_only'],
      contactScriptKnown: true,
      sampleSize: 2,
    });
  });

  it('says when no sampled contact belongs to a list', () => {
    expect(fieldsOf([{ idc: 1, ContactScript: [] }])).toMatchObject({
      contactScriptFields: [],
      contactScriptKnown: false,
    });
  });
});
