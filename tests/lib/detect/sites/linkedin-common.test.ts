// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { definition, isInAside, nameFromTitle } from '../../../../lib/detect/sites/linkedin-common';

describe('nameFromTitle', () => {
  it.each([
    ['Jane Doe | LinkedIn', 'Jane Doe'],
    ['(3) Jane Doe | LinkedIn', 'Jane Doe'],
    ['(99+) Jane Doe | LinkedIn', 'Jane Doe'],
    ['LinkedIn', ''],
    ['(2) LinkedIn | LinkedIn', ''],
    ['Jane Doe - Google Search', ''],
  ])('%s → %j', (title, name) => {
    expect(nameFromTitle(title)).toBe(name);
  });
});

describe('isInAside and definition', () => {
  it('recognises asides by element and by heading, in English and French', () => {
    document.body.innerHTML = `<main>
      <section><h2>People also viewed</h2><p id="a">x</p></section>
      <section><h2><span aria-hidden="true">Autres profils consultés</span></h2><p id="b">x</p></section>
      <aside><p id="c">x</p></aside>
      <section><h2>Experience</h2><p id="d">x</p></section></main>`;
    const ids = ['a', 'b', 'c', 'd'].map((id) => isInAside(document.getElementById(id)!));
    expect(ids).toEqual([true, true, true, false]);
  });

  it('finds the dd of a labelled dt', () => {
    document.body.innerHTML = '<dl><dt>Industry</dt><dd>Robots</dd><dt>Website</dt><dt>x</dt><dd>acme.com</dd></dl>';
    expect(definition(document, /^website$/i)?.textContent).toBe('acme.com');
    expect(definition(document, /^size$/i)).toBeUndefined();
  });
});
