// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { JSON_LD, readJsonLd } from '../../../../lib/detect/json-ld';
import { detectLinkedInPerson, firstPosition, nameFromSlug } from '../../../../lib/detect/sites/linkedin-person';

function detect(html: string, url = 'https://www.linkedin.com/in/jane-doe-1a2b3c4d/') {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return detectLinkedInPerson({ doc, url, jsonLd: readJsonLd(doc, doc.querySelectorAll(JSON_LD)) });
}

describe('detectLinkedInPerson', () => {
  it('falls back to the slug with low confidence and says the name was not read', () => {
    const result = detect('<title>LinkedIn</title><main><p>Loading…</p></main>');
    expect(result.people).toEqual([
      {
        name: 'Jane Doe',
        profileUrl: 'https://www.linkedin.com/in/jane-doe-1a2b3c4d',
        source: 'linkedin.slug',
        confidence: 0.3,
      },
    ]);
    expect(result.missing).toEqual([
      'linkedin.name',
      'linkedin.headline',
      'linkedin.location',
      'linkedin.currentCompany',
      'linkedin.title',
    ]);
  });

  it('takes the title when the top card has not rendered yet', () => {
    const result = detect('<title>(5) Jane Doe | LinkedIn</title><main></main>');
    expect(result.people[0]).toMatchObject({ name: 'Jane Doe', source: 'linkedin.title', confidence: 0.75 });
  });

  it('prefers the heading but lowers confidence when the title names someone else (SPA lag)', () => {
    const result = detect('<title>John Roe | LinkedIn</title><main><section><h1>Jane Doe</h1></section></main>');
    expect(result.people[0]).toMatchObject({ name: 'Jane Doe', source: 'linkedin.topCard', confidence: 0.85 });
  });

  it('reads the JSON-LD person of a public profile', () => {
    const ld = JSON.stringify({
      '@type': 'Person',
      name: 'Jane Doe',
      jobTitle: 'VP Sales',
      worksFor: { '@type': 'Organization', name: 'Acme' },
      url: 'https://ca.linkedin.com/in/jane-doe-1a2b3c4d',
    });
    const result = detect(`<title>LinkedIn</title><script type="application/ld+json">${ld}</script><main></main>`);
    expect(result.people[0]).toMatchObject({
      name: 'Jane Doe',
      company: 'Acme',
      title: 'VP Sales',
      source: 'linkedin.jsonLd',
    });
    expect(result.missing).not.toContain('linkedin.currentCompany');
  });

  it('derives title and company from the headline when there is no experience list', () => {
    const result = detect(
      '<title>Jane Doe | LinkedIn</title><main><section><h1>Jane Doe</h1><div class="text-body-medium">Head of Growth @ Globex, ex-Initech</div></section></main>',
    );
    expect(result.people[0]).toMatchObject({ title: 'Head of Growth', company: 'Globex' });
    expect(result.companies).toEqual([{ name: 'Globex', source: 'linkedin.headline', confidence: 0.7 }]);
  });

  it('ignores a closed contact dialog (not in the page) and reads an open one', () => {
    const dialog =
      '<div role="dialog"><h2>Contact info</h2><section><h3>Phone</h3><span>(514) 555-0101 (Work)</span></section><a href="mailto:jane@acme.com">jane@acme.com</a></div>';
    expect(detect('<main><h1>Jane Doe</h1></main>').people[0]?.email).toBeUndefined();
    expect(detect(`<main><h1>Jane Doe</h1></main>${dialog}`).people[0]).toMatchObject({
      email: 'jane@acme.com',
      phone: '(514) 555-0101',
    });
  });
});

describe('firstPosition', () => {
  it('reads a single position and strips the employment type', () => {
    document.body.innerHTML = `<section><ul><li><div class="t-bold"><span aria-hidden="true">CTO</span><span class="visually-hidden">CTO</span></div>
      <span class="t-14 t-normal"><span aria-hidden="true">Initech · Part-time</span></span>
      <span class="t-14 t-normal t-black--light"><span>2020 - Present</span></span></li></ul></section>`;
    expect(firstPosition(document.querySelector('section')!)).toEqual({ title: 'CTO', company: 'Initech' });
  });
});

describe('nameFromSlug', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe-1a2b3c4d', 'Jane Doe'],
    ['https://www.linkedin.com/in/jean-luc-picard', 'Jean Luc Picard'],
    ['https://www.linkedin.com/in/s%C3%A9bastien-roy-42', 'Sébastien Roy'],
    ['https://www.linkedin.com/in/jdoe2024', ''],
    ['https://www.linkedin.com/in/ACoAAB12cd', ''],
  ])('%s → %j', (url, name) => {
    expect(nameFromSlug(url)).toBe(name);
  });
});
