// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageScanner, sameJson, type PageScannerOptions } from '../../../lib/content/page-scanner';
import { ORDINARY_PAGES } from '../../../lib/detect/ordinary';
import * as scanner from '../../../lib/detect/email-scanner';
import type { PageFindings } from '../../../lib/detect/types';
import { FakeScheduler } from './fake-scheduler';

vi.mock('../../../lib/detect/email-scanner', { spy: true });

const paragraphs = (n: number, prefix = 'user') =>
  Array.from({ length: n }, (_, i) => `<p>Write to ${prefix}${i}@acme.com today</p>`).join('');

interface Harness {
  scheduler: FakeScheduler;
  sent: { url: string; findings: PageFindings }[];
  mutate: (records: Partial<MutationRecord>[]) => void;
  disconnected: () => boolean;
  url: { href: string };
  start: () => ReturnType<typeof createPageScanner>;
}

function harness(options: Partial<PageScannerOptions> = {}): Harness {
  const scheduler = new FakeScheduler();
  const sent: Harness['sent'] = [];
  const url = { href: 'https://www.acme.com/team' };
  let onMutations: ((records: readonly MutationRecord[]) => void) | undefined;
  let disconnected = false;
  return {
    scheduler,
    sent,
    url,
    mutate: (records) => onMutations?.(records as MutationRecord[]),
    disconnected: () => disconnected,
    start() {
      const s = createPageScanner({
        doc: document,
        getUrl: () => url.href,
        scheduler,
        observe(_target, cb) {
          onMutations = cb;
          return () => {
            disconnected = true;
          };
        },
        send: (u, findings) => sent.push({ url: u, findings }),
        ...options,
      });
      s.start();
      return s;
    },
  };
}

const added = (node: Node): Partial<MutationRecord> => ({
  type: 'childList',
  target: node.parentNode!,
  addedNodes: [node] as unknown as NodeList,
});
const addresses = (f: PageFindings | undefined) => f?.emails.map((e) => e.address) ?? [];
const scannedTexts = () => vi.mocked(scanner.findEmails).mock.calls.map(([text]) => text);

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  vi.mocked(scanner.findEmails).mockClear();
});

describe('initial scan', () => {
  it('is split into idle slices that each stay within their budget', () => {
    document.body.innerHTML = paragraphs(900);
    const h = harness({ sliceMs: 2 });
    h.start();
    h.scheduler.settle();
    // 8 checks of 0.25 ms per 2 ms slice, 32 text nodes between checks: about 250 paragraphs a slice.
    expect(h.scheduler.slices.length).toBeGreaterThanOrEqual(3);
    // A slice may overrun its budget only by the check that noticed it (plus the one that measured its start).
    for (const slice of h.scheduler.slices) expect(slice.used).toBeLessThanOrEqual(2 + 0.25 * 2);
    expect(h.sent).toHaveLength(1);
    expect(addresses(h.sent[0]?.findings)).toHaveLength(900);
  });

  it('still progresses when every idle callback comes from its timeout, with no time left', () => {
    document.body.innerHTML = paragraphs(300);
    const h = harness();
    h.start();
    h.scheduler.settle({ didTimeout: true });
    expect(addresses(h.sent[0]?.findings)).toHaveLength(300);
  });

  it('reads each text node once and never reads script text', () => {
    document.body.innerHTML = `${paragraphs(5)}<script>var x = "js@acme.com";</script>`;
    const h = harness();
    h.start();
    h.scheduler.settle();
    expect(scannedTexts()).toHaveLength(5);
    expect(scannedTexts().some((t) => t.includes('js@acme.com'))).toBe(false);
  });

  it('reads the cards beside addresses in idle slices too, and sends every person at once', () => {
    // Sixty people: Jane Aa, Jane Ab, … whose addresses spell their names.
    const name = (i: number) => String.fromCharCode(65 + Math.floor(i / 26), 97 + (i % 26));
    const cards = Array.from(
      { length: 60 },
      (_, i) => `<div><h3>Jane ${name(i)}</h3><p>CEO</p><p>jane.${name(i).toLowerCase()}@acme.com</p></div>`,
    ).join('');
    const run = (support: PageScannerOptions['support']) => {
      document.body.innerHTML = `<main>${cards}</main>`;
      const h = harness({ sliceMs: 1, support });
      h.start();
      h.scheduler.settle();
      for (const slice of h.scheduler.slices) expect(slice.used).toBeLessThanOrEqual(1 + 0.25 * 2);
      expect(h.sent).toHaveLength(1);
      return { slices: h.scheduler.slices.length, people: h.sent[0]!.findings.people.map((p) => p.name) };
    };
    const sliced = run(ORDINARY_PAGES);
    const atFlush = run({ ...ORDINARY_PAGES, settle: undefined });
    expect(sliced.people).toHaveLength(60);
    expect(sliced.people).toEqual(atFlush.people);
    expect(sliced.slices).toBeGreaterThan(atFlush.slices);
  });

  it('goes on past a node that breaks a reader, and still reports the error', () => {
    document.body.innerHTML = `${paragraphs(3)}<div id="bad"><p>lost@acme.com</p></div>${paragraphs(3, 'after')}`;
    const h = harness({
      support: {
        enter(_state, el) {
          if (el.id === 'bad') throw new Error('reader failed');
        },
      },
    });
    h.start();
    expect(() => h.scheduler.runIdle()).toThrow('reader failed');
    h.scheduler.settle();
    expect(addresses(h.sent[0]?.findings).sort()).toEqual([
      'after0@acme.com',
      'after1@acme.com',
      'after2@acme.com',
      'user0@acme.com',
      'user1@acme.com',
      'user2@acme.com',
    ]);
  });

  it('sends nothing before the page is walked to the end', () => {
    document.body.innerHTML = paragraphs(2000);
    const h = harness({ debounceMs: 0 });
    h.start();
    h.scheduler.runIdle();
    h.scheduler.advance(10_000);
    expect(h.sent).toHaveLength(0);
    h.scheduler.settle();
    expect(h.sent).toHaveLength(1);
  });
});

