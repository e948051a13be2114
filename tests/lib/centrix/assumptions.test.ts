// Every decision about the API lives in assumptions.ts, and each one is actually used: a constant no module imports
// would be a decision written down but not applied.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as assumptions from '../../../lib/centrix/assumptions';

const dir = join(__dirname, '../../../lib/centrix');
const sources = readdirSync(dir)
  .filter((name) => name.endsWith('.ts') && name !== 'assumptions.ts')
  .map((name) => readFileSync(join(dir, name), 'utf8'));

/** Names a module imports from './assumptions'. */
const imported = new Set(
  sources.flatMap((source) =>
    [
      ...source.matchAll(
        /import\s*\{([^}]*)\}\s*from\s*'\.\/assumptions'|export\s*\{([^}]*)\}\s*from\s*'\.\/assumptions'/g,
      ),
    ].flatMap((m) => (m[1] ?? m[2] ?? '').split(',').map((name) => name.trim().replace(/^type\s+/, ''))),
  ),
);

describe('assumptions.ts', () => {
  it.each(Object.keys(assumptions))('%s is imported by the client', (name) => {
    expect(imported).toContain(name);
  });

  it('is the only module that spells the production endpoint or the success word', () => {
    for (const source of sources) {
      const code = source.replace(/^\s*(\/\/|\/\*\*|\*).*$/gm, '').replace(/\/\*\*.*?\*\//g, '');
      expect(code).not.toContain('api.centrix.one');
      expect(code).not.toMatch(/['"]Success['"]/);
    }
  });

  it('keeps the defaults under the service-worker limits', () => {
    expect(assumptions.DEFAULT_TIMEOUT_MS).toBeLessThan(30_000);
    expect(assumptions.DEFAULT_RETRY.deadlineMs).toBeLessThan(30_000);
    expect(assumptions.DEFAULT_RETRY.retryAfterCapMs).toBeLessThan(30_000);
  });
});
