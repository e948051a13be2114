// Bundled by bench/run.ts with esbuild and loaded into blank pages of real Chromium.
import { ADVERSARIAL, generateText } from './generate';
import { runPageBench } from './page-bench';
import { adversarial, floor, scanner, timeSideBySide } from './text-bench';

const clock = () => performance.now();
const api = globalThis as Record<string, unknown>;

/** The floor's and the scanner's timings over the generated text, side by side (run in a page of its own). */
api.centrixText = (textSize: number) => {
  const [base, ours] = timeSideBySide(generateText(textSize), 21, clock, [
    { fn: floor, reps: 10 },
    { fn: scanner, reps: 5 },
  ]);
  return { floor: base!, scanner: ours! };
};

api.centrixBench = (cards: number, runs: number) => {
  const result = {
    adversarial: ADVERSARIAL.map(([label, input]) => ({ label, ...adversarial(input, 9, clock) })),
    page: runPageBench({ doc: document, Observer: MutationObserver, clock }, { cards, runs }),
  };
  document.body.textContent = '';
  return result;
};
