import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noEvalPlugin, stripEvalProbe } from '../../lib/build/no-eval';

describe('stripEvalProbe', () => {
  it("answers zod's eval probe with false in the installed zod", () => {
    const source = readFileSync(join(process.cwd(), 'node_modules/zod/v4/core/util.js'), 'utf8');
    expect(source).toContain('new F("")');
    const stripped = stripEvalProbe(source);
    expect(stripped).not.toContain('new F("")');
    expect(stripped).toContain('return false;');
  });

  it('only touches zod', () => {
    const plugin = noEvalPlugin();
    const probe = 'try { const F = Function; new F(""); return true; } catch (_) { return false; }';
    expect(plugin.transform(probe, '/src/lib/x.ts')).toBeNull();
    expect(plugin.transform(probe, '/n/node_modules/zod/v4/core/util.js')?.code).not.toContain('Function');
  });
});
