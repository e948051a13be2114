// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { JSON_LD, readJsonLd } from '../../../../lib/detect/json-ld';
import { companyFromTitle, detectLinkedInCompany } from '../../../../lib/detect/sites/linkedin-company';

function detect(html: string, url = 'https://www.linkedin.com/company/globex/') {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return detectLinkedInCompany({ doc, url, jsonLd: readJsonLd(doc, doc.querySelectorAll(JSON_LD)) });
}

describe('companyFromTitle', () => {
  it.each([
    ['Acme Robotics | LinkedIn', 'Acme Robotics'],
    ['(2) Acme Robotics: About | LinkedIn', 'Acme Robotics'],
    ['Groupe Lumen : À propos | LinkedIn', 'Groupe Lumen'],
    ['LinkedIn', ''],
  ])('%s → %j', (title, name) => {
    expect(companyFromTitle(title)).toBe(name);
  });
});

describe('detectLinkedInCompany', () => {
  it('reads the home tab: name and outbound website from the top card, and no industry or size', () => {
    const result = detect(`<title>Globex | LinkedIn</title><main><section class="org-top-card">
      <h1>Globex</h1>
      <div class="org-top-card-summary-info-list__info-item">Industrial Automation</div>
      <div class="org-top-card-summary-info-list__info-item">5,120 followers</div>
      <div class="org-top-card-summary-info-list__info-item">1,001-5,000 employees</div>
      <a href="https://www.linkedin.com/company/globex/people/">People</a>
      <a href="https://globex.example.com/en/?trk=li">Visit website</a></section></main>`);
    expect(result.companies).toEqual([
      {
        name: 'Globex',
        domain: 'globex.example.com',
        website: 'https://globex.example.com/en/',
        source: 'linkedin.companyTopCard',
        confidence: 0.95,
      },
    ]);
    expect(result.missing).toEqual([]);
  });

  it('says the website is missing rather than guessing one', () => {
    const result = detect('<title>Globex | LinkedIn</title><main><section><h1>Globex</h1></section></main>');
    expect(result.companies[0]).toMatchObject({ name: 'Globex' });
    expect(result.companies[0]?.website).toBeUndefined();
    expect(result.missing).toEqual(['linkedinCompany.website']);
  });

  it('reads French About labels', () => {
    const result =
      detect(`<title>Groupe Lumen : À propos | LinkedIn</title><main><section><h1>Groupe Lumen</h1></section>
      <dl><dt>Site web</dt><dd><a href="https://lumen.example.ca">lumen.example.ca</a></dd>
      <dt>Secteur</dt><dd>Fabrication d’équipements électriques</dd>
      <dt>Taille de l’entreprise</dt><dd>51-200 employés</dd></dl></main>`);
    expect(result.companies[0]).toMatchObject({ domain: 'lumen.example.ca' });
  });

  it('reports a missing name when nothing names the company', () => {
    expect(detect('<title>LinkedIn</title><main></main>')).toMatchObject({
      companies: [],
      missing: ['linkedinCompany.name'],
    });
  });
});
