import { describe, expect, it, vi } from 'vitest';
import { claimInstance, releaseInstance } from '../../../lib/content/instance';

describe('instance slot', () => {
  it('stops the previous instance when a new one claims the page', () => {
    const scope = {};
    const first = vi.fn();
    const second = vi.fn();
    claimInstance(scope, first);
    claimInstance(scope, second);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  it('releases only its own claim', () => {
    const scope = {};
    const first = vi.fn();
    const second = vi.fn();
    claimInstance(scope, first);
    claimInstance(scope, second);
    releaseInstance(scope, first);
    const third = vi.fn();
    claimInstance(scope, third);
    expect(second).toHaveBeenCalledTimes(1);
    releaseInstance(scope, third);
    claimInstance(scope, vi.fn());
    expect(third).not.toHaveBeenCalled();
  });
});
