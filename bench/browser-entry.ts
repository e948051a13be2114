// Bundled by bench/run.ts with esbuild and loaded into a blank page of real Chromium.
import { ADVERSARIAL, generateText } from './generate';
import { runPageBench } from './page-bench';
import { adversarial, floor, scanner, timeSideBySide } from './text-bench';

const clock = () => performance.now();

(globalThis as Record<string, unknown>).centrixBench = (cards: number, runs: number, textSize: number) => {
  // Text first, on a quiet heap; the page benchmark leaves thousands of nodes behind.
  const text = generateText(textSize);
  const [base, ours] = timeSideBySide(text, 21, clock, [
    { fn: floor, reps: 10 },
    { fn: scanner, reps: 5 },
  ]);
  const result = {
    text: { floor: base!, scanner: ours! },
    adversarial: ADVERSARIAL.map(([label, input]) => ({ label, ...adversarial(input, 9, clock) })),
    page: runPageBench({ doc: document, Observer: MutationObserver, clock }, { cards, runs }),
  };
  document.body.textContent = '';
  return result;
};
