// `npm start` without a display: it must print every setting needed to load and configure the extension by hand,
// and keep the sandbox and the demo page running with exactly those settings. Runs the real script.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './harness/paths';

let child: ChildProcess | undefined;

afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  child = undefined;
});

function startWithoutDisplay(args: string[]): Promise<string> {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const proc = spawn('node', ['scripts/start.mjs', ...args], { cwd: PROJECT_ROOT, env, stdio: 'pipe' });
  child = proc;
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "Press Ctrl-C" within 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`));
    });
  });
}

const setting = (output: string, label: string) => {
  const match = new RegExp(`^\\s*${label}:\\s+(\\S+)$`, 'm').exec(output);
  if (!match) throw new Error(`"${label}" is not printed:\n${output}`);
  return match[1]!;
};

describe.each([
  ['Chromium', [], '.output/chrome-mv3-sandbox', 'chrome://extensions'],
  ['Firefox', ['--firefox'], '.output/firefox-mv3-sandbox', 'about:debugging'],
])('npm start (%s) without a display', (_, args, folder, loadPage) => {
  it('prints the build folder, API base URL, account and key, and keeps a sandbox that accepts them', async () => {
    const output = await startWithoutDisplay(args);
    expect(output).toContain('There is no display');
    expect(output).toContain(loadPage);
    const extensionDir = setting(output, 'extension build folder');
    expect(extensionDir).toBe(folder);
    expect(existsSync(path.join(PROJECT_ROOT, extensionDir, 'manifest.json'))).toBe(true);
    const apiBase = setting(output, 'API base URL');
    const account = setting(output, 'account number');
    const key = setting(output, 'API key');
    expect(key).toBe('sandbox-key');
    const demoUrl = setting(output, 'demo prospect page');

    // The printed settings are the ones the running sandbox accepts, and the demo page is served.
    const lists = await fetch(`${apiBase}/EN/Scripts-${account}-${key}-all.awp?fields=all`);
    expect(lists.status).toBe(200);
    const wrongKey = await fetch(`${apiBase}/EN/Scripts-${account}-not-the-key-all.awp?fields=all`);
    expect(wrongKey.status).not.toBe(200);
    expect((await fetch(demoUrl)).status).toBe(200);
    // Still running: it waits for Ctrl-C.
    expect(child?.exitCode).toBeNull();
  });
});
