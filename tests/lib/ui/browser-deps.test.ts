// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserDeps, tabIdFromQuery } from '../../../lib/ui/browser-deps';

describe('tabIdFromQuery', () => {
  it.each([
    ['?tabId=7', 7],
    ['?tabId=1', 1],
    ['?foo=bar&tabId=1234567', 1234567],
    ['tabId=42', 42],
    [`?tabId=${Number.MAX_SAFE_INTEGER}`, Number.MAX_SAFE_INTEGER],
  ])('reads %j as tab %d', (search, id) => {
    expect(tabIdFromQuery(search)).toBe(id);
  });

  it.each([
    '',
    '?',
    '?tabId=',
    '?tabId=0',
    '?tabId=-3',
    '?tabId=007',
    '?tabId=1.5',
    '?tabId=1e3',
    '?tabId=+4',
    '?tabId=%204',
    '?tabId=0x10',
    '?tabId=12abc',
    '?tabId=NaN',
    '?tabid=5',
    '?tabId=99999999999999999',
    `?tabId=${Number.MAX_SAFE_INTEGER + 1}`,
  ])('refuses %j', (search) => {
    expect(tabIdFromQuery(search)).toBeUndefined();
  });

  it('takes the first tabId when the query repeats it', () => {
    expect(tabIdFromQuery('?tabId=3&tabId=9')).toBe(3);
  });
});

describe('browserDeps().activeTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
    window.history.replaceState(null, '', '/');
  });

  it('answers the tab named in the page query, with its URL', async () => {
    const page = await fakeBrowser.tabs.create({ url: 'https://example.com/team', active: false });
    await fakeBrowser.tabs.create({ url: 'https://elsewhere.example/', active: true });
    window.history.replaceState(null, '', `/popup.html?tabId=${page.id}`);

    expect(await browserDeps().activeTab()).toEqual({ id: page.id, url: 'https://example.com/team' });
  });

  it('answers no tab when the named tab does not exist, rather than the active one', async () => {
    await fakeBrowser.tabs.create({ url: 'https://elsewhere.example/', active: true });
    window.history.replaceState(null, '', '/popup.html?tabId=4242');

    expect(await browserDeps().activeTab()).toBeUndefined();
  });

  it('asks for the active tab of the current window without a valid tabId', async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 12, url: 'https://example.com/here' } as Browser.tabs.Tab]);
    const get = vi.spyOn(fakeBrowser.tabs, 'get');
    window.history.replaceState(null, '', '/popup.html?tabId=0');

    expect(await browserDeps().activeTab()).toEqual({ id: 12, url: 'https://example.com/here' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(get).not.toHaveBeenCalled();
  });
});
