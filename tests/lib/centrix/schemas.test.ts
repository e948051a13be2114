import { describe, expect, it } from 'vitest';
import { CENTRIX_RESOURCES } from '../../../lib/centrix/types';
import {
  contactSchema,
  itemsOf,
  joinChoices,
  readResponseSchema,
  saveEchoSchema,
  saveResponseSchema,
  splitChoices,
} from '../../../lib/centrix/schemas';
import { CentrixRequestError } from '../../../lib/centrix/request-error';
import { z } from '../../../lib/centrix/zod';

describe('zod configuration', () => {
  it('runs jitless (no new Function under the extension CSP)', () => {
    expect(z.config().jitless).toBe(true);
  });
});

describe('read response schemas', () => {
  it.each(CENTRIX_RESOURCES)('accepts a %s answer with its array and unknown fields', (resource) => {
    const body = { Result: 'Success', [resource]: [{ id: 1, Custom_Anything: 'x', nested: { a: 1 } }], Extra: true };
    const parsed = readResponseSchema(resource).parse(body);
    expect(itemsOf(resource, parsed)).toEqual(body[resource]);
    expect((parsed as Record<string, unknown>)['Extra']).toBe(true);
  });

  it.each(CENTRIX_RESOURCES)('refuses a %s answer without its array or with another Result', (resource) => {
    const schema = readResponseSchema(resource);
    expect(schema.safeParse({ Result: 'Success' }).success).toBe(false);
    expect(schema.safeParse({ Result: 'Error', [resource]: [] }).success).toBe(false);
    expect(schema.safeParse({ Result: 'Success', [resource]: {} }).success).toBe(false);
    expect(schema.safeParse({ Result: 'Success', [resource]: [] }).success).toBe(true);
  });

  it('keeps every contact field and list-membership field, typed where the client relies on them', () => {
    const contact = {
      idc: 42,
      ExternalID: '',
      Prenom: 'Zoé',
      Contact_Custom_Interets: 'Ski::Voile',
      ContactScript: [{ ids: 7, representant1: '3', Contact_Custom_Script_Interet: 'A' }],
    };
    expect(contactSchema.parse(contact)).toEqual(contact);
    expect(contactSchema.safeParse({ ...contact, ContactScript: [{ representant1: '3' }] }).success).toBe(false);
    expect(contactSchema.safeParse({ ...contact, idc: { x: 1 } }).success).toBe(false);
  });

  it('reads a null ContactScript as no lists', () => {
    expect(contactSchema.parse({ idc: 1, ContactScript: null }).ContactScript).toBeUndefined();
  });

  it('checks only Result on a save, and the echo separately', () => {
    expect(saveResponseSchema.safeParse({ Result: 'Success' }).success).toBe(true);
    expect(saveResponseSchema.safeParse({ Result: 'Failure' }).success).toBe(false);
    expect(saveEchoSchema.safeParse([{ idc: 5, FirstName: 'A' }]).success).toBe(true);
    expect(saveEchoSchema.safeParse('nope').success).toBe(false);
  });
});

describe('multiple-choice values', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['Ski', ['Ski']],
    ['Ski::Voile', ['Ski', 'Voile']],
    ['a:b::c', ['a:b', 'c']],
  ])('splits %j', (value, choices) => {
    expect(splitChoices(value)).toEqual(choices);
    expect(joinChoices(choices)).toBe(value);
  });

  it('reads null and undefined as no choice', () => {
    expect(splitChoices(null)).toEqual([]);
    expect(splitChoices(undefined)).toEqual([]);
  });

  it.each([['a::b'], [''], ['a:'], [':a']])('refuses the choice %j', (choice) => {
    expect(() => joinChoices(['ok', choice])).toThrow(CentrixRequestError);
  });
});
