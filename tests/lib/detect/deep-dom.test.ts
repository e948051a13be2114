// @vitest-environment happy-dom
// A page can nest elements deeper than the stack: every walk of the detectors is iterative (issue 15).
import { describe, expect, it } from 'vitest';
import { textLines, visibleText, walkTree } from '../../../lib/detect/dom';
import { microdataItem } from '../../../lib/detect/microdata';
import { asideTest } from '../../../lib/detect/sites/linkedin-common';

const DEPTH = 10_000;
const nested = (open: string, close: string, inner: string) => open.repeat(DEPTH) + inner + close.repeat(DEPTH);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('walks over 10,000 nested elements', () => {
  it('visibleText and textLines read the innermost text', () => {
    const doc = parse(`<div id="r">${nested('<span>', '</span>', 'Jane Doe')}<p>after</p></div>`);
    const root = doc.getElementById('r')!;
    expect(visibleText(root)).toBe('Jane Doe after');
    expect(textLines(root)).toEqual(['Jane Doe', 'after']);
  });

  it('a microdata item reads a property nested that deep, and stops at nested items too deep to matter', () => {
    const doc = parse(
      `<div itemscope itemtype="https://schema.org/Person">${nested('<div>', '</div>', '<span itemprop="name">Jane Doe</span>')}
       ${nested('<div itemscope itemprop="knows">', '</div>', '')}</div>`,
    );
    const item = microdataItem(doc.querySelector('[itemscope]')!, 'script');
    expect(item['name']).toEqual(['Jane Doe']);
    let depth = 0;
    for (let at = item; Array.isArray(at['knows']); at = (at['knows'] as Record<string, unknown>[])[0]!) depth++;
    expect(depth).toBe(6);
  });

  it('walkTree leaves each entered element once, in order, and stops when asked', () => {
    const doc = parse('<div id="r"><a><b>x</b></a><i></i>y</div>');
    const seen: string[] = [];
    walkTree(
      doc.getElementById('r')!,
      (t) => seen.push(t.data),
      (el) => (seen.push(`<${el.localName}>`), true),
      (el) => seen.push(`</${el.localName}>`),
    );
    expect(seen).toEqual(['<a>', '<b>', 'x', '</b>', '</a>', '<i>', '</i>', 'y']);
    let count = 0;
    walkTree(
      doc.getElementById('r')!,
      () => count++,
      () => (count++, true),
      undefined,
      () => count >= 2,
    );
    expect(count).toBe(2);
  });
});

describe('asideTest on nested sections', () => {
  it('answers as a section-by-section reading does, for every heading of 1,000 nested sections', () => {
    const doc = parse(
      `<main>${'<section><h2>Experience</h2><h1>Jane</h1>'.repeat(500)}${'<section><h2>People also viewed</h2><h1>Other</h1>'.repeat(500)}${'</section>'.repeat(1000)}</main>`,
    );
    const test = asideTest();
    const answers = [...doc.querySelectorAll('h1')].map((h) => test(h));
    expect(answers.slice(0, 500).every((a) => !a)).toBe(true);
    expect(answers.slice(500).every((a) => a)).toBe(true);
  });

  it('takes the first heading of a section in document order, nested ones included', () => {
    const doc = parse(`<section id="outer"><div><section id="inner"><h3>Suggestions</h3><p id="p">x</p></section></div>
      <h2>Experience</h2><p id="q">y</p></section>`);
    const test = asideTest();
    // querySelector('h2,h3') gives the outer section the inner one's heading: both read as suggestion lists.
    expect(test(doc.getElementById('q')!)).toBe(true);
    expect(test(doc.getElementById('p')!)).toBe(true);
  });
});
