import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'tests', 'sandbox', 'cli.ts');
const TSX_BIN = join(ROOT, 'node_modules', '.bin', 'tsx');
const KEY = 'cli-Secret-Key-0042';

interface Running {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

const running: Running[] = [];

function start(args: string[], viaTsxBinary = false): Running {
  const child = viaTsxBinary
    ? spawn(TSX_BIN, [CLI, ...args], { cwd: ROOT })
    : spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const run = { child, output: () => output, exited };
  running.push(run);
  return run;
}

/** Resolves with the printed API base, or rejects if the process ends first. */
function apiBaseOf(run: Running): Promise<string> {
  return new Promise((resolve, reject) => {
    const look = () => {
      const match = /API base: (\S+)/.exec(run.output());
      if (match?.[1]) {
        run.child.stdout.off('data', look);
        resolve(match[1]);
      }
    };
    run.child.stdout.on('data', look);
    look();
    void run.exited.then(() => reject(new Error(`CLI exited early:\n${run.output()}`)));
  });
}

afterEach(async () => {
  for (const run of running.splice(0)) {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGKILL');
      await run.exited;
    }
  }
});

describe('sandbox CLI', () => {
  it.each<[NodeJS.Signals, boolean]>([
    ['SIGTERM', false],
    ['SIGINT', false],
    ['SIGTERM', true],
  ])('starts, serves, never prints the key, and stops on %s (tsx binary: %s)', async (signal, viaTsxBinary) => {
    const run = start(['--port', '0', '--account', '777', '--key', KEY], viaTsxBinary);
    const apiBase = await apiBaseOf(run);
    expect(apiBase).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/API_WEB$/);
    const answer = await fetch(`${apiBase}/EN/Scripts-777-${KEY}-all.awp`);
    expect(answer.status).toBe(200);
    expect((await answer.json()).Scripts).toHaveLength(5);
    run.child.kill(signal);
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('Account:  777');
    expect(run.output()).toContain('the one given with --key');
    expect(run.output()).toContain(`stopped (${signal})`);
    expect(run.output()).not.toContain(KEY);
    expect(run.output()).not.toContain('Secret');
  });

  it('takes --schema fr and --empty', async () => {
    const run = start(['--port', '0', '--schema', 'fr', '--empty']);
    const apiBase = await apiBaseOf(run);
    expect(run.output()).toContain('Schema:   fr, 0 contacts');
    expect(run.output()).toContain('the default sandbox key');
    const answer = await fetch(`${apiBase}/EN/Users-1234-sandbox-key-all.awp?fields=Prenom`);
    expect(Object.keys((await answer.json()).Users[0])).toEqual(['idu', 'Prenom']);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('refuses a bad option with exit code 2 and the usage', async () => {
    const run = start(['--schema', 'de']);
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/--schema must be en or fr/);
    expect(run.output()).toContain('Usage: npm run sandbox');
  });
});
