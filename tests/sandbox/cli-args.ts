// Command-line options of the sandbox CLI, parsed without side effects so they can be tested in-process.

import { parseArgs } from 'node:util';
import { DEFAULT_ACCOUNT, type SandboxOptions } from './server.ts';

export const USAGE =
  'Usage: npm run sandbox -- [--port 8787] [--host 127.0.0.1] [--account 1234] [--key KEY] [--schema en|fr] [--empty] [--seed N]';

export type CliArgs = { kind: 'run'; options: SandboxOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export function parseCliArgs(argv: string[]): CliArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
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
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535)
    return { kind: 'error', message: '--port must be an integer from 0 to 65535.' };
  if (!/^-?\d+$/.test(values.seed)) return { kind: 'error', message: '--seed must be an integer.' };
  if (values.schema !== 'en' && values.schema !== 'fr') return { kind: 'error', message: '--schema must be en or fr.' };
  if (values.key === '' || values.account === '')
    return { kind: 'error', message: '--key and --account cannot be empty.' };
  const options: SandboxOptions = {
    port,
    host: values.host,
    account: values.account,
    schema: values.schema,
    empty: values.empty,
    seed: Number(values.seed),
  };
  if (values.key !== undefined) options.key = values.key;
  return { kind: 'run', options };
}
