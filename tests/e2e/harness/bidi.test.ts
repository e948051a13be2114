import { describe, expect, it } from 'vitest';
import { fromRemoteValue, type RemoteValue } from './bidi';

describe('fromRemoteValue', () => {
  it.each<[RemoteValue, unknown]>([
    [{ type: 'undefined' }, undefined],
    [{ type: 'null' }, null],
    [{ type: 'string', value: 'a' }, 'a'],
    [{ type: 'boolean', value: false }, false],
    [{ type: 'number', value: 4.5 }, 4.5],
    [{ type: 'number', value: 'NaN' }, NaN],
    [{ type: 'number', value: '-0' }, -0],
    [{ type: 'number', value: 'Infinity' }, Infinity],
    [{ type: 'bigint', value: '12' }, 12n],
    [
      {
        type: 'array',
        value: [
          { type: 'number', value: 1 },
          { type: 'string', value: 'x' },
        ],
      },
      [1, 'x'],
    ],
    [{ type: 'array' }, []],
    [
      {
        type: 'object',
        value: [
          ['status', { type: 'number', value: 200 }],
          ['nested', { type: 'object', value: [['ok', { type: 'boolean', value: true }]] }],
        ],
      },
      { status: 200, nested: { ok: true } },
    ],
    [
      {
        type: 'map',
        value: [
          [
            { type: 'number', value: 1 },
            { type: 'string', value: 'one' },
          ],
        ],
      },
      { 1: 'one' },
    ],
    [{ type: 'node', handle: 'h' }, { bidiType: 'node' }],
  ])('turns %j into plain JS', (value, expected) => {
    expect(fromRemoteValue(value)).toEqual(expected);
  });
});
