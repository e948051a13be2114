// @vitest-environment happy-dom
import { wholeText } from '../support/whole-text';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/popup-app';
import { createPopupStore } from '../../../lib/ui/popup-store';
import { busyPage, fakeBackground, outbox, outboxItem, settingsAnswer, tabState } from '../../lib/ui/fake-background';

afterEach(cleanup);

async function show(handlers: Parameters<typeof fakeBackground>[0] = {}) {
  const bg = fakeBackground(handlers);
  const store = createPopupStore(bg.deps);
  const view = render(<PopupApp store={store} />);
  await screen.findByTestId('app-ready');
  return { bg, store, view };
}

describe('PopupApp', () => {
  it('marks itself ready only once the first data has loaded', async () => {
    let release: (value: unknown) => void = () => {};
    const bg = fakeBackground({ 'ui/settings-get': () => new Promise((resolve) => (release = resolve)) });
    render(<PopupApp store={createPopupStore(bg.deps)} />);
    expect(screen.queryByTestId('app-ready')).toBeNull();
    expect(screen.getByText(wholeText('Loading…'))).toBeTruthy();
    release(settingsAnswer({}, false));
    await screen.findByTestId('app-ready');
  });

  it('sends an unconfigured user to the options page', async () => {
    const { bg } = await show({ 'ui/settings-get': () => settingsAnswer({}, false) });
    expect(screen.getByText(wholeText('Connect Centrix Capture to your CentrixOne account'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(bg.openedOptions()).toBe(1);
  });

  it('says it in French when French is chosen', async () => {
    await show({ 'ui/settings-get': () => settingsAnswer({ uiLanguage: 'fr' }, false) });
    expect(screen.getByText(wholeText('Connectez Centrix Capture à votre compte CentrixOne'))).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ouvrir les paramètres' })).toBeTruthy();
  });

  it('shows each person with their Centrix status, source and confidence', async () => {
    await show();
    expect(screen.getByText(wholeText('www.linkedin.com'))).toBeTruthy();
    const jane = screen.getByLabelText('Jane Doe').closest('li')!;
    expect(within(jane).getByText(wholeText('In Centrix: Jane Doe (#42)'))).toBeTruthy();
    expect(within(jane).getByText(wholeText('Head of Sales · Acme'))).toBeTruthy();
    expect(within(jane).getByText(wholeText(/from LinkedIn top card/))).toBeTruthy();
    const bob = screen.getByLabelText('Bob Martin').closest('li')!;
    expect(within(bob).getByText(wholeText('New'))).toBeTruthy();
    // Bob came from a 0.4-confidence detection: marked as a guess, not presented as fact.
    expect(within(bob).getByText(wholeText('guess, 40% sure'))).toBeTruthy();
  });

  it('lists loose addresses, companies and what could not be read', async () => {
    await show();
    expect(screen.getByRole('heading', { name: 'Other email addresses (1)' })).toBeTruthy();
    expect(screen.getByLabelText('sales@acme.test')).toBeTruthy();
    const companies = screen.getByRole('heading', { name: 'Companies (1)' }).closest('section')!;
    expect(within(companies).getByText(wholeText('In Centrix'))).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Not read from this page' })).toBeTruthy();
    // The fake page reports `linkedin.currentCompany`, which the detectors word themselves.
    expect(screen.getByText(wholeText("Could not read this person's current company."))).toBeTruthy();
  });

  it('shows a pending lookup and a failed one with its reason', async () => {
    const page = tabState({
      findings: { people: [{ name: 'Ann Lee', email: 'ann@x.test', source: 'text', confidence: 0.9 }] },
      lookup: { status: 'pending', matches: [], companies: [] },
    });
    const { store } = await show({ 'ui/tab-state': () => ({ ok: true, state: page }) });
    expect(screen.getByText(wholeText('Looking up…'))).toBeTruthy();
    expect((screen.getByLabelText('Ann Lee') as HTMLInputElement).disabled).toBe(true);
    store.findings.tabState.value = {
      ...page,
      lookup: { status: 'failed', reason: 'network', matches: [], companies: [] },
    };
    expect(await screen.findByText(wholeText("Couldn't check: Centrix could not be reached (network)."))).toBeTruthy();
  });

  it('says when Centrix could not be asked, and still lets the user decide', async () => {
    const page = tabState({
      findings: { people: [{ name: 'Ann Lee', email: 'ann@x.test', source: 'text', confidence: 0.9 }] },
      lookup: { status: 'not-configured', reason: 'unmapped', matches: [], companies: [] },
    });
    await show({ 'ui/tab-state': () => ({ ok: true, state: page }) });
    expect(screen.getByText(wholeText(/Not checked: no Centrix field is chosen/))).toBeTruthy();
    expect((screen.getByLabelText('Ann Lee') as HTMLInputElement).disabled).toBe(false);
  });

  it('adds the chosen person to the chosen lists and announces it', async () => {
    const { bg } = await show({ 'ui/settings-get': () => settingsAnswer({ defaultListIds: ['10'] }) });
    const add = screen.getByRole('button', { name: 'Add to Centrix (0)' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Bob Martin'));
    expect((screen.getByLabelText('Prospects') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Partners'));
    fireEvent.click(screen.getByRole('button', { name: 'Add to Centrix (1)' }));
    expect(await screen.findByText(wholeText('1 queued for Centrix.'))).toBeTruthy();
    expect(bg.of('ui/contact-save')[0]).toMatchObject({
      values: { email: 'bob@acme.test', fullName: 'Bob Martin' },
      listIds: ['10', '11'],
    });
    expect(screen.getByText(wholeText('1 queued for Centrix.')).closest('[aria-live="polite"]')).not.toBeNull();
  });

  it('warns before an update changes the whole account, in English and French', async () => {
    const mapping = { company: 'Entreprise', jobTitle: 'Titre' };
    const { bg, view } = await show({ 'ui/settings-get': () => settingsAnswer({ fieldMapping: mapping }) });
    fireEvent.click(screen.getByLabelText('Jane Doe'));
    fireEvent.click(screen.getByRole('button', { name: 'Update (1)' }));
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByText(wholeText(/Company belong to the account in Centrix/))).toBeTruthy();
    expect(bg.of('ui/contact-save')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Update everything' }));
    await screen.findByText(wholeText('1 queued for Centrix.'));
    expect(bg.of('ui/contact-save')[0]).toMatchObject({ contactId: '42', values: { company: 'Acme' } });
    view.unmount();

    await show({ 'ui/settings-get': () => settingsAnswer({ fieldMapping: mapping, uiLanguage: 'fr' }) });
    fireEvent.click(screen.getByLabelText('Jane Doe'));
    fireEvent.click(screen.getByRole('button', { name: 'Mettre à jour (1)' }));
    expect(screen.getByText(wholeText(/Entreprise appartiennent au compte dans Centrix/))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('says which detected details have no Centrix field before sending', async () => {
    const mapping = { email: 'Courriel', fullName: 'NomComplet' };
    await show({ 'ui/settings-get': () => settingsAnswer({ fieldMapping: mapping }) });
    fireEvent.click(screen.getByLabelText('Jane Doe'));
    expect(
      screen.getByText(wholeText(/Not sent \(no Centrix field chosen\): First name, Last name, Company, Job title/)),
    ).toBeTruthy();
  });

  it('selects every new person at once, leaving known ones alone', async () => {
    const page = busyPage();
    page.findings.people.push({ name: 'Eve Stone', email: 'eve@acme.test', source: 'text', confidence: 0.9 });
    await show({ 'ui/tab-state': () => ({ ok: true, state: page }) });
    fireEvent.click(screen.getByRole('button', { name: 'Select all new' }));
    expect((screen.getByLabelText('Bob Martin') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Eve Stone') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Jane Doe') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('button', { name: 'Add to Centrix (2)' })).toBeTruthy();
  });

  it('closes the account warning with Escape without sending', async () => {
    const { bg } = await show({ 'ui/settings-get': () => settingsAnswer({ fieldMapping: { company: 'Entreprise' } }) });
    fireEvent.click(screen.getByLabelText('Jane Doe'));
    fireEvent.click(screen.getByRole('button', { name: 'Update (1)' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bg.of('ui/contact-save')).toEqual([]);
  });

  it('offers a scan on an empty page and sends it for the current tab', async () => {
    const { bg } = await show({
      'ui/tab-state': () => ({ ok: true, state: null }),
      'ui/scan-tab': () => ({ ok: true, state: busyPage() }),
    });
    expect(screen.getByText(wholeText('Nothing found on this page yet'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Scan this page' }));
    expect(await screen.findByText(wholeText('Scan finished: 4 found.'))).toBeTruthy();
    expect(bg.of('ui/scan-tab')).toEqual([{ type: 'ui/scan-tab', tabId: 7 }]);
    expect(screen.getByLabelText('Jane Doe')).toBeTruthy();
  });

  it('does not offer a scan on a browser page', async () => {
    const bg = fakeBackground({ 'ui/tab-state': () => ({ ok: true, state: null }) });
    bg.deps.activeTab = async () => ({ id: 3, url: 'chrome://extensions' });
    render(<PopupApp store={createPopupStore(bg.deps)} />);
    await screen.findByTestId('app-ready');
    expect(screen.getByText(wholeText("This page can't be read"))).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Scan this page' })).toBeNull();
  });

  it('lists failed outbox items with retry and discard', async () => {
    const { bg } = await show({
      'ui/outbox-status': () => ({
        ok: true,
        outbox: outbox([outboxItem({ id: 'o1', state: 'failed', label: 'Bob Martin', reason: 'bad-credentials' })]),
      }),
    });
    expect(screen.getByText(wholeText('Failed: Centrix refused the account number or API key.'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry sending Bob Martin' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard Bob Martin' }));
    await Promise.resolve();
    expect(bg.of('ui/outbox-retry')).toEqual([{ type: 'ui/outbox-retry', id: 'o1' }]);
    expect(bg.of('ui/outbox-discard')).toEqual([{ type: 'ui/outbox-discard', id: 'o1' }]);
  });

  it('explains a paused outbox', async () => {
    await show({ 'ui/outbox-status': () => ({ ok: true, outbox: outbox([], 'bad-credentials') }) });
    expect(screen.getByRole('alert').textContent).toContain('Sending is paused: Centrix refused the credentials.');
  });

  it('shows a failed start with a way to retry', async () => {
    await show({ 'ui/settings-get': () => ({ ok: false, error: 'unavailable' }) });
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not load: The extension is not ready; try again in a moment.',
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
