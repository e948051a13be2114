// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Guarded } from '../../../components/shared/guarded';
import { LocaleProvider } from '../../../components/shared/i18n';

afterEach(cleanup);

function Throws(): never {
  throw new RangeError('Invalid time value');
}

describe('Guarded', () => {
  it('replaces a part that throws with a line naming it, and renders its siblings', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <LocaleProvider locale="fr">
        <p>avant</p>
        <Guarded what="les contacts en cours d'envoi vers Centrix">
          <Throws />
        </Guarded>
        <Guarded what="autre chose">
          <p>après</p>
        </Guarded>
      </LocaleProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      "Impossible d'afficher les contacts en cours d'envoi vers Centrix.",
    );
    expect(screen.getByText('avant')).toBeTruthy();
    expect(screen.getByText('après')).toBeTruthy();
    quiet.mockRestore();
  });
});
