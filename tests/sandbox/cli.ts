// `npm run sandbox -- --port 8787 --account 1234 --key <key> [--schema fr] [--empty] [--seed N] [--host H]`
// Starts the sandbox and prints its API base URL. The key is never printed: it is the one given with --key.

import { parseCliArgs, USAGE } from './cli-args.ts';
import { startSandbox } from './server.ts';

const args = parseCliArgs(process.argv.slice(2));
if (args.kind === 'help') {
  console.log(USAGE);
  process.exit(0);
}
if (args.kind === 'error') {
  console.error(`${args.message}\n${USAGE}`);
  process.exit(2);
}

const sandbox = await startSandbox(args.options);
const keyNote =
  args.options.key === undefined ? 'the default sandbox key (see tests/sandbox/README.md)' : 'the one given with --key';
console.log(
  [
    'Centrix sandbox listening.',
    `API base: ${sandbox.apiBase}`,
    `Account:  ${sandbox.account}`,
    `Key:      ${keyNote} (not printed)`,
    `Schema:   ${sandbox.schema}, ${sandbox.contacts().length} contacts`,
    `Control:  ${sandbox.origin}/__sandbox/ (faults, reset, requests, contacts)`,
    'Stop with Ctrl+C.',
  ].join('\n'),
);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  await sandbox.close();
  console.log(`Centrix sandbox stopped (${signal}).`);
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
