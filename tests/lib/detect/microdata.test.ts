// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { collectFindings, createPageScan, detectPage, scanNode } from '../../../lib/detect';
import { SKIP_SELECTOR } from '../../../lib/detect/dom';
import { isTopItem, microdataItem } from '../../../lib/detect/microdata';
import { ORDINARY_PAGES } from '../../../lib/detect/ordinary';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const URL = 'https://www.acme.example.com/team';

describe('microdataItem', () => {
  it('reads repeated properties as lists and nested items as objects, skipping skipped regions', () => {
    const doc = parse(`<div id="o" itemscope itemtype="https://schema.org/Organization">
      <span itemprop="name">Acme</span>
      <div itemprop="member" itemscope itemtype="https://schema.org/Person"><b itemprop="name">A</b></div>
      <div itemprop="member" itemscope itemtype="https://schema.org/Person"><b itemprop="name">B</b></div>
      <textarea itemprop="email">typed@acme.com</textarea>
      <span itemprop="__proto__">x</span></div>`);
    const item = microdataItem(doc.getElementById('o')!, SKIP_SELECTOR);
    expect(item['@type']).toContain('Organization');
    expect(item.name).toEqual(['Acme']);
    expect(item.member).toMatchObject([{ name: ['A'] }, { name: ['B'] }]);
    expect(item.email).toBeUndefined();
    expect(item['__proto__']).toEqual(['x']);
  });

  it('notes only items that are no other item property', () => {
    const doc = parse(`<div id="a" itemscope><div id="b" itemprop="x" itemscope></div></div>
      <p id="c" itemprop="author" itemscope></p><p id="d"></p>`);
    const top = ['a', 'b', 'c', 'd'].filter((id) => isTopItem(doc.getElementById(id)!));
    expect(top).toEqual(['a', 'c']);
  });
});

describe('microdata people', () => {
  const person = (inner: string) => `<div itemscope itemtype="https://schema.org/Person">${inner}</div>`;

  it('are found with their address, which joins the emails, one person per address', () => {
    const f = detectPage(
      parse(
        person('<h3 itemprop="name">Jane Doe</h3><meta itemprop="email" content="jane@acme.com">') +
          person('<span itemprop="name">Jane D.</span><span itemprop="email">JANE@acme.com</span>'),
      ),
      URL,
    );
    expect(f.people).toEqual([{ name: 'Jane Doe', email: 'jane@acme.com', source: 'microdata', confidence: 0.9 }]);
    expect(f.emails.map((e) => e.address)).toEqual(['jane@acme.com']);
  });

  it('take their LinkedIn profile from sameAs or url links, and a company its site, resolved against the page', () => {
    const f = detectPage(
      parse(
        person(
          '<h3 itemprop="name">Jane Doe</h3><a itemprop="sameAs" href="https://www.linkedin.com/in/Jane-Doe/?trk=x">in</a>',
        ) +
          person('<a itemprop="url" href="https://ca.linkedin.com/in/paul-martin-42"><b itemprop="name">Paul</b></a>') +
          '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme Robotics</span>' +
          '<link itemprop="url" href="https://www.acme-robotics.com/"></div>',
      ),
      URL,
    );
    expect(f.people.map((p) => [p.name, p.profileUrl])).toEqual([
      ['Jane Doe', 'https://www.linkedin.com/in/jane-doe'],
      ['Paul', 'https://www.linkedin.com/in/paul-martin-42'],
    ]);
    expect(f.companies).toContainEqual(
      expect.objectContaining({ name: 'Acme Robotics', domain: 'www.acme-robotics.com', source: 'microdata' }),
    );
  });

  it('resolve a relative link against the page', () => {
    const doc = parse(person('<span itemprop="name">Jane</span><a itemprop="url" href="/team/jane">Jane</a>'));
    const base = doc.createElement('base');
    base.href = URL;
    doc.head.append(base);
    expect(microdataItem(doc.querySelector('[itemscope]')!, SKIP_SELECTOR).url).toEqual([
      'https://www.acme.example.com/team/jane',
    ]);
  });

  it('keep the text of a link that is a name, not its address', () => {
    const f = detectPage(parse(person('<a itemprop="name" href="/team/jane">Jane Doe</a>')), URL);
    expect(f.people.map((p) => p.name)).toEqual(['Jane Doe']);
  });

  it('are found when the page adds them after the first scan', () => {
    const doc = parse('<main><p>hello</p></main>');
    const state = createPageScan(URL, ORDINARY_PAGES);
    scanNode(doc.body, state);
    expect(collectFindings(doc, state).people).toEqual([]);
    const added = doc.createElement('section');
    added.innerHTML = person('<span itemprop="name">Late Comer</span>');
    doc.querySelector('main')!.append(added);
    scanNode(added, state);
    expect(collectFindings(doc, state).people).toEqual([{ name: 'Late Comer', source: 'microdata', confidence: 0.7 }]);
  });

  it('are read at most 500 a flush, the first met: a page of thousands cannot make every flush read them all', () => {
    const html = Array.from({ length: 600 }, (_, i) => person(`<span itemprop="name">Person ${i}</span>`)).join('');
    const doc = parse(html);
    const state = createPageScan(URL, ORDINARY_PAGES);
    scanNode(doc.body, state);
    const getAttribute = vi.spyOn(Element.prototype, 'getAttribute');
    let typesRead = 0;
    try {
      expect(collectFindings(doc, state).people[0]).toMatchObject({ name: 'Person 0', source: 'microdata' });
      typesRead = getAttribute.mock.calls.filter(([name]) => name === 'itemtype').length;
    } finally {
      getAttribute.mockRestore();
    }
    expect(typesRead).toBe(500);
  });

  it('are read even when the JSON-LD of the page used up its budget', () => {
    const big = `<script type="application/ld+json">${JSON.stringify({ list: Array(6000).fill({}) })}</script>`;
    const f = detectPage(parse(big + person('<span itemprop="name">Jane Doe</span>')), URL);
    expect(f.people).toEqual([{ name: 'Jane Doe', source: 'microdata', confidence: 0.7 }]);
  });

  it('are not read inside an editable region or on a LinkedIn page', () => {
    const html = `<div contenteditable="true">${person('<span itemprop="name">Draft</span>')}</div>`;
    expect(detectPage(parse(html), URL).people).toEqual([]);
    const linkedIn = detectPage(parse(person('<span itemprop="name">Jane</span>')), 'https://www.linkedin.com/feed/');
    expect(linkedIn.people.filter((p) => p.source === 'microdata')).toEqual([]);
  });
});
