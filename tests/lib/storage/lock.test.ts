import { describe, expect, it } from 'vitest';
import { withLock } from '../../../lib/storage/lock';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('withLock', () => {
  it('runs tasks of one name one after the other, in call order', async () => {
    const log: string[] = [];
    const task = (id: string) => async () => {
      log.push(`start ${id}`);
      await tick();
      log.push(`end ${id}`);
      return id;
    };
    const results = await Promise.all([withLock('t', task('a')), withLock('t', task('b')), withLock('t', task('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('lets a failing task release the lock', async () => {
    await expect(withLock('f', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await withLock('f', async () => 'next')).toBe('next');
  });

  it('also goes through Web Locks when the browser has them', async () => {
    const names: string[] = [];
    const locks = { request: <T>(name: string, cb: () => Promise<T>) => (names.push(name), cb()) };
    expect(await withLock('w', async () => 1, locks)).toBe(1);
    expect(names).toEqual(['centrix:w']);
  });
});
