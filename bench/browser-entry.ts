// Bundled by bench/run.ts with esbuild and loaded into a blank page of real Chromium.
import { ADVERSARIAL, generateText } from './generate';
import { runPageBench } from './page-bench';
import { adversarial, floor, scanner, time } from './text-bench';

const clock = () => performance.now();

(globalThis as Record<string, unknown>).centrixBench = (cards: number, runs: number, textSize: number) => {
  // Text first, on a quiet heap; the page benchmark leaves thousands of nodes behind.
  const text = generateText(textSize);
  const result = {
    text: { floor: time(text, 15, clock, floor, 10), scanner: time(text, 15, clock, scanner, 5) },
    adversarial: ADVERSARIAL.map(([label, input]) => ({ label, ...adversarial(input, 9, clock) })),
    page: runPageBench({ doc: document, Observer: MutationObserver, clock }, { cards, runs }),
  };
  document.body.textContent = '';
  return result;
};
