import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Two projects: fast tests (unit + sandbox over loopback HTTP) and browser tests (built extension in real
// Chromium and Firefox). Tests that need a DOM say so with `// @vitest-environment happy-dom`.
export default defineConfig({
  test: {
    projects: [
      {
        // WxtVitest does not apply our vite plugins, so preact is added again here.
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
