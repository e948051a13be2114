import { describe, expect, it } from 'vitest';
import { codeToKeyPart, missingText, sourceText } from '../../../lib/ui/finding-text';

describe('finding texts', () => {
  it.each([
    ['linkedin.currentCompany', 'LinkedinCurrentCompany'],
    ['json-ld', 'JsonLd'],
    ['og:site_name', 'OgSiteName'],
    ['mailto', 'Mailto'],
  ])('%s → %s', (code, part) => {
    expect(codeToKeyPart(code)).toBe(part);
  });

  it('words a known source in each language', () => {
    expect(sourceText('en', 'linkedin.topCard')).toBe('from LinkedIn top card');
    expect(sourceText('fr', 'linkedin.topCard')).toBe("depuis l'en-tête du profil LinkedIn");
  });

  it('keeps an unknown source readable', () => {
    expect(sourceText('en', 'weird.thing')).toBe('from the page (weird.thing)');
  });

  it('falls back to a generic sentence for an unknown missing code', () => {
    expect(missingText('en', 'nowhere.nothing')).toBe("Some details on this page couldn't be read.");
    expect(missingText('fr', 'nowhere.nothing')).toBe("Certains détails de cette page n'ont pas pu être lus.");
  });
});
