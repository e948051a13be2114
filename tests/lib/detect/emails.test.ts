// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { isSkippedPlace, parseMailto, scanEmails, walkEmails } from '../../../lib/detect/emails';
import { ORDINARY_PAGES } from '../../../lib/detect/ordinary';
import { createScanState } from '../../../lib/detect/scan-state';
import type { SiteSupport } from '../../../lib/detect/sites/adapter';
import { cloudflare } from './support/cloudflare';

function found(html: string, skip = '', support: SiteSupport = ORDINARY_PAGES): string[] {
  document.body.innerHTML = html;
  const state = createScanState('https://example.com/', skip, support);
  scanEmails(document.body, state);
  return [...state.emails.values()].map((e) => `${e.address} ${e.source}`).sort();
}

describe('parseMailto', () => {
  it.each([
    ['mailto:jane@acme.com', ['jane@acme.com']],
    ['MAILTO:Jane@ACME.com', ['Jane@acme.com']],
    ['mailto:a@acme.com,b@acme.com', ['a@acme.com', 'b@acme.com']],
    ['mailto:a@acme.com?cc=b@acme.com&bcc=c%40acme.com', ['a@acme.com', 'b@acme.com', 'c@acme.com']],
    ['mailto:?to=a@acme.com&subject=x@not-this.com', ['a@acme.com']],
    ['mailto:a@acme.com?subject=Hello%20b@acme.com&body=c@acme.com', ['a@acme.com']],
    ['mailto:%6A%61ne@acme.com', ['jane@acme.com']],
    ['mailto:first+crm@acme.com', ['first+crm@acme.com']],
    ['mailto:a@acme.com?CC=b@acme.com', ['a@acme.com', 'b@acme.com']],
    ['mailto:broken%zz@acme.com', ['broken%zz@acme.com']],
    ['mailto:not-an-address', []],
    ['https://acme.com/?mailto:a@acme.com', []],
    ['javascript:alert(1)', []],
    ['MailTo:jane@acme.com', ['jane@acme.com']],
    ['  mailto:jane@acme.com', ['jane@acme.com']],
    ["mailto:o'reilly@acme.com", []],
    ['mailto:sean.o%E2%80%99brien@example.ie', []],
  ])('%s', (href, expected) => {
    expect(parseMailto(href)).toEqual(expected);
  });
});

