// @vitest-environment happy-dom
import { wholeText } from '../support/whole-text';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutboxSection } from '../../../components/popup/outbox-section';
import { LocaleProvider } from '../../../components/shared/i18n';
import type { Locale } from '../../../lib/i18n';
import type { OutboxItemView } from '../../../lib/ui/view-types';

afterEach(cleanup);

const at = new Date(2026, 10, 28, 14, 5, 9).getTime();
const items: OutboxItemView[] = [
  { id: 'f', label: 'Paul Grant', action: 'update', state: { kind: 'failed', reason: 'Field is read-only' } },
  { id: 'w', label: 'Lea Roy', action: 'create', state: { kind: 'waiting', until: at } },
  { id: 's', label: 'sam@acme.test', action: 'create', state: { kind: 'sending' } },
  { id: 'd', label: 'Ann Lee', action: 'create', state: { kind: 'done', idc: '1017' } },
];

function show(locale: Locale, onRetry = vi.fn(), onDiscard = vi.fn()) {
  render(
    <LocaleProvider locale={locale}>
      <OutboxSection items={items} onRetry={onRetry} onDiscard={onDiscard} now={at - 3600_000} />
    </LocaleProvider>,
  );
  return { onRetry, onDiscard };
}

describe('OutboxSection', () => {
  it('words every state, with the time a wait ends', () => {
    show('en');
    expect(screen.getByText(wholeText('Failed: Field is read-only'))).toBeTruthy();
    expect(screen.getByText(wholeText(/^Will try again at 0?2:05:09\sPM$/))).toBeTruthy();
    expect(screen.getByText(wholeText('Sending…'))).toBeTruthy();
    expect(screen.getByText(wholeText('Saved in Centrix (#1017)'))).toBeTruthy();
  });

  it('offers retry and discard on a failed item, send now and discard on a waiting one, nothing on the others', () => {
    const { onRetry, onDiscard } = show('en');
    expect(screen.getAllByRole('button').map((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([
      ['Retry', 'Retry sending Paul Grant'],
      ['Discard', 'Discard Paul Grant'],
      ['Send now', 'Send Lea Roy now'],
      ['Discard', 'Discard Lea Roy'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Send Lea Roy now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard Lea Roy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard Paul Grant' }));
    expect(onRetry.mock.calls).toEqual([['w']]);
    expect(onDiscard.mock.calls).toEqual([['w'], ['f']]);
  });

  it('gives the date of a wait that ends on another day', () => {
    const tenYears = new Date(2036, 0, 15, 3, 25).getTime();
    render(
      <OutboxSection
        items={[{ id: 'w', label: 'Lea Roy', action: 'create', state: { kind: 'waiting', until: tenYears } }]}
        onRetry={vi.fn()}
        onDiscard={vi.fn()}
        now={at}
      />,
    );
    expect(screen.getByText(wholeText(/^Will try again at Jan 15, 2036, 0?3:25\sAM$/))).toBeTruthy();
  });

  it.each([Number.NaN, Infinity, -Infinity, 1e23, -8.64e15 - 1])(
    'says "soon" for a wait end no date can hold (%s)',
    (until) => {
      render(
        <OutboxSection
          items={[{ id: 'w', label: 'Lea Roy', action: 'create', state: { kind: 'waiting', until, reason: 'Busy' } }]}
          onRetry={vi.fn()}
          onDiscard={vi.fn()}
          now={at}
        />,
      );
      expect(screen.getByText(wholeText('Will try again soon: Busy'))).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Send Lea Roy now' })).toBeTruthy();
    },
  );

  it('speaks French', () => {
    show('fr');
    expect(screen.getByText(wholeText('Nouvel essai à 14:05:09'))).toBeTruthy();
    expect(screen.getByText(wholeText('Enregistré dans Centrix (n° 1017)'))).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Abandonner Paul Grant' })).toBeTruthy();
  });

  it('renders nothing without items', () => {
    const { container } = render(<OutboxSection items={[]} onRetry={vi.fn()} onDiscard={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });
});
