import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Context boundaries (see STYLE.md): content-script code never imports background code or the API client, and
// the reverse; UI components never import browser-facing modules directly.
const contentMayNot = ['**/lib/centrix/**', '**/lib/background/**', '**/lib/storage/**', 'zod', 'tldts', 'preact'];

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
    files: ['lib/detect/**', 'lib/content/**', 'entrypoints/content.ts', 'entrypoints/content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: contentMayNot }] },
  },
  {
    files: ['lib/centrix/**', 'lib/background/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/lib/content/**', '**/components/**', 'preact'] }],
    },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**', '*.config.*'],
    // Node scripts: tsc does not check .mjs, and Node's globals are not declared to eslint.
    rules: { 'no-console': 'off', 'no-undef': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