describe('mutations', () => {
  it('scans only the added nodes, in one batch', () => {
    document.body.innerHTML = paragraphs(50);
    const h = harness();
    h.start();
    h.scheduler.settle();
    vi.mocked(scanner.findEmails).mockClear();
    const more = document.createElement('div');
    more.innerHTML = paragraphs(3, 'new');
    document.body.append(more);
    h.mutate([added(more)]);
    expect(h.scheduler.pendingIdle).toBe(1);
    h.scheduler.settle();
    expect(scannedTexts()).toEqual([
      'Write to new0@acme.com today',
      'Write to new1@acme.com today',
      'Write to new2@acme.com today',
    ]);
    expect(addresses(h.sent[1]?.findings)).toHaveLength(53);
  });

  it('does not rescan remembered nodes, whether re-reported or inside an added ancestor', () => {
    document.body.innerHTML = '<div id="box"><p id="p">a@acme.com</p></div>';
    const h = harness();
    h.start();
    h.scheduler.settle();
    vi.mocked(scanner.findEmails).mockClear();
    const p = document.getElementById('p')!;
    h.mutate([added(p), added(p.firstChild!), added(document.getElementById('box')!)]);
    h.scheduler.settle();
    expect(scannedTexts()).toEqual([]);
  });

  it('reads a child added with its parent once', () => {
    document.body.innerHTML = '<main></main>';
    const h = harness();
    h.start();
    h.scheduler.settle();
    vi.mocked(scanner.findEmails).mockClear();
    const card = document.createElement('section');
    card.innerHTML = '<p>x@acme.com</p>';
    document.querySelector('main')!.append(card);
    h.mutate([added(card), added(card.firstChild!)]);
    h.scheduler.settle();
    expect(scannedTexts()).toEqual(['x@acme.com']);
  });

  it('rereads text that changed', () => {
    document.body.innerHTML = '<p id="p">nothing yet</p>';
    const h = harness();
    h.start();
    h.scheduler.settle();
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = 'now b@acme.com';
    h.mutate([{ type: 'characterData', target: text }]);
    h.scheduler.settle();
    expect(addresses(h.sent.at(-1)?.findings)).toEqual(['b@acme.com']);
  });

  it('ignores typing in an editable region without scheduling any work', () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="p">draft</p></div>';
    const h = harness();
    h.start();
    h.scheduler.settle();
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = 'typed c@acme.com';
    h.mutate([{ type: 'characterData', target: text }]);
    expect(h.scheduler.pendingIdle).toBe(0);
    expect(h.scheduler.pendingTimers).toBe(0);
  });
});

