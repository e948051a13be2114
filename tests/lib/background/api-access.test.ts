import { describe, expect, it, vi } from 'vitest';
import { createApiAccess, resolveApiBase } from '../../../lib/background/api-access';
import type { CentrixClient, CentrixClientOptions } from '../../../lib/centrix/types';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings-schema';

const dev = { ...DEFAULT_SETTINGS, devApiBaseUrl: 'http://127.0.0.1:4010/API_WEB' };

describe('api access', () => {
  it('uses the developer base URL in sandbox builds only', () => {
    expect(resolveApiBase(dev, true)).toBe('http://127.0.0.1:4010/API_WEB');
    expect(resolveApiBase(dev, false)).toBe('https://api.centrix.one/API_WEB');
    expect(resolveApiBase(DEFAULT_SETTINGS, true)).toBe('https://api.centrix.one/API_WEB');
  });

  it('reuses one client while credentials and settings stay the same, and says when there are none', async () => {
    let stored: { account: string; apiKey: string } | null = null;
    let settings = dev;
    const made: CentrixClientOptions[] = [];
    const access = createApiAccess({
      credentials: { get: async () => stored, set: vi.fn(), clear: vi.fn() },
      readSettings: async () => settings,
      createClient: (options) => {
        made.push(options);
        return {} as CentrixClient;
      },
      fetch: globalThis.fetch,
      sandboxBuild: false,
    });
    expect(await access.get()).toEqual({ ok: false, pause: 'no-credentials' });
    stored = { account: '12', apiKey: 'k' };
    const first = await access.get();
    const second = await access.get();
    expect(first.ok && second.ok && first.access.client === second.access.client).toBe(true);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      baseUrl: 'https://api.centrix.one/API_WEB',
      account: '12',
      apiKey: 'k',
      language: 'EN',
    });
    settings = { ...dev, apiLanguage: 'FR' };
    await access.get();
    expect(made).toHaveLength(2);
    expect(access.hostPattern(settings)).toBe('https://api.centrix.one/*');
    const sandboxAccess = createApiAccess({
      credentials: { get: async () => null, set: vi.fn(), clear: vi.fn() },
      readSettings: async () => dev,
      createClient: () => ({}) as CentrixClient,
      fetch: globalThis.fetch,
      sandboxBuild: true,
    });
    expect(sandboxAccess.hostPattern(dev)).toBe('http://127.0.0.1/*');
  });
});
