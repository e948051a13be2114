// @vitest-environment happy-dom
import { wholeText } from '../support/whole-text';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/options-app';
import type { StoredCatalogue } from '../../../lib/messaging/contract';
import { createOptionsStore } from '../../../lib/ui/options-store';
import { fakeBackground, settingsAnswer } from '../../lib/ui/fake-background';

afterEach(cleanup);

const CATALOGUE: StoredCatalogue = {
  fetchedAt: 1,
  known: true,
  contactFields: ['Prenom', 'Nom', 'Courriel', 'Entreprise', 'Titre'],
  contactScriptFields: [],
  proposals: [
    { role: 'firstName', field: 'Prenom', confidence: 1 },
    { role: 'email', field: 'Courriel', confidence: 0.75 },
  ],
};

async function show(handlers: Parameters<typeof fakeBackground>[0] = {}) {
  const bg = fakeBackground({ 'ui/catalogue-get': () => ({ ok: true, catalogue: CATALOGUE }), ...handlers });
  const store = createOptionsStore(bg.deps);
  render(<OptionsApp store={store} />);
  await screen.findByTestId('app-ready');
  return { bg, store };
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('OptionsApp', () => {
  it('asks for credentials on a first visit, with the key as a password field', async () => {
    await show({ 'ui/settings-get': () => settingsAnswer({}, false) });
    expect(screen.getByText(wholeText(/No credentials saved yet/))).toBeTruthy();
    expect(input('API key').type).toBe('password');
    expect(input('API key').value).toBe('');
    expect(screen.getByText(wholeText(/field mapping and contact lists appear here/))).toBeTruthy();
  });

  it('shows inline errors, ties them to their fields, and focuses the first', async () => {
    const { bg } = await show({ 'ui/settings-get': () => settingsAnswer({}, false) });
    fireEvent.input(input('Account number'), { target: { value: '12-34' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const account = input('Account number');
    await waitFor(() => expect(account.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(wholeText('The account number has letters and digits only (up to 32).')).id).toBe(
      'account-error',
    );
    expect(account.getAttribute('aria-describedby')).toContain('account-error');
    expect(screen.getByText(wholeText('Enter your API key.'))).toBeTruthy();
    expect(screen.getByText(wholeText('Please correct the highlighted fields.'))).toBeTruthy();
    expect(document.activeElement).toBe(account);
    expect(bg.of('ui/settings-save')).toEqual([]);
  });

  it('sends the key once and never renders it back', async () => {
    const secret = 'Sup3rSecretKey';
    const { bg } = await show({
      'ui/settings-get': () => settingsAnswer({}, false),
      'ui/credentials-save': () => ({ ok: true, connection: { result: 'success', lists: 2 }, saved: true }),
    });
    fireEvent.input(input('Account number'), { target: { value: '12345' } });
    fireEvent.input(input('API key'), { target: { value: secret } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(wholeText('Settings saved.'))).toBeTruthy();
    expect(bg.of('ui/credentials-save')).toEqual([{ type: 'ui/credentials-save', account: '12345', apiKey: secret }]);
    expect(screen.getByText(wholeText('Connected to Centrix: 2 contact lists.'))).toBeTruthy();
    // The connection is named by what it gives (lists, language); neither the account number nor the key is shown.
    expect(screen.getByTestId('credentials-state').textContent).toMatch(
      /^Connected to your Centrix account: \d+ lists/,
    );
    expect(screen.getByTestId('credentials-state').textContent).not.toContain('12345');
    expect(screen.queryByLabelText('API key')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Change account or key' }));
    expect(input('API key').value).toBe('');
    expect(document.body.innerHTML).not.toContain(secret);
  });

  it('pre-fills the mapping from the proposals and saves the choice', async () => {
    const { bg } = await show();
    const email = screen.getByLabelText('Email') as HTMLSelectElement;
    expect(email.value).toBe('Courriel');
    expect(screen.getByText(wholeText('Courriel (75% sure)'))).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: 'Entreprise' } });
    fireEvent.click(screen.getByLabelText('Prospects'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(wholeText('Settings saved.'));
    expect(bg.of('ui/settings-save')[0]!.patch).toMatchObject({
      fieldMapping: { firstName: 'Prenom', email: 'Courriel', company: 'Entreprise' },
      defaultListIds: ['10'],
    });
  });

  it('refreshes the fields on request', async () => {
    const { bg } = await show();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh fields' }));
    await waitFor(() => expect(bg.of('ui/catalogue-refresh')).toHaveLength(1));
  });

  it('reports each connection test result', async () => {
    let answer: unknown = { ok: true, connection: { result: 'bad-credentials' }, saved: false };
    await show({ 'ui/test-connection': () => answer });
    const test = screen.getByRole('button', { name: 'Test connection' });
    fireEvent.click(test);
    expect(await screen.findByText(wholeText('Centrix refused the account number or API key.'))).toBeTruthy();
    answer = { ok: true, connection: { result: 'unavailable' }, saved: false };
    fireEvent.click(test);
    expect(await screen.findByText(wholeText('Centrix is unavailable for now. Try again later.'))).toBeTruthy();
    // The background's sentence carries the wait Centrix asked for: it wins over the generic one.
    answer = {
      ok: true,
      connection: { result: 'unavailable', message: 'Centrix is temporarily unavailable. Try again in 2 min.' },
      saved: false,
    };
    fireEvent.click(test);
    expect(await screen.findByText(wholeText('Centrix is temporarily unavailable. Try again in 2 min.'))).toBeTruthy();
    answer = { ok: true, connection: { result: 'error', message: 'HTTP 500' }, saved: false };
    fireEvent.click(test);
    expect(await screen.findByText(wholeText('The test failed: HTTP 500'))).toBeTruthy();
  });

  it('shows the developer URL only in sandbox builds', async () => {
    await show();
    expect(screen.queryByLabelText('Developer: API base URL')).toBeNull();
    cleanup();
    await show({
      'ui/settings-get': () => settingsAnswer({ devApiBaseUrl: 'http://127.0.0.1:9/API_WEB' }, true, true),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Change account or key' }));
    expect(input('Developer: API base URL').value).toBe('http://127.0.0.1:9/API_WEB');
  });

  it('keeps the edits and says so when saving fails', async () => {
    await show({ 'ui/settings-save': () => ({ ok: false, error: 'failed', reason: 'unexpected' }) });
    fireEvent.click(screen.getByLabelText('Read Gmail messages'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(wholeText(/Not saved: An unexpected error occurred. Your changes are still here./)),
    ).toBeTruthy();
    expect(input('Read Gmail messages').checked).toBe(false);
  });

  it('asks before forgetting the saved credentials', async () => {
    const { bg } = await show({ 'ui/credentials-clear': () => ({ ok: true }) });
    fireEvent.click(screen.getByRole('button', { name: 'Forget credentials' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('only Centrix support can issue');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bg.of('ui/credentials-clear')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Forget credentials' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget them' }));
    expect(await screen.findByText(wholeText(/No credentials saved yet/))).toBeTruthy();
    expect(bg.of('ui/credentials-clear')).toHaveLength(1);
  });

  it('switches to French from the language select', async () => {
    await show();
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'fr' } });
    expect(await screen.findByRole('heading', { name: 'Paramètres de Centrix Capture' })).toBeTruthy();
    const mapping = screen.getByRole('group', { name: 'Correspondance des champs' });
    expect(within(mapping).getByLabelText('Prénom')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeTruthy();
  });
});