describe('scanEmails in a DOM', () => {
  it('reads text, mailto links and both Cloudflare forms', () => {
    const hex = cloudflare('cf@acme.com');
    expect(
      found(`<p>text@acme.com</p><a href="mailto:link@acme.com">write</a>
        <span class="__cf_email__" data-cfemail="${hex}">[email&#160;protected]</span>
        <a href="/cdn-cgi/l/email-protection#${cloudflare('href@acme.com')}">mail</a>`),
    ).toEqual(['cf@acme.com cloudflare', 'href@acme.com cloudflare', 'link@acme.com mailto', 'text@acme.com text']);
  });

  it('reads mailto links of image maps and anchors in any case, never a <link> nobody sees', () => {
    expect(
      found(`<img usemap="#m"><map name="m"><area shape="rect" coords="0,0,9,9" href="mailto:map@acme.com"></map>
        <a href="MAILTO:upper@acme.com">write</a><a href="MailTo:mixed@acme.com">write</a>
        <link rev="made" href="mailto:hidden@acme.com">`),
    ).toEqual(['map@acme.com mailto', 'mixed@acme.com mailto', 'upper@acme.com mailto']);
  });

  it('leaves Cloudflare to the script for ordinary pages: LinkedIn and Gmail are not served through it', () => {
    const html = `<span data-cfemail="${cloudflare('cf@acme.com')}">[email&#160;protected]</span><p>t@acme.com</p>`;
    expect(found(html, '', {})).toEqual(['t@acme.com text']);
  });

  it('decodes HTML entities in text and in attributes', () => {
    expect(found('<p>j&#111;hn&#64;acme&#46;com</p><a href="mailto:&#109;ary@acme.com">m</a>')).toEqual([
      'john@acme.com text',
      'mary@acme.com mailto',
    ]);
  });

  it.each([
    ['script', '<script>var e = "x@acme.com";</script>'],
    ['style', '<style>a::after { content: "x@acme.com" }</style>'],
    ['noscript', '<noscript>x@acme.com</noscript>'],
    ['template', '<template><p>x@acme.com</p></template>'],
    ['input', '<input value="x@acme.com">'],
    ['textarea', '<textarea>x@acme.com</textarea>'],
    ['select', '<select><option>x@acme.com</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>x@acme.com</p></div>'],
    ['contenteditable empty', '<div contenteditable><p>x@acme.com</p></div>'],
    ['our own UI', '<div data-centrix-capture-ui><p><b>x@acme.com</b></p></div>'],
    ['mailto inside our UI', '<div data-centrix-capture-ui><a href="mailto:x@acme.com">x</a></div>'],
    ['JSON in a script', '<script type="application/json">{"e":"x@acme.com"}</script>'],
  ])('never reads %s', (_label, html) => {
    expect(found(`${html}<p>kept@acme.com</p>`)).toEqual(['kept@acme.com text']);
  });

  it('notes the JSON-LD scripts it passes without reading them', () => {
    document.body.innerHTML = '<script type="application/ld+json">{"email":"x@acme.com"}</script><script>y()</script>';
    const state = createScanState('https://example.com/');
    scanEmails(document.body, state);
    expect([...state.scripts].map((s) => s.textContent)).toEqual(['{"email":"x@acme.com"}']);
    expect(state.emails.size).toBe(0);
  });

  it('reads contenteditable="false" and skips what a site asks to skip', () => {
    expect(found('<div contenteditable="false">a@acme.com</div><aside>b@acme.com</aside>', 'aside')).toEqual([
      'a@acme.com text',
    ]);
  });

  it('skips an added element that is a skipped region itself, and notes an added JSON-LD script', () => {
    document.body.innerHTML = '<main></main>';
    const state = createScanState('https://example.com/');
    scanEmails(document.body, state);
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.textContent = 'typed@acme.com';
    const field = document.createElement('textarea');
    field.value = 'draft@acme.com';
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = '{"email":"x@acme.com"}';
    document.querySelector('main')!.append(box, field, script);
    for (const added of [box, field, script]) scanEmails(added, state);
    expect(state.emails.size).toBe(0);
    expect([...state.scripts]).toEqual([script]);
    expect(isSkippedPlace(box.firstChild!, state)).toBe(true);
  });

  it('skips a text node handed to it from inside a skipped region', () => {
    document.body.innerHTML = '<div contenteditable="true">typed@acme.com</div>';
    const state = createScanState('https://example.com/');
    scanEmails(document.body.firstChild!.firstChild!, state);
    expect(state.emails.size).toBe(0);
  });

  it('keeps the strongest evidence for an address seen several ways', () => {
    expect(found('<p>Jane@acme.com</p><a href="mailto:jane@acme.com">Jane</a><p>jane [at] acme [dot] com</p>')).toEqual(
      ['jane@acme.com mailto'],
    );
  });
});

