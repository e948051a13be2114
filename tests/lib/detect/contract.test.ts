// @vitest-environment happy-dom
// What the detectors produce is what the background accepts: every saved page's findings pass the message
// contract's own schema (lib/messaging/contract.ts), before and after enrichment.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect';
import { enrichFindings } from '../../../lib/enrich';
import { BgScanNowResponseSchema, CsFindingsSchema } from '../../../lib/messaging/contract';
import { FIXTURES, loadFixture, parse } from './fixtures';

describe('findings and the message contract', () => {
  it.each(FIXTURES)('%s: cs/findings and the bg/scan-now answer validate', (name) => {
    const { html, expected } = loadFixture(name);
    const findings = detectPage(parse(html), expected.url);
    const message = { type: 'cs/findings', url: expected.url, findings };
    expect(CsFindingsSchema.safeParse(message).error).toBeUndefined();
    expect(BgScanNowResponseSchema.safeParse({ ok: true, url: expected.url, findings }).error).toBeUndefined();
    expect(CsFindingsSchema.safeParse({ ...message, findings: enrichFindings(findings) }).error).toBeUndefined();
  });

  it('validates at the contract limits: a page of 1,200 addresses and very long names', () => {
    const long = 'N'.repeat(1000);
    const html = `<head><meta property="og:site_name" content="${long}"></head>
      <ul>${Array.from({ length: 1200 }, (_, i) => `<li>user${i}@company${i}.com</li>`).join('')}</ul>`;
    const findings = detectPage(parse(html), 'https://big.example.com/');
    expect(
      CsFindingsSchema.safeParse({ type: 'cs/findings', url: 'https://big.example.com/', findings }).error,
    ).toBeUndefined();
  });
});
