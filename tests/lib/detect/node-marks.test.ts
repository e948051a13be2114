// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createNodeMarks } from '../../../lib/detect/node-marks';

describe('createNodeMarks', () => {
  it('remembers the nodes one scan marked, and forgets one when asked', () => {
    const marks = createNodeMarks();
    const p = document.createElement('p');
    const text = document.createTextNode('x');
    expect(marks.has(p)).toBe(false);
    marks.add(p);
    marks.add(text);
    expect([marks.has(p), marks.has(text)]).toEqual([true, true]);
    marks.delete(text);
    expect([marks.has(p), marks.has(text)]).toEqual([true, false]);
  });

  it('keeps each scan apart: a new view starts with nothing marked', () => {
    const first = createNodeMarks();
    const p = document.createElement('p');
    first.add(p);
    const second = createNodeMarks();
    expect(second.has(p)).toBe(false);
    second.add(p);
    expect([first.has(p), second.has(p)]).toEqual([false, true]);
  });

  it('adds nothing a page can enumerate on the node', () => {
    const p = document.createElement('p');
    createNodeMarks().add(p);
    expect(Object.keys(p)).toEqual([]);
    expect(JSON.stringify(p)).toBe('{}');
  });
});
