import { describe, expect, it } from 'vitest';
import { createClock, httpDate, parseHttpDate } from './clock.ts';

describe('logical clock', () => {
  it('follows the wall clock in whole seconds while nothing was issued', () => {
    let now = 1_700_000_000_500;
    const clock = createClock(() => now);
    expect(clock.stamp()).toBe(1_700_000_000);
    now += 3_000;
    expect(clock.stamp()).toBe(1_700_000_003);
  });

  it('stamps a write strictly after the last issued Last-Modified, within the same second', () => {
    const now = 1_700_000_000_100;
    const clock = createClock(() => now);
    const first = clock.stamp();
    clock.issued(first);
    const second = clock.stamp();
    expect(second).toBe(first + 1);
    clock.issued(second);
    expect(clock.stamp()).toBe(first + 2);
  });

  it('two writes with no read between them may share a second', () => {
    const clock = createClock(() => 1_700_000_000_000);
    expect(clock.stamp()).toBe(clock.stamp());
  });

  it('never goes backwards when the wall clock does', () => {
    let now = 1_700_000_010_000;
    const clock = createClock(() => now);
    const first = clock.stamp();
    now -= 5_000;
    expect(clock.stamp()).toBe(first);
  });

  it.each([[0], [1_700_000_000], [2_000_000_000]])('httpDate(%i) parses back to the same second', (seconds) => {
    const text = httpDate(seconds);
    expect(text).toMatch(/ GMT$/);
    expect(parseHttpDate(text)).toBe(seconds);
  });

  it.each([[undefined], [''], ['yesterday']])('parseHttpDate(%j) is undefined', (value) => {
    expect(parseHttpDate(value)).toBeUndefined();
  });
});
