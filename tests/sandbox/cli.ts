// `npm run sandbox -- --port 8787 --account 1234 --key <key> [--schema fr] [--empty] [--seed N] [--host H]`
// Starts the sandbox and prints its API base URL. The key is never printed: it is the one given with --key.

import { parseArgs } from 'node:util';
import { DEFAULT_ACCOUNT, startSandbox, type SandboxOptions } from './server.ts';

const USAGE =
  'Usage: npm run sandbox -- [--port 8787] [--host 127.0.0.1] [--account 1234] [--key KEY] [--schema en|fr] [--empty] [--seed N]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function options(): SandboxOptions {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        account: { type: 'string', default: DEFAULT_ACCOUNT },
        key: { type: 'string' },
        schema: { type: 'string', default: 'en' },
        empty: { type: 'boolean', default: false },
        seed: { type: 'string', default: '1' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) fail('--port must be an integer from 0 to 65535.');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) fail('--seed must be an integer.');
  if (values.schema !== 'en' && values.schema !== 'fr') fail('--schema must be en or fr.');
  if (values.key === '' || values.account === '') fail('--key and --account cannot be empty.');
  const chosen: SandboxOptions = {
    port,
    host: values.host,
    account: values.account,
    schema: values.schema,
    empty: values.empty,
    seed,
  };
  if (values.key !== undefined) chosen.key = values.key;
  return chosen;
}

const chosen = options();
const sandbox = await startSandbox(chosen);
const keyNote =
  chosen.key === undefined ? 'the default sandbox key (see tests/sandbox/README.md)' : 'the one given with --key';
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