describe('sending', () => {
  it('sends only when the findings change', () => {
    document.body.innerHTML = paragraphs(2);
    const h = harness();
    h.start();
    h.scheduler.settle();
    const plain = document.createElement('p');
    plain.textContent = 'no address here';
    document.body.append(plain);
    h.mutate([added(plain)]);
    h.scheduler.settle();
    expect(h.sent).toHaveLength(1);
    const mail = document.createElement('p');
    mail.textContent = 'z@acme.com';
    document.body.append(mail);
    h.mutate([added(mail)]);
    h.scheduler.settle();
    expect(h.sent).toHaveLength(2);
  });

  it('sends again when only the evidence for a known address changes', () => {
    document.body.innerHTML = '<p>z@acme.com</p>';
    const h = harness();
    h.start();
    h.scheduler.settle();
    const link = document.createElement('a');
    link.href = 'mailto:z@acme.com';
    document.body.append(link);
    h.mutate([added(link)]);
    h.scheduler.settle();
    expect(h.sent.map((s) => s.findings.emails[0]?.source)).toEqual(['text', 'mailto']);
  });

  it('compares findings by value', () => {
    const a = { emails: [{ address: 'a@acme.com', confidence: 0.9 }], missing: [] };
    expect(sameJson(a, structuredClone(a))).toBe(true);
    expect(sameJson(a, { ...a, emails: [{ address: 'a@acme.com', confidence: 0.95 }] })).toBe(false);
    expect(sameJson(a, { ...a, subject: 'Re: pricing' })).toBe(false);
    expect(sameJson(a, { ...a, emails: [...a.emails, ...a.emails] })).toBe(false);
    expect(sameJson(['https://x.example/', a], ['https://y.example/', a])).toBe(false);
    expect(sameJson(undefined, ['https://x.example/', a])).toBe(false);
    expect(sameJson({ n: 0 }, { n: null })).toBe(false);
  });

  it('debounces a burst of changes into one message, and a page that never stops into one per maxWait', () => {
    const h = harness({ debounceMs: 300, maxWaitMs: 2000 });
    h.start();
    h.scheduler.settle();
    const sentBefore = h.sent.length;
    for (let i = 0; i < 40; i++) {
      const p = document.createElement('p');
      p.textContent = `burst${i}@acme.com`;
      document.body.append(p);
      h.mutate([added(p)]);
      h.scheduler.runIdle();
      h.scheduler.advance(100);
    }
    // 40 changes 100 ms apart: never 300 ms of quiet, so only maxWait (2 s) lets findings out.
    expect(h.sent.length - sentBefore).toBe(2);
    h.scheduler.settle();
    expect(addresses(h.sent.at(-1)?.findings)).toHaveLength(40);
  });
});

describe('navigation and lifetime', () => {
  it('starts a new view on single-page navigation, and only when the URL changed', () => {
    document.body.innerHTML = '<main><p>old@acme.com</p></main>';
    const h = harness();
    const s = h.start();
    h.scheduler.settle();
    s.navigate();
    expect(h.scheduler.pendingIdle).toBe(0);
    document.body.innerHTML = '<main><p>new@globex.com</p></main>';
    h.url.href = 'https://www.acme.com/next';
    s.navigate();
    h.scheduler.settle();
    const last = h.sent.at(-1)!;
    expect(last.url).toBe('https://www.acme.com/next');
    expect(addresses(last.findings)).toEqual(['new@globex.com']);
  });

  it('resends identical findings for a new URL', () => {
    document.body.innerHTML = '<p>same@acme.com</p>';
    const h = harness();
    const s = h.start();
    h.scheduler.settle();
    h.url.href = 'https://www.acme.com/#section';
    s.navigate();
    h.scheduler.settle();
    expect(h.sent.map((m) => m.url)).toEqual(['https://www.acme.com/team', 'https://www.acme.com/#section']);
  });

  it('stops everything when stopped', () => {
    document.body.innerHTML = paragraphs(500);
    const h = harness();
    const s = h.start();
    h.scheduler.runIdle();
    s.stop();
    expect(h.disconnected()).toBe(true);
    h.mutate([added(document.body.firstChild!)]);
    h.scheduler.settle();
    expect(h.sent).toHaveLength(0);
    expect(h.scheduler.pendingTimers).toBe(0);
  });

  it('answers scanNow at once with a fresh full scan, and does not send it again', () => {
    document.body.innerHTML = paragraphs(3);
    const h = harness();
    const s = h.start();
    const findings = s.scanNow();
    expect(addresses(findings)).toHaveLength(3);
    h.scheduler.settle();
    expect(h.sent).toHaveLength(0);
  });
});
