import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { manifestFor } from './lib/build/manifest';
import { noEvalPlugin } from './lib/build/no-eval';
import { noInnerHtmlPlugin } from './lib/build/no-inner-html';

// `CENTRIX_SANDBOX=1` builds the variant used by `npm start` and the tests: it may talk to a loopback sandbox.
// Store builds never carry it (tests/build/manifest.test.ts checks the production manifests).
const sandbox = process.env.CENTRIX_SANDBOX === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  outDirTemplate: sandbox ? '{{browser}}-mv{{manifestVersion}}-sandbox' : '{{browser}}-mv{{manifestVersion}}',
  vite: () => ({
    plugins: [noInnerHtmlPlugin(), noEvalPlugin(), preact()],
    define: { 'import.meta.env.CENTRIX_SANDBOX': JSON.stringify(sandbox) },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => manifestFor({ browser, sandbox }),
  hooks: {
    // The content script only calls runtime.sendMessage/onMessage, which both browsers' MV3 APIs already serve with
    // promises; without webextension-polyfill (10 kB) it fits its 30 kB budget. Every other context keeps it.
    //
    // WXT's ContentScriptContext stops itself on a DOM event any page can dispatch (and announces each start with
    // one): content scripts get lib/content/script-context.ts instead, which keeps the one-scanner rule in the
    // isolated world and tells the page nothing.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) {
        const aliases = alias as Record<string, string>;
        delete aliases['wxt/browser'];
        aliases['wxt/utils/content-script-context'] = fileURLToPath(
          new URL('./lib/content/script-context.ts', import.meta.url),
        );
      }
    },
  },
});
