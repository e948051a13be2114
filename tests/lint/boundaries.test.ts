// The context boundaries bite: a planted file per forbidden edge, linted through ESLint's API as if it sat in the
// tree (relative, `@/` and package imports alike), must error; the allowed edges must not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? [])
    .filter(
      (m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === '@typescript-eslint/no-restricted-imports',
    )
    .map((m) => m.message);
}

const use = (specifier: string, kind: 'value' | 'type' = 'value') =>
  kind === 'type'
    ? `import type * as planted from '${specifier}';\nexport type Planted = typeof planted;\n`
    : `import * as planted from '${specifier}';\nexport const used = planted;\n`;

const forbidden: [from: string, specifier: string, kind?: 'value' | 'type'][] = [
  // Content code (detectors, scanner, content entrypoints) reaches none of the background's or UI's code.
  ['lib/detect/planted.ts', '../storage/credential-store'],
  ['lib/detect/planted.ts', '../background/router'],
  ['lib/detect/sites/planted.ts', '../../centrix/client'],
  ['lib/content/planted.ts', '../ui/popup-store'],
  ['lib/content/planted.ts', '../enrich/enrich-findings'],
  ['lib/content/planted.ts', '../../components/popup/popup-app'],
  ['entrypoints/content.ts', '@/lib/storage/settings'],
  ['entrypoints/page.content.ts', '../lib/background/deps'],
  ['lib/detect/planted.ts', 'zod'],
  ['lib/detect/planted.ts', 'tldts'],
  ['lib/content/planted.ts', 'preact'],
  ['lib/content/planted.ts', '@preact/signals'],
  // Content code takes the contract as types only: its values are zod.
  ['lib/content/planted.ts', '../messaging/contract'],
  ['lib/detect/planted.ts', '../messaging/zod-config'],
  // The UI reaches the background, storage and Centrix through messages only.
  ['lib/ui/planted.ts', '../background/handlers'],
  ['lib/ui/planted.ts', '../storage/credential-store'],
  ['lib/ui/planted.ts', '../storage/settings'],
  ['lib/ui/planted.ts', '../centrix/client'],
  ['components/popup/planted.tsx', '../../lib/storage/items'],
  ['components/options/planted.tsx', '../../lib/centrix/url'],
  ['entrypoints/popup/planted.tsx', '../../lib/background/service'],
  // The background, the API client and enrichment never run content or UI code.
  ['lib/background/planted.ts', '../detect/index'],
  ['lib/background/planted.ts', '../content/start'],
  ['lib/centrix/planted.ts', '../ui/client'],
  ['lib/background/planted.ts', '../../components/popup/popup-app'],
  ['lib/enrich/planted.ts', '../content/page-scanner'],
  ['entrypoints/background.ts', '@/lib/ui/popup-store'],
  // Shared owners depend on no context.
  ['lib/shared/planted.ts', '../background/router'],
  ['lib/shared/planted.ts', '../ui/findings-view'],
  ['lib/shared/planted.ts', '../detect/index'],
];

const allowed: [from: string, specifier: string, kind?: 'value' | 'type'][] = [
  ['lib/detect/planted.ts', '../shared/site'],
  ['lib/detect/planted.ts', './email-scanner'],
  ['lib/content/planted.ts', '../detect/index'],
  ['lib/content/planted.ts', '../messaging/contract', 'type'],
  ['entrypoints/content.ts', '@/lib/content/start'],
  ['lib/ui/planted.ts', '../messaging/contract'],
  ['lib/ui/planted.ts', '../storage/settings-schema', 'type'],
  ['lib/ui/planted.ts', '../centrix/types', 'type'],
  ['lib/ui/planted.ts', '../shared/contact-values'],
  ['components/popup/planted.tsx', '../../lib/ui/popup-store'],
  ['components/popup/planted.tsx', 'preact/hooks'],
  ['lib/background/planted.ts', '../centrix/client'],
  ['lib/background/planted.ts', '../storage/settings'],
  ['lib/background/planted.ts', '../detect/types', 'type'],
  ['lib/background/planted.ts', 'zod'],
  ['lib/enrich/planted.ts', 'tldts'],
];

describe('context boundaries (eslint, on resolved paths)', () => {
  it.each(forbidden)('%s may not import %s', async (file, specifier, kind) => {
    expect(await boundaryErrors(file, use(specifier, kind))).toHaveLength(1);
  });

  it.each(allowed)('%s may import %s', async (file, specifier, kind) => {
    expect(await boundaryErrors(file, use(specifier, kind))).toEqual([]);
  });

  it('a forbidden edge errors whichever way the path is written', async () => {
    const ways = [
      '../storage/settings',
      '../storage/settings.ts',
      '@/lib/storage/settings',
      '../../lib/storage/settings',
    ];
    const errors = await Promise.all(ways.map((w) => boundaryErrors('lib/detect/planted.ts', use(w))));
    expect(errors.map((e) => e.length)).toEqual([1, 1, 1, 1]);
  });
});
