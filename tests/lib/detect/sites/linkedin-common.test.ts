// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  canonicalProfileUrl,
  definition,
  isInAside,
  nameFromTitle,
} from '../../../../lib/detect/sites/linkedin-common';

describe('canonicalProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe-1a2b3c/', 'https://www.linkedin.com/in/jane-doe-1a2b3c'],
    ['https://fr.linkedin.com/in/Jane-Doe?trk=abc#x', 'https://www.linkedin.com/in/jane-doe'],
    ['https://linkedin.com/in/jane/overlay/contact-info/', 'https://www.linkedin.com/in/jane'],
    ['https://ca.linkedin.com/in/s%c3%a9bastien-roy', 'https://www.linkedin.com/in/s%C3%A9bastien-roy'],
    ['https://www.linkedin.com/in/bad%zzslug', 'https://www.linkedin.com/in/bad%zzslug'],
    ['https://www.linkedin.com/company/acme', undefined],
    ['https://evil.com/in/jane', undefined],
    ['nonsense', undefined],
  ])('%s → %s', (url, canonical) => {
    expect(canonicalProfileUrl(url)).toBe(canonical);
  });
});

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
