// `npm run bench`: email detection speed against its floor and linkify-it, adversarial inputs, and the content
// script's full and incremental page scans, in Node (happy-dom) and in real Chromium. Prints every figure and
// PASS/MISS per target; exits 1 on a MISS. Speeds and ratios use the fastest of several samples, with the median
// beside it: on a shared machine noise only ever adds time, and its slow phases outlast a sample. Adversarial
// inputs, an absolute bound, are judged on their median.
// Options: BENCH_QUICK=1 (smaller inputs, fewer runs), BENCH_SKIP_BROWSER=1, CHROMIUM_PATH.
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import LinkifyIt from 'linkify-it';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../tests/e2e/harness/chromium';
import { ADVERSARIAL, DENSE, generateText } from './generate';
import { runPageBench, type PageBenchResult } from './page-bench';
import { adversarial, floor, scanner, timeSideBySide, type AdversarialTiming, type Timing } from './text-bench';

const quick = process.env.BENCH_QUICK === '1';
const TEXT_SIZE = 5_000_000;
const CARDS = 2000; // 20,000 nodes
const clock = () => performance.now();
const results: { target: string; pass: boolean }[] = [];

function target(label: string, pass: boolean, detail: string): void {
  results.push({ target: label, pass });
  console.log(`  ${pass ? 'PASS' : 'MISS'}  ${label}  (${detail})`);
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const describe = (t: AdversarialTiming) =>
  `${fmt(t.median, 3)} ms [worst ${fmt(t.max, 3)} ms, first call ${fmt(t.first, 3)} ms]`;

const TEXTS = [
  ['an address every ~8 KB', 8000],
  ['contact-page density, an address every ~500 characters', DENSE],
] as const;

/** The floor's and the scanner's timings on each text, in this process. */
function timeTexts(): [Timing, Timing][] {
  return TEXTS.map(
    ([, every]) =>
      timeSideBySide(generateText(TEXT_SIZE, 1, every), quick ? 5 : 21, clock, [
        { fn: floor, reps: 10 },
        { fn: scanner, reps: 5 },
      ]) as [Timing, Timing],
  );
}

/**
 * The same timings, each from a fresh process. The system puts a process on one CPU for good, and on a shared machine
 * a CPU whose sibling hyperthread is busy slows scalar code (the scanner) much more than memchr (the floor): here the
 * same code measured 4.6x its floor in most processes and 5.4-6.5x in one in five. Each process's ratio is printed;
 * the figures are each contender's fastest sample over all processes, as noise only ever adds time.
 */
function timeTextsInProcesses(count: number): [Timing, Timing][][] {
  return Array.from({ length: count }, () => {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_TEXT_ONLY: '1' },
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`The text benchmark's process failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as [Timing, Timing][];
  });
}

const fastest = (list: Timing[]) => list.reduce((a, b) => (b.ms < a.ms ? b : a));

function textBench(): void {
  const processes = timeTextsInProcesses(quick ? 1 : 3);
  const linkify = new LinkifyIt();
  const linkifyEmails = (t: string) => (linkify.match(t) ?? []).filter((m) => m.schema === 'mailto:').length;
  TEXTS.forEach(([label, every], i) => {
    const text = generateText(TEXT_SIZE, 1, every);
    console.log(
      `\n== Email detection over ${TEXT_SIZE / 1e6} MB of generated prose, ${label} (Node ${process.version})`,
    );
    const base = fastest(processes.map((p) => p[i]![0]));
    const ours = fastest(processes.map((p) => p[i]![1]));
    // linkify-it takes a third of a second a call: three calls after a warm-up tell its speed well enough.
    const [theirs] = timeSideBySide(text, quick ? 1 : 3, clock, [{ fn: linkifyEmails, reps: 1 }]) as [Timing];
    const line = (name: string, t: Timing, what: string) =>
      console.log(
        `  ${name} ${fmt(t.ms).padStart(8)} ms  ${fmt(t.mbPerS, 0).padStart(6)} MB/s  (median ${fmt(t.median)} ms; ${t.found} ${what})`,
      );
    line("floor       indexOf('@') loop ", base, "'@'");
    line('ours        findEmails        ', ours, 'addresses');
    line('linkify-it  match, mailto only', theirs, 'addresses');
    const each = processes.map((p) => `${fmt(p[i]![1].ms / p[i]![0].ms)}x`).join(', ');
    console.log(`  ours / floor, process by process: ${each}`);
    const ratio = `${fmt(ours.ms / base.ms)}x the floor's time, ${fmt(ours.mbPerS / theirs.mbPerS, 0)}x linkify-it's speed`;
    if (every !== DENSE) {
      target('detection within 5x of the floor', ours.ms <= 5 * base.ms, ratio);
      target('detection at least 50x linkify-it', ours.mbPerS >= 50 * theirs.mbPerS, ratio);
    } else {
      console.log(`  (no target at this density: ${ratio})`);
    }
  });
}

function adversarialBench(): void {
  console.log('\n== Adversarial inputs (median of 9 runs after a warm-up; worst run and very first call in brackets)');
  for (const [label, input] of ADVERSARIAL) {
    const t = adversarial(input, 9, clock);
    target(`adversarial ${label} under 5 ms`, t.median < 5, describe(t));
  }
}

function printPage(where: string, r: PageBenchResult): void {
  console.log(`\n== Page scan in ${where}: ${r.nodes} nodes, ${r.emails} addresses`);
  console.log(`  full scan (walk + findings)       ${fmt(r.fullMs)} ms (median ${fmt(r.fullMedian)} ms)`);
  const limits: Record<string, number> = { '0.01': 0.03, '0.1': 0.15 };
  for (const inc of r.increments) {
    const limit = limits[String(inc.share)] ?? 1;
    const pct = `${inc.share * 100}%`;
    console.log(
      `  append ${pct.padEnd(4)} of the page             ${fmt(inc.ms)} ms = ${fmt(inc.ratio * 100, 1)}% of a full scan (median ${fmt(inc.median)} ms)`,
    );
    target(
      `${where}: appending ${pct} costs <= ${limit * 100}% of a full scan`,
      inc.ratio <= limit,
      `${fmt(inc.ratio * 100, 1)}%`,
    );
  }
}

function nodePageBench(): void {
  const window = new Window({ url: 'https://bench.example.com/people' });
  const doc = window.document as unknown as Document;
  const Observer = window.MutationObserver as unknown as typeof MutationObserver;
  printPage(
    'Node + happy-dom',
    runPageBench({ doc, Observer, clock }, { cards: quick ? 500 : CARDS, runs: quick ? 3 : 5 }),
  );
  void window.happyDOM.close();
}

interface TextTiming {
  floor: Timing;
  scanner: Timing;
}

interface BrowserResult {
  page: PageBenchResult;
  adversarial: ({ label: string } & AdversarialTiming)[];
}

async function browserBench(): Promise<void> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (process.env.BENCH_SKIP_BROWSER === '1' || !existsSync(executablePath)) {
    console.log(
      `\n== Chromium: skipped (${existsSync(executablePath) ? 'BENCH_SKIP_BROWSER' : `no ${executablePath}`})`,
    );
    return;
  }
  const bundle = await build({
    entryPoints: [new URL('./browser-entry.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
  });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const newPage = async () => {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><head><title>bench</title></head><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return page;
  };
  type Api = { centrixText(size: number): TextTiming; centrixBench(cards: number, runs: number): BrowserResult };
  try {
    // Email detection in three fresh pages, each its own renderer process, for the reason timeTextsInProcesses says.
    const texts: TextTiming[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const page = await newPage();
      texts.push(await page.evaluate((size) => (globalThis as unknown as Api).centrixText(size), TEXT_SIZE));
      await page.close();
    }
    const version = browser.version();
    console.log(`\n== Email detection in Chromium ${version}`);
    const base = fastest(texts.map((t) => t.floor));
    const ours = fastest(texts.map((t) => t.scanner));
    for (const [name, t] of [
      ['floor', base],
      ['ours ', ours],
    ] as const) {
      console.log(`  ${name}   ${fmt(t.ms)} ms   ${fmt(t.mbPerS, 0)} MB/s  (median ${fmt(t.median)} ms)`);
    }
    const each = texts.map((t) => `${fmt(t.scanner.ms / t.floor.ms)}x`).join(', ');
    console.log(`  ours / floor, page by page: ${each}`);
    target('Chromium: detection within 5x of the floor', ours.ms <= 5 * base.ms, `${fmt(ours.ms / base.ms)}x`);
    const page = await newPage();
    const r = await page.evaluate(([cards, runs]) => (globalThis as unknown as Api).centrixBench(cards, runs), [
      quick ? 500 : CARDS,
      quick ? 3 : 7,
    ] as const);
    const worst = r.adversarial.reduce((a, b) => (b.median > a.median ? b : a));
    target(
      'Chromium: every adversarial input under 5 ms',
      worst.median < 5,
      `slowest ${worst.label}: ${describe(worst)}`,
    );
    printPage(`Chromium ${version}`, r.page);
  } finally {
    await browser.close();
  }
}

if (process.env.BENCH_TEXT_ONLY === '1') {
  process.stdout.write(JSON.stringify(timeTexts()));
} else {
  textBench();
  adversarialBench();
  nodePageBench();
  await browserBench();
  const missed = results.filter((r) => !r.pass);
  console.log(
    `\n${results.length - missed.length} targets met, ${missed.length} missed${quick ? ' (BENCH_QUICK: indicative only)' : ''}`,
  );
  process.exit(missed.length ? 1 : 0);
}