describe('addresses split across elements', () => {
  const found = (html: string) => {
    document.body.innerHTML = html;
    const state = createScanState('https://example.com/', '', ORDINARY_PAGES);
    scanEmails(document.body, state);
    return [...state.emails.values()].map((e) => [e.address, e.confidence]);
  };

  it.each([
    ['the local part in bold', '<p>Write to <b>jane</b>@acme.com today</p>', 'jane@acme.com'],
    ['the sign alone in a span', '<p>bob<span>@</span>acme.com</p>', 'bob@acme.com'],
    ['the domain in a link', '<p>sales@<a href="/">acme.com</a></p>', 'sales@acme.com'],
    ['a comment in between', '<p>ops<!-- x -->@acme.com</p>', 'ops@acme.com'],
    ['an empty element in the local part', '<p>Mail j<b></b>ane@acme.com</p>', 'jane@acme.com'],
    ['the local part cut at a dot', '<p>jane.<span></span>doe@acme.com</p>', 'jane.doe@acme.com'],
    ['the top-level domain cut', '<p>jane@acme.co<!-- -->m</p>', 'jane@acme.com'],
  ])('finds %s', (_label, html, address) => {
    expect(found(html)).toEqual([[address, 0.8]]);
  });

  it('keeps an address whole in its element as it is, whatever text is around the element', () => {
    expect(
      found('<p><b>Email</b><a href="/c">jane@acme.com</a>. Or <span>Paul M.</span><span>Paul@acme.com</span></p>'),
    ).toEqual([
      ['jane@acme.com', 0.9],
      ['Paul@acme.com', 0.9],
    ]);
    expect(found('<p>jane<br>doe@acme.com</p>')).toEqual([['doe@acme.com', 0.9]]);
    expect(found('<p>x<b>Email</b>jane@acme.com</p>')).toEqual([['jane@acme.com', 0.9]]);
    expect(found('<p>j<b><i></i><!-- --></b>ane@acme.com</p>')).toEqual([['jane@acme.com', 0.8]]);
  });

  it('keeps the stronger evidence of an address also written whole', () => {
    expect(found('<p>jane@acme.com or <b>jane</b>@acme.com</p>')).toEqual([['jane@acme.com', 0.9]]);
  });

  it('costs work in proportion to the page: a long text of addresses, a block full of mentions', () => {
    const lowerCase = vi.spyOn(String.prototype, 'toLowerCase');
    const matches = vi.spyOn(Element.prototype, 'matches');
    let lowered = 0;
    let matched = 0;
    try {
      const text = Array.from({ length: 2000 }, (_, i) => `user${i}@acme.com`).join(' ');
      expect(found(`<p>${text}</p>`)).toHaveLength(2000);
      const mentions = Array.from({ length: 2000 }, (_, i) => `<span>@user${i}</span> `).join('');
      expect(found(`<div>${mentions}</div>`)).toEqual([]);
      lowered = lowerCase.mock.contexts.reduce((n: number, s) => n + String(s).length, 0);
      matched = matches.mock.calls.length;
    } finally {
      lowerCase.mockRestore();
      matches.mockRestore();
    }
    // Lower-casing the whole text for each of its addresses would be 2,000 times its 36,000 characters; reading the
    // block once per mention, 2,000 times its 2,000 spans.
    expect(lowered).toBeLessThan(500_000);
    expect(matched).toBeLessThan(100_000);
  });

  it('never joins text across blocks, nor reads a skipped region', () => {
    expect(found('<div>jane</div><div>@acme.com</div>')).toEqual([]);
    expect(found('<p><textarea>jane</textarea>@acme.com</p>')).toEqual([]);
    expect(found('<p>@jane said hi</p>')).toEqual([]);
  });
});

describe('walkEmails', () => {
  const page = (n: number) => Array.from({ length: n }, (_, i) => `<p>user${i}@acme.com</p>`).join('');

  it('stops when asked and resumes where it stopped', () => {
    document.body.innerHTML = page(100);
    const state = createScanState('https://example.com/');
    const walk = walkEmails(document.body, state);
    let steps = 0;
    while (!walk.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(state.emails.size).toBe(100);
  });

  it('does not read a node twice', () => {
    document.body.innerHTML = page(3);
    const state = createScanState('https://example.com/');
    scanEmails(document.body, state);
    state.emails.clear();
    scanEmails(document.body, state);
    scanEmails(document.body.firstChild!, state);
    expect(state.emails.size).toBe(0);
  });

  it('finishes the page when the node it paused on was removed, still skipping what must not be read', () => {
    document.body.innerHTML =
      `<div id="c"><p>first@acme.com</p><div contenteditable="true">draft@acme.com</div></div>` +
      `<div id="a">${page(40)}</div><div id="b"><p>last@acme.com</p></div>`;
    const state = createScanState('https://example.com/');
    const walk = walkEmails(document.body, state);
    expect(walk.step(() => true)).toBe(false);
    document.getElementById('a')!.remove();
    while (!walk.step(() => false));
    expect(state.emails.has('first@acme.com')).toBe(true);
    expect(state.emails.has('last@acme.com')).toBe(true);
    expect(state.emails.has('draft@acme.com')).toBe(false);
  });

  it('does nothing for a node no longer in the document', () => {
    const p = document.createElement('p');
    p.textContent = 'gone@acme.com';
    const state = createScanState('https://example.com/');
    expect(walkEmails(p, state).step(() => false)).toBe(true);
    expect(state.emails.size).toBe(0);
  });
});

describe('isSkippedPlace', () => {
  it('answers from what the walk visited, and from selectors on unvisited ground', () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true"><p>x</p></div><div id="ok"><p>y</p></div>';
    const state = createScanState('https://example.com/');
    const fresh = document.createElement('p');
    document.getElementById('ed')!.append(fresh);
    expect(isSkippedPlace(fresh, state)).toBe(true);
    scanEmails(document.body, state);
    const later = document.createElement('span');
    document.getElementById('ed')!.append(later);
    expect(isSkippedPlace(later, state)).toBe(true);
    expect(isSkippedPlace(document.getElementById('ok')!.firstChild!, state)).toBe(false);
  });
});
