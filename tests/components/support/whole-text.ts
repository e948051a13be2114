import type { MatcherFunction } from '@testing-library/preact';

/**
 * Finds the innermost element whose whole text is `expected`, across the <bdi> that isolate values from outside
 * (testing-library's own text matcher reads an element's own text nodes only).
 */
export const wholeText =
  (expected: string | RegExp): MatcherFunction =>
  (_content, element) => {
    const matches = (el: Element | null) => {
      const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return typeof expected === 'string' ? text === expected : expected.test(text);
    };
    return element !== null && matches(element) && ![...element.children].some(matches);
  };
