// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MappingSection, type MappingSectionProps } from '../../../components/options/mapping-section';

afterEach(cleanup);

const base: MappingSectionProps = {
  rows: [
    { role: 'email', field: 'Courriel', proposed: { field: 'Courriel', confidence: 0.9 } },
    { role: 'company', field: 'OldCompanyField' },
  ],
  fields: ['Courriel', 'Entreprise'],
  catalogueKnown: true,
  refreshing: false,
  onChange: vi.fn(),
  onRefresh: vi.fn(),
};

describe('MappingSection', () => {
  it('keeps a saved field the catalogue no longer lists, rather than dropping it', () => {
    render(<MappingSection {...base} />);
    const company = screen.getByLabelText('Company') as HTMLSelectElement;
    expect(company.value).toBe('OldCompanyField');
    expect([...company.options].map((o) => o.value)).toEqual(['', 'OldCompanyField', 'Courriel', 'Entreprise']);
  });

  it('shows a value the chosen field holds in the account, when one was seen', () => {
    render(
      <MappingSection
        {...base}
        rows={[
          { role: 'email', field: 'Courriel', sample: 'ada@example.com' },
          { role: 'company', field: '' },
        ]}
      />,
    );
    expect(screen.getByTestId('sample-email').textContent).toBe('e.g. ada@example.com');
    expect(screen.queryByTestId('sample-company')).toBeNull();
  });

  it('reports the role and the chosen field', () => {
    const onChange = vi.fn();
    render(<MappingSection {...base} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: 'Entreprise' } });
    expect(onChange).toHaveBeenCalledWith('company', 'Entreprise');
  });

  it('explains an account whose fields cannot be known yet', () => {
    render(<MappingSection {...base} fields={[]} catalogueKnown={false} />);
    expect(screen.getByText(/has no contact yet/)).toBeTruthy();
  });

  it('disables the selects while the catalogue loads and the button while refreshing', () => {
    render(<MappingSection {...base} fields={undefined} refreshing />);
    expect((screen.getByLabelText('Email') as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Refreshing…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
