// Test-without-save and switching accounts, through the background's router with the real client against two
// sandboxes over HTTP (an English-schema account and a French-schema one).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { backgroundFor } from './support/service-harness';

describe('credentials: test without saving, and switching accounts', () => {
  let first: Sandbox;
  let second: Sandbox;

  beforeAll(async () => {
    first = await startSandbox({ port: 0, account: '1111', key: 'first-key' });
    second = await startSandbox({ port: 0, account: '2222', key: 'second-key', schema: 'fr', seed: 7 });
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('tests typed credentials with the typed language and URL, and stores nothing', async () => {
    const bg = backgroundFor(first);
    const typed = { account: '1111', apiKey: 'first-key', apiLanguage: 'EN', devApiBaseUrl: first.apiBase };
    expect(await bg.send({ type: 'ui/test-connection', typed })).toMatchObject({
      ok: true,
      saved: false,
      connection: { result: 'success' },
    });
    expect(await bg.send({ type: 'ui/test-connection', typed: { ...typed, apiKey: 'wrong-key' } })).toMatchObject({
      ok: true,
      saved: false,
      connection: { result: 'bad-credentials' },
    });
    const settings = await bg.send({ type: 'ui/settings-get' });
    expect(settings).toMatchObject({ credentialsConfigured: false });
    expect(settings.settings.devApiBaseUrl).toBeNull();
  });

  it("forgets the old account's lists, catalogue, mapping and default lists, and reads the new catalogue", async () => {
    const bg = backgroundFor(first);
    expect(await bg.configure({ account: '1111', apiKey: 'first-key' })).toMatchObject({ saved: true });
    const firstLists = (await bg.send({ type: 'ui/lists-get' })).lists as { id: string; name: string }[];
    expect(firstLists.length).toBeGreaterThan(0);
    await bg.send({ type: 'ui/settings-save', patch: { defaultListIds: [firstLists[0]!.id] } });
    const firstCatalogue = (await bg.send({ type: 'ui/catalogue-get' })).catalogue;
    expect(firstCatalogue.contactFields).toContain(first.fieldName('email'));
    expect((await bg.send({ type: 'ui/settings-get' })).settings.fieldMapping.email).toBe(first.fieldName('email'));

    await bg.send({ type: 'ui/settings-save', patch: { devApiBaseUrl: second.apiBase } });
    expect(await bg.send({ type: 'ui/credentials-save', account: '2222', apiKey: 'second-key' })).toMatchObject({
      saved: true,
      connection: { result: 'success' },
    });
    const after = await bg.send({ type: 'ui/settings-get' });
    expect(after.credentialsConfigured).toBe(true);
    // The account number stays in the background: the page learns that an account is connected, not which number.
    expect(JSON.stringify(after)).not.toContain('2222');
    expect(after.settings.defaultListIds).toEqual([]);
    // The mapping is the new account's own (its French field names), proposed from its catalogue, read again.
    const secondCatalogue = (await bg.send({ type: 'ui/catalogue-get' })).catalogue;
    expect(secondCatalogue.contactFields).toContain(second.fieldName('email'));
    expect(secondCatalogue.contactFields).not.toContain(first.fieldName('email'));
    expect(after.settings.fieldMapping.email).toBe(second.fieldName('email'));
    // The lists are read from the new account, not served from the old one's.
    second.clearRequests();
    expect((await bg.send({ type: 'ui/lists-get' })).ok).toBe(true);
    expect(second.requests().some((r) => r.path.includes('/Scripts-'))).toBe(true);
  });
});
