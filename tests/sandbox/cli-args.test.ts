import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args.ts';

describe('parseCliArgs', () => {
  it('has defaults: port 8787, loopback, account 1234, default key, English, seeded data', () => {
    expect(parseCliArgs([])).toEqual({
      kind: 'run',
      options: { port: 8787, host: '127.0.0.1', account: '1234', schema: 'en', empty: false, seed: 1 },
    });
  });

  it('takes every option', () => {
    const args = [
      '--port',
      '0',
      '--host',
      '::1',
      '--account',
      '42',
      '--key',
      'k-1',
      '--schema',
      'fr',
      '--empty',
      '--seed=-7',
    ];
    expect(parseCliArgs(args)).toEqual({
      kind: 'run',
      options: { port: 0, host: '::1', account: '42', key: 'k-1', schema: 'fr', empty: true, seed: -7 },
    });
  });

  it('--help asks for the usage', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--port', 'abc'], /--port must be an integer/],
    [['--port', '70000'], /--port must be an integer/],
    [['--port=-1'], /--port must be an integer/],
    [['--schema', 'de'], /--schema must be en or fr/],
    [['--seed', '1.5'], /--seed must be an integer/],
    [['--key', ''], /cannot be empty/],
    [['--account', ''], /cannot be empty/],
    [['--bogus'], /Unknown option/],
    [['stray'], /Unexpected argument/],
  ])('refuses %j', (args, message) => {
    const parsed = parseCliArgs(args);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' ? parsed.message : '').toMatch(message);
  });
});
