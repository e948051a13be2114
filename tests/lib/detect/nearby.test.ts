// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { collectFindings, createPageScan, detectPage, scanNode } from '../../../lib/detect';
import { spells } from '../../../lib/detect/nearby';
import { ORDINARY_PAGES } from '../../../lib/detect/ordinary';
import { parse } from './fixtures';

const URL = 'https://www.acme.example.com/team';
const people = (html: string, url = URL) =>
  detectPage(parse(html), url)
    .people.filter((p) => p.source === 'nearby')
    .map(({ name, email, title }) => ({ name, email, title }));

describe('spells', () => {
  it.each([
    ['jane.doe', 'Jane Doe'],
    ['jdoe', 'Jane Doe'],
    ['janed', 'Jane Doe'],
    ['jane', 'Jane Doe'],
    ['doe', 'Jane Doe'],
    ['JaneDoe', 'Jane Doe'],
    ['marie-eve.gagnon', 'Marie-Ève Gagnon'],
    ['kevin.oneil', "Kevin O'Neil"],
  ])('%s spells %s', (local, name) => {
    expect(spells(local, name)).toBe(true);
  });

  it.each([
    ['sales', 'Sales Team'],
    ['support', 'Customer Support'],
    ['info', 'Jane Doe'],
    ['j', 'Jane Doe'],
    ['bob', 'Jane Doe'],
    ['jane', 'Jane'],
  ])('%s does not spell %s', (local, name) => {
    expect(spells(local, name)).toBe(false);
  });
});

describe('people beside their address', () => {
  it('reads a card: the name, the title below it, the address', () => {
    expect(
      people(`<div class="card"><h3>Jane Doe</h3><p>Head of Sales</p><a href="mailto:jane.doe@acme.com">Email</a></div>
        <div class="card"><h3>Paul Martin</h3><p>CTO</p><p>pmartin@acme.com</p></div>`),
    ).toEqual([
      { name: 'Jane Doe', email: 'jane.doe@acme.com', title: 'Head of Sales' },
      { name: 'Paul Martin', email: 'pmartin@acme.com', title: 'CTO' },
    ]);
  });

  it('splits a name from its title on one line', () => {
    expect(people('<li><b>Jane Doe</b>, VP Marketing — <a href="mailto:jane@acme.com">jane@acme.com</a></li>')).toEqual(
      [{ name: 'Jane Doe', email: 'jane@acme.com', title: 'VP Marketing' }],
    );
  });

  it('takes no name the address does not spell, nor a role address, nor one far from it', () => {
    expect(people('<div><h3>Customer Success</h3><p>support@acme.com</p></div>')).toEqual([]);
    expect(people('<div><h3>Sales Team</h3><p>sales@acme.com</p></div>')).toEqual([]);
    expect(people('<div><h3>Jane Doe</h3><p>CEO</p><p>bob@acme.com</p></div>')).toEqual([]);
    expect(
      people('<section><h2>Jane Doe</h2><div><div><div><div><p>jane@acme.com</p></div></div></div></div></section>'),
    ).toEqual([]);
  });

  it('reads the cards of the first places of an address: a banner before the card that names her', () => {
    expect(
      people(`<header><p>Press: jane@acme.com</p></header>
        <div class="card"><h3>Jane Doe</h3><p>Press officer</p><p>jane@acme.com</p></div>`),
    ).toEqual([{ name: 'Jane Doe', email: 'jane@acme.com', title: 'Press officer' }]);
  });

  it('reads a table row as a card', () => {
    expect(
      people(`<table><tr><th>Name</th><th>Role</th><th>Email</th></tr>
        <tr><td>Jane Doe</td><td>CEO</td><td>jane@acme.com</td></tr>
        <tr><td>Paul Martin</td><td>CTO</td><td><a href="mailto:pmartin@acme.com">Write</a></td></tr></table>`),
    ).toEqual([
      { name: 'Jane Doe', email: 'jane@acme.com', title: 'CEO' },
      { name: 'Paul Martin', email: 'pmartin@acme.com', title: 'CTO' },
    ]);
  });

  it('reads a text of thousands of addresses once, not once an address', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `user${i}@acme.com`).join(' ');
    const trim = vi.spyOn(String.prototype, 'trim');
    let trimmed = 0;
    try {
      expect(people(`<main><p>${text}</p></main>`)).toEqual([]);
      trimmed = trim.mock.contexts.reduce((n: number, s) => n + String(s).length, 0);
    } finally {
      trim.mockRestore();
    }
    // Its lines, read for each address's card, would be 2,000 x 3 times its 36,000 characters.
    expect(trimmed).toBeLessThan(20 * text.length);
  });

  it('does not look past a card into the long list that holds it: a name in another row is not the owner', () => {
    const rows = Array.from({ length: 13 }, (_, i) => `<div><p>Row ${i}</p></div>`).join('');
    expect(people(`<section><div><p>Jane Doe</p></div>${rows}<div><p>jane@acme.com</p></div></section>`)).toEqual([]);
  });

  it('leaves a person the markup already gave alone, and reads nothing on LinkedIn', () => {
    const marked =
      '<div itemscope itemtype="https://schema.org/Person"><h3 itemprop="name">Jane Doe</h3>' +
      '<a itemprop="email" href="mailto:jane@acme.com">jane@acme.com</a></div>';
    expect(detectPage(parse(marked), URL).people.map((p) => p.source)).toEqual(['microdata']);
    expect(people('<div><h3>Jane Doe</h3><p>jane@acme.com</p></div>', 'https://www.linkedin.com/feed/')).toEqual([]);
  });

  it('follows the page as it grows: a card added later, an address met again earlier in the page', () => {
    const doc = parse('<main><div id="a"><h3>Jane Doe</h3><p>CEO</p><p>jane@acme.com</p></div></main>');
    const state = createPageScan(URL, ORDINARY_PAGES);
    scanNode(doc.body, state);
    const named = () =>
      collectFindings(doc, state)
        .people.map(({ name, email, title }) => ({ name, email, title }))
        .sort((x, y) => x.email!.localeCompare(y.email!));
    expect(named()).toEqual([{ name: 'Jane Doe', email: 'jane@acme.com', title: 'CEO' }]);

    const main = doc.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<div id="b"><h3>Paul Martin</h3><p>CTO</p><p>paul@acme.com</p></div>');
    scanNode(doc.getElementById('b')!, state);
    // Paul's address in a footer first, then in his card higher up the page: the card is where he is named.
    main.insertAdjacentHTML('beforeend', '<footer id="f"><p>Write to omar@acme.com</p></footer>');
    scanNode(doc.getElementById('f')!, state);
    expect(named().map((p) => p.name)).toEqual(['Jane Doe', 'Paul Martin']);
    main.insertAdjacentHTML('afterbegin', '<div id="c"><h3>Omar Haddad</h3><p>omar@acme.com</p></div>');
    scanNode(doc.getElementById('c')!, state);
    expect(named()).toEqual([
      { name: 'Jane Doe', email: 'jane@acme.com', title: 'CEO' },
      { name: 'Omar Haddad', email: 'omar@acme.com', title: undefined },
      { name: 'Paul Martin', email: 'paul@acme.com', title: 'CTO' },
    ]);
  });
});
