// Builds the sandbox variant of the extension (loopback host permissions) with WXT, for the browser tests and
// `npm start`.
//
// Exports:
//   buildSandboxExtension(browser, { quiet? }) → Promise<string>   runs `CENTRIX_SANDBOX=1 wxt build` for 'chrome'
//     or `… -b firefox --mv3` for 'firefox' and returns the output folder; `quiet` keeps WXT's output unless it fails
//   checkSandboxBuild(browser) → string   the output folder, after checking it holds a sandbox manifest;
//     throws a message that says which command makes it
//   SANDBOX_EXT_DIRS   { chrome, firefox } output folders
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_SANDBOX_EXT_DIR, FIREFOX_SANDBOX_EXT_DIR, PROJECT_ROOT } from './paths';

export type ExtensionBrowser = 'chrome' | 'firefox';

export const SANDBOX_EXT_DIRS: Record<ExtensionBrowser, string> = {
  chrome: CHROMIUM_SANDBOX_EXT_DIR,
  firefox: FIREFOX_SANDBOX_EXT_DIR,
};

const BUILD_ARGS: Record<ExtensionBrowser, string[]> = {
  chrome: ['build'],
  firefox: ['build', '-b', 'firefox', '--mv3'],
};

export function checkSandboxBuild(browser: ExtensionBrowser): string {
  const dir = SANDBOX_EXT_DIRS[browser];
  const manifestPath = path.join(dir, 'manifest.json');
  const command = `CENTRIX_SANDBOX=1 npx wxt ${BUILD_ARGS[browser].join(' ')}`;
  if (!existsSync(manifestPath)) throw new Error(`No sandbox build at ${dir}: run \`${command}\``);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  // Only the sandbox variant may reach loopback; anything else here is a stale or wrong build.
  if (!manifest.host_permissions?.includes('http://127.0.0.1/*')) {
    throw new Error(`${manifestPath} is not a sandbox build (no loopback host permission): run \`${command}\``);
  }
  return dir;
}

export function buildSandboxExtension(browser: ExtensionBrowser, { quiet = false } = {}): Promise<string> {
  const wxt = path.join(PROJECT_ROOT, 'node_modules/.bin/wxt');
  const child = spawn(wxt, BUILD_ARGS[browser], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CENTRIX_SANDBOX: '1' },
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`Could not run ${wxt}: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (code !== 0) {
        const detail = quiet ? `:\n${output.slice(-5_000)}` : ' (WXT explains why above)';
        reject(new Error(`Sandbox build for ${browser} failed (${code ?? signal})${detail}`));
        return;
      }
      try {
        resolve(checkSandboxBuild(browser));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
