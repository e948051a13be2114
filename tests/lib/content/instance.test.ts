import { describe, expect, it, vi } from 'vitest';
import { claimInstance } from '../../../lib/content/instance';

describe('instance slot', () => {
  it('stops the previous instance when a new one claims the page, and only that one', () => {
    const scope = {};
    const first = vi.fn();
    const second = vi.fn();
    const third = vi.fn();
    claimInstance(scope, first);
    claimInstance(scope, second);
    claimInstance(scope, third);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(third).not.toHaveBeenCalled();
  });

  it('does not stop an instance that claims the page again', () => {
    const scope = {};
    const only = vi.fn();
    claimInstance(scope, only);
    claimInstance(scope, only);
    expect(only).not.toHaveBeenCalled();
  });
});
