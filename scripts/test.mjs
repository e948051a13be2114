// `npm test`: every check the project has, in one command, ending with the `N passed, N failed` line CI reads.
// Each step runs even when an earlier one failed, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const results = [];
let tests = { passed: 0, failed: 0, skipped: 0 };

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  results.push({ name, ok });
  return ok;
}

const npx = 'npx';
step('type check', npx, ['tsc', '--noEmit', '-p', '.']);
step('lint', npx, ['eslint', '.']);
step('format', npx, ['prettier', '--check', '.']);
// `wxt zip` builds the store bundles (.output/chrome-mv3, .output/firefox-mv3) and zips them, with Firefox's
// sources zip: the zip check then looks at exactly what would be uploaded.
const built =
  step('build + zip chrome-mv3', npx, ['wxt', 'zip']) &
  step('build + zip firefox', npx, ['wxt', 'zip', '-b', 'firefox', '--mv3']);
if (built) {
  step('content script size (chrome)', 'node', ['scripts/check-content-size.mjs', '.output/chrome-mv3']);
  step('content script size (firefox)', 'node', ['scripts/check-content-size.mjs', '.output/firefox-mv3']);
  step('zip check (icons, permissions, web-ext lint of the Firefox zip, sources rebuild)', npx, [
    'tsx',
    'scripts/check-zips.ts',
  ]);
}

const reportDir = mkdtempSync(join(tmpdir(), 'centrix-vitest-'));
const report = join(reportDir, 'report.json');
step('vitest (unit, sandbox, browsers)', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  tests = {
    passed: json.numPassedTests ?? 0,
    failed: (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0),
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
} else {
  tests.failed += 1;
}
rmSync(reportDir, { recursive: true, force: true });

// The checks above count as tests too: a red type check is a failure like any other.
const checksFailed = results.filter((r) => !r.ok && !r.name.startsWith('vitest')).length;
const checksPassed = results.filter((r) => r.ok && !r.name.startsWith('vitest')).length;
const vitestStepFailed = results.some((r) => !r.ok && r.name.startsWith('vitest'));
const passed = tests.passed + checksPassed;
const failed = tests.failed + checksFailed + (vitestStepFailed && tests.failed === 0 ? 1 : 0);

console.log('\nSummary:');
for (const r of results) console.log(`  ${r.ok ? 'ok    ' : 'FAILED'} ${r.name}`);
console.log(`  vitest: ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`);
console.log(`${passed} passed, ${failed} failed${tests.skipped ? `, ${tests.skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
