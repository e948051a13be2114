import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { noInnerHtmlPlugin, stripInnerHtmlSink } from '../../lib/build/no-inner-html';

describe('stripInnerHtmlSink', () => {
  it("removes preact's innerHTML assignment from the installed preact", () => {
    const path = createRequire(import.meta.url).resolve('preact');
    const source = readFileSync(path, 'utf8');
    expect(source).toMatch(/\.innerHTML=/);
    const stripped = stripInnerHtmlSink(source);
    expect(stripped).not.toMatch(/\.innerHTML\s*=/);
    // Reads of innerHTML (comparisons) are harmless and stay.
    expect(stripped).toContain('dangerouslySetInnerHTML is disabled');
  });

  it('leaves other modules alone', () => {
    const plugin = noInnerHtmlPlugin();
    expect(plugin.transform('a.innerHTML=b.__html', '/src/lib/x.ts')).toBeNull();
    expect(plugin.transform('a.innerHTML=b.__html', '/n/node_modules/preact/dist/preact.mjs')?.code).not.toContain(
      'innerHTML=',
    );
  });
});
