import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('.', import.meta.url));

// Context boundaries, checked on the path each import resolves to (relative, `@/` alias or package alike), so
// `'../storage/settings'` counts as lib/storage wherever it is written from. tests/lint/boundaries.test.ts plants a
// file per forbidden edge and expects each to error.
const CONTENT = ['lib/detect/**', 'lib/content/**', 'entrypoints/content.ts', 'entrypoints/*.content.ts'];
const UI = ['lib/ui/**', 'components/**', 'entrypoints/popup/**', 'entrypoints/options/**'];
const BACKGROUND = ['lib/background/**', 'lib/centrix/**', 'lib/enrich/**', 'entrypoints/background.ts'];

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
const boundaries = [
  // Content scripts run in every page and must stay under 30 kB: no background, API client, storage, UI or
  // enrichment code, and none of the heavy libraries (zod, tldts, preact).
  ...[
    'lib/background',
    'lib/centrix',
    'lib/storage',
    'lib/ui',
    'lib/enrich',
    'components',
    'entrypoints/background.ts',
    'entrypoints/popup',
    'entrypoints/options',
    'node_modules/zod',
    'node_modules/tldts',
    'node_modules/tldts-core',
    'node_modules/preact',
    'node_modules/@preact',
  ].map((from) => zone(CONTENT, from, 'Content scripts may not import this (see the boundaries in eslint.config.js).')),
  // The message contract is runtime zod: content code takes its types only (`import type`, checked below).
  // The UI talks to the background through messages only. The settings schema and the API's types are the pure
  // modules the message contract itself is built from: they touch no storage and no network.
  zone(UI, 'lib/background', 'The popup and options pages reach the background through messages only.'),
  zone(UI, 'lib/storage', 'The popup and options pages reach storage through the background only.', [
    './settings-schema.ts',
  ]),
  zone(UI, 'lib/centrix', 'The popup and options pages reach Centrix through the background only.', ['./types.ts']),
  // The background and the API client never run page or UI code.
  ...['lib/detect', 'lib/content', 'lib/ui', 'components', 'entrypoints/content.ts', 'entrypoints/page.content.ts'].map(
    (from) =>
      zone(
        BACKGROUND,
        from,
        'The background may not import content-script or UI code.',
        from === 'lib/detect' ? ['./types.ts'] : undefined,
      ),
  ),
  // Shared owners are pure knowledge for every context: they depend on no context.
  ...['lib/background', 'lib/content', 'lib/detect', 'lib/ui', 'lib/enrich', 'components'].map((from) =>
    zone('lib/shared/**', from, 'lib/shared is pure and context-free: it imports no context.'),
  ),
];

export default tseslint.config(
  { ignores: ['.output/**', '.scratch-output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // The build strips preact's innerHTML sink (lib/build/no-inner-html.ts); nothing may need it.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in the UI.' },
      ],
    },
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          alias: { '@': [root] },
          conditionNames: ['import', 'module', 'browser', 'default'],
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaries }],
      // Type imports count: a cycle of types is still two modules that cannot be understood one without the other.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: CONTENT,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/messaging/contract', '**/messaging/contract.ts', '**/messaging/zod-config*'],
              allowTypeImports: true,
              message: 'Content code takes the contract as types only (`import type`): its runtime is zod.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**', '*.config.*'],
    // Node scripts: tsc does not check .mjs, and Node's globals are not declared to eslint.
    rules: { 'no-console': 'off', 'no-undef': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
