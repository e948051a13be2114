// @vitest-environment happy-dom
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
      <OutboxSection items={items} onRetry={onRetry} onDiscard={onDiscard} />
    </LocaleProvider>,
  );
  return { onRetry, onDiscard };
}

describe('OutboxSection', () => {
  it('words every state, with the time a wait ends', () => {
    show('en');
    expect(screen.getByText('Failed: Field is read-only')).toBeTruthy();
    expect(screen.getByText(/^Will try again at 0?2:05:09\sPM$/)).toBeTruthy();
    expect(screen.getByText('Sending…')).toBeTruthy();
    expect(screen.getByText('Saved in Centrix (#1017)')).toBeTruthy();
  });

  it('offers retry on failed and waiting items, discard only on failed ones', () => {
    const { onRetry, onDiscard } = show('en');
    expect(screen.getAllByRole('button', { name: /^Retry sending/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Retry sending Paul Grant',
      'Retry sending Lea Roy',
    ]);
    expect(screen.getAllByRole('button', { name: /^Discard/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Retry sending Lea Roy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard Paul Grant' }));
    expect(onRetry).toHaveBeenCalledWith('w');
    expect(onDiscard).toHaveBeenCalledWith('f');
  });

  it('speaks French', () => {
    show('fr');
    expect(screen.getByText('Nouvel essai à 14:05:09')).toBeTruthy();
    expect(screen.getByText('Enregistré dans Centrix (n° 1017)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Abandonner Paul Grant' })).toBeTruthy();
  });

  it('renders nothing without items', () => {
    const { container } = render(<OutboxSection items={[]} onRetry={vi.fn()} onDiscard={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });
});
