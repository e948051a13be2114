// @vitest-environment happy-dom
// The popup's side of "one human, one contact", driven by clicking: a person merged from several findings is
// listed once; a possible match is neither added nor updated until the user says whether it is them; a person of
// a company Centrix has joins that account (a near match only when the user accepts it); every mapped detail is
// sent; an add while the status is unknown asks the outbox to check for a duplicate first.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/popup-app';
import type { TabState } from '../../../lib/messaging/contract';
import { createPopupStore } from '../../../lib/ui/popup-store';
import { fakeBackground, settingsAnswer, tabState } from '../../lib/ui/fake-background';
import { wholeText } from '../support/whole-text';

afterEach(cleanup);

async function show(state: TabState) {
  const bg = fakeBackground({
    'ui/settings-get': () =>
      settingsAnswer({ fieldMapping: { ...settingsAnswer().settings.fieldMapping, location: 'Lieu' } }),
    'ui/tab-state': () => ({ ok: true, state }),
  });
  const store = createPopupStore(bg.deps);
  render(<PopupApp store={store} />);
  await screen.findByTestId('app-ready');
  return { bg, store };
}

const sofia = {
  name: 'Sofia Rossi',
  title: 'Account Executive, Europe',
  email: 'sofia.rossi@example.com',
  emails: ['sofia.rossi@example.com', 'sofia@rossi.example'],
  company: 'Northwind Robotics',
  phone: '+39 02 5555 0173',
  location: 'Milan, Italy',
  source: 'microdata',
  sources: ['microdata', 'nearby'],
  confidence: 0.9,
};

