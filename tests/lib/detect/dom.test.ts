// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cap, clean, isInSkippedRegion, metaContent, textLines, undouble, visibleText } from '../../../lib/detect/dom';

const el = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};

describe('visibleText', () => {
  it('reads the visible copy once, not the screen-reader copy', () => {
    expect(
      visibleText(
        el('<div><span aria-hidden="true">Jane Doe</span><span class="visually-hidden">Jane Doe</span></div>'),
      ),
    ).toBe('Jane Doe');
  });

  it('halves a doubled name when the screen-reader class is unknown', () => {
    expect(visibleText(el('<h1><span>Jane Doe</span><span class="sr-copy">Jane Doe</span></h1>'))).toBe('Jane Doe');
  });

  it('separates words of adjacent elements and collapses spaces', () => {
    expect(visibleText(el('<p><b>VP</b><i>Sales</i>\n  at\u00a0Acme</p>'))).toBe('VP Sales at Acme');
  });

  it('never reads script or style text', () => {
    expect(visibleText(el('<p>Jane<script>x()</script><style>p{}</style></p>'))).toBe('Jane');
  });

  it('is empty for nothing', () => {
    expect(visibleText(undefined)).toBe('');
  });
});

describe('undouble', () => {
  it.each([
    ['Jane Doe Jane Doe', 'Jane Doe'],
    ['Bora Bora', 'Bora Bora'],
    ['A B C A B C', 'A B C'],
    ['Jane Doe Jane Smith', 'Jane Doe Jane Smith'],
  ])('%s → %s', (input, output) => {
    expect(undouble(input)).toBe(output);
  });
});

describe('textLines', () => {
  it('splits at blocks and <br>, skipping what `exclude` matches', () => {
    const body = el(
      '<div>Hi,<br>Thanks<div><b>Jane</b> Doe</div><p>VP | Acme</p><blockquote>quoted</blockquote></div>',
    );
    expect(textLines(body, 'blockquote')).toEqual(['Hi,', 'Thanks', 'Jane Doe', 'VP | Acme']);
  });

  it('stops at the line limit', () => {
    expect(textLines(el(`<div>${'<p>x</p>'.repeat(50)}</div>`), '', 10)).toHaveLength(10);
  });
});

describe('helpers', () => {
  it('cleans, caps and reads meta tags', () => {
    expect(clean('  a \n b ')).toBe('a b');
    expect(cap('abcdef', 3)).toBe('abc');
    document.head.innerHTML = '<meta property="og:site_name" content=" Acme ">';
    expect(metaContent(document, 'og:site_name')).toBe('Acme');
    expect(metaContent(document, 'application-name')).toBe('');
  });

  it('knows skipped regions from a node inside them', () => {
    const root = el('<div contenteditable="true"><p>typed</p></div>');
    expect(isInSkippedRegion(root.firstChild!.firstChild!, '')).toBe(true);
    expect(isInSkippedRegion(el('<nav><p>x</p></nav>').firstChild!, 'nav')).toBe(true);
    expect(isInSkippedRegion(el('<p>x</p>').firstChild!, 'nav')).toBe(false);
  });
});
