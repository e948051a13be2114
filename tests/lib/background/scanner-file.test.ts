import { describe, expect, it } from 'vitest';
import { PAGE_SCRIPT_FILE, SITE_SCRIPT_FILE, scannerFileFor } from '../../../lib/background/scanner-file';

describe('scannerFileFor', () => {
  it('gives LinkedIn and Gmail the script with their adapters, every other page the light one', () => {
    expect(scannerFileFor('https://www.linkedin.com/company/acme/')).toBe(SITE_SCRIPT_FILE);
    expect(scannerFileFor('https://mail.google.com/mail/u/0/#inbox')).toBe(SITE_SCRIPT_FILE);
    expect(scannerFileFor('https://www.acme.com/team')).toBe(PAGE_SCRIPT_FILE);
    expect(scannerFileFor('https://linkedin.com.evil.example/in/x')).toBe(PAGE_SCRIPT_FILE);
    expect(scannerFileFor(undefined)).toBe(PAGE_SCRIPT_FILE);
  });
});