describe('popup: one human, one contact', () => {
  it('lists a merged person once, with both addresses, and no loose row for them; sends every mapped detail', async () => {
    const { bg } = await show(
      tabState({
        url: 'https://www.example.com/team',
        findings: {
          people: [sofia],
          emails: [
            { address: 'sofia.rossi@example.com', source: 'text', confidence: 0.9 },
            { address: 'sofia@rossi.example', source: 'text', confidence: 0.9 },
          ],
        },
        lookup: { status: 'done', matches: [], companies: [], people: [{ status: 'new' }] },
      }),
    );
    expect(screen.getAllByLabelText('Sofia Rossi')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: /Other email addresses/ })).toBeNull();
    const row = screen.getByLabelText('Sofia Rossi').closest('li')!;
    expect(within(row).getByText('sofia@rossi.example')).toBeTruthy();
    expect(within(row).getByText(wholeText('+39 02 5555 0173 · Milan, Italy'))).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Sofia Rossi'));
    fireEvent.click(screen.getByRole('button', { name: 'Add to Centrix (1)' }));
    await screen.findByText('1 queued for Centrix.');
    const [save] = bg.of('ui/contact-save');
    expect(save).toMatchObject({
      values: {
        email: 'sofia.rossi@example.com',
        fullName: 'Sofia Rossi',
        jobTitle: 'Account Executive, Europe',
        company: 'Northwind Robotics',
        phone: '+39 02 5555 0173',
        location: 'Milan, Italy',
      },
    });
    // The lookup said "new": no duplicate check is needed before this create.
    expect(save).not.toHaveProperty('verify');
  });

  it('shows a possible match, offers neither add nor update until the user answers, then follows the answer', async () => {
    const { bg } = await show(
      tabState({
        findings: { people: [{ ...sofia, emails: undefined, email: 'sofia@new.example' }] },
        lookup: {
          status: 'done',
          matches: [],
          companies: [],
          people: [{ status: 'possible', via: 'name', contactId: '1002', name: 'Sofia Rossi', candidates: 1 }],
        },
      }),
    );
    expect(screen.getByText(wholeText('Possible match: Sofia Rossi (#1002)'))).toBeTruthy();
    expect((screen.getByLabelText('Sofia Rossi') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Same person' }));
    expect(screen.getByText(wholeText('In Centrix: Sofia Rossi (#1002)'))).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Sofia Rossi'));
    fireEvent.click(screen.getByRole('button', { name: 'Update (1)' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Update everything' }));
    await screen.findByText('1 queued for Centrix.');
    expect(bg.of('ui/contact-save')[0]).toMatchObject({ contactId: '1002' });
  });

  it('someone else: the person is new and added', async () => {
    await show(
      tabState({
        findings: { people: [{ ...sofia, emails: undefined }] },
        lookup: { status: 'done', matches: [], companies: [], people: [{ status: 'possible', contactId: '1002' }] },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Someone else' }));
    expect(screen.getByLabelText('Sofia Rossi').closest('li')!.textContent).toContain('New');
    expect((screen.getByLabelText('Sofia Rossi') as HTMLInputElement).disabled).toBe(false);
  });

  it('joins an exact account under its own name and id; a near one only when accepted', async () => {
    const people = [
      {
        name: 'Claire Roy',
        email: 'claire.roy@northwind.example',
        company: 'Northwind Logistics Inc.',
        source: 'nearby',
        confidence: 0.6,
      },
      {
        name: 'Léa Fortin',
        email: 'lea@northwind.example',
        company: 'Northwind Logistics',
        source: 'nearby',
        confidence: 0.6,
      },
    ];
    const { bg } = await show(
      tabState({
        url: 'https://www.northwind.example/contact',
        findings: { people },
        lookup: {
          status: 'done',
          matches: [],
          companies: [],
          people: [{ status: 'new' }, { status: 'new' }],
          accounts: [
            { key: 'Northwind Logistics Inc.', name: 'NORTHWIND LOGISTICS INC.', accountId: '501', match: 'exact' },
            { key: 'Northwind Logistics', name: 'NORTHWIND LOGISTICS INC.', accountId: '501', match: 'near' },
          ],
        },
      }),
    );
    expect(screen.getByText(wholeText('Joins the Centrix account NORTHWIND LOGISTICS INC.'))).toBeTruthy();
    const join = screen.getByLabelText(
      'Add to NORTHWIND LOGISTICS INC. instead of creating a new account',
    ) as HTMLInputElement;
    expect(join.checked).toBe(false);
    fireEvent.click(screen.getByLabelText('Claire Roy'));
    fireEvent.click(screen.getByLabelText('Léa Fortin'));
    fireEvent.click(screen.getByRole('button', { name: 'Add to Centrix (2)' }));
    await screen.findByText('2 queued for Centrix.');
    const [claire, lea] = bg.of('ui/contact-save');
    expect(claire).toMatchObject({ accountId: '501', values: { company: 'NORTHWIND LOGISTICS INC.' } });
    expect(lea).toMatchObject({ values: { company: 'Northwind Logistics' } });
    expect(lea).not.toHaveProperty('accountId');
  });

  it('a near account the user accepts is joined', async () => {
    const { bg } = await show(
      tabState({
        findings: {
          people: [
            {
              name: 'Léa Fortin',
              email: 'lea@northwind.example',
              company: 'Northwind Logistics',
              source: 'nearby',
              confidence: 0.6,
            },
          ],
        },
        lookup: {
          status: 'done',
          matches: [],
          companies: [],
          people: [{ status: 'new' }],
          accounts: [{ key: 'Northwind Logistics', name: 'Northwind Logistics Inc.', accountId: '501', match: 'near' }],
        },
      }),
    );
    fireEvent.click(screen.getByLabelText('Add to Northwind Logistics Inc. instead of creating a new account'));
    fireEvent.click(screen.getByLabelText('Léa Fortin'));
    fireEvent.click(screen.getByRole('button', { name: 'Add to Centrix (1)' }));
    await screen.findByText('1 queued for Centrix.');
    expect(bg.of('ui/contact-save')[0]).toMatchObject({
      accountId: '501',
      values: { company: 'Northwind Logistics Inc.' },
    });
  });

  it('while the lookup failed: addable, checked for a duplicate in the outbox first; keyless people are refused', async () => {
    const { bg } = await show(
      tabState({
        findings: {
          people: [
            { ...sofia, emails: undefined },
            { name: 'Kenji Watanabe', source: 'microdata', confidence: 0.7 },
          ],
        },
        lookup: { status: 'failed', reason: 'unavailable', retryAt: 1_700_000_010_000, matches: [], companies: [] },
      }),
    );
    expect(screen.getAllByText(/Couldn.t check yet: .* Checking again shortly\./)).toHaveLength(1);
    fireEvent.click(screen.getByLabelText('Sofia Rossi'));
    fireEvent.click(screen.getByLabelText('Kenji Watanabe'));
    fireEvent.click(screen.getByRole('button', { name: 'Add to Centrix (2)' }));
    expect(await screen.findByText(/Not added: this person has no email or profile/)).toBeTruthy();
    const saves = bg.of('ui/contact-save');
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({ verify: true, values: { email: 'sofia.rossi@example.com' } });
  });
});
