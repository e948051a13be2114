// Prints the size of every built content script and of the on-demand scanner, and fails (exit 1) when one weighs
// more than the budget: the content script runs on every LinkedIn and Gmail page the user opens.
// Usage: node scripts/check-content-size.mjs [outputDir]   (default .output/chrome-mv3)
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUDGET = 30_000;
const outDir = process.argv[2] ?? '.output/chrome-mv3';
const dir = join(outDir, 'content-scripts');

if (!existsSync(dir)) {
  console.error(`No content scripts in ${dir}: build first (npx wxt build).`);
  process.exit(1);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
if (files.length === 0) {
  console.error(`No .js file in ${dir}.`);
  process.exit(1);
}
let over = 0;
for (const file of files) {
  const bytes = statSync(join(dir, file)).size;
  const ok = bytes <= BUDGET;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} content-scripts/${file}: ${bytes} bytes (budget ${BUDGET})`);
}
process.exit(over ? 1 : 0);
